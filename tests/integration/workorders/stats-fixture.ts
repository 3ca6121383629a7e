import type { InputOf } from '../../../shared/kernel/procedure'
import type { api } from '../../../shared/api'
import { at } from './complaints-fixture'
import { clerkApi, env } from './workorders-fixture'

/**
 * The statistics' tests make orders and complaints through the real handlers at moments of the
 * counter's calendar (`at` moves the test clock forward, UTC+8).
 */

export type NewRepair = InputOf<typeof api.repairs.create>

export const repair = (extra: Partial<NewRepair> = {}): NewRepair => ({
  kind: 'repair',
  roomId: env.rooms.r3_2_1502,
  source: 'counter',
  reporter: '王女士',
  contact: '13912345678',
  location: '卫生间',
  category: 'leak',
  description: '天花渗水',
  ...extra
})

/** Registers a repair at a local moment. */
export async function repairAt(local: string, extra: Partial<NewRepair> = {}) {
  await at(local)
  return clerkApi.repairs.create(repair(extra))
}

/** Dispatch, arrival, completion and a satisfied visit, each at its local moment. */
export async function workThrough(
  workOrderId: number,
  moments: { dispatch: string; arrive?: string; finish?: string; visit?: string },
  visitResult: 'satisfied' | 'unsatisfied' = 'satisfied'
) {
  await at(moments.dispatch)
  await clerkApi.repairs.dispatch({ workOrderId, assignee: '李师傅' })
  if (!moments.arrive) return
  await at(moments.arrive)
  await clerkApi.repairs.arrive({ workOrderId })
  if (!moments.finish) return
  await at(moments.finish)
  await clerkApi.repairs.finish({
    workOrderId,
    workDone: '已修复',
    signedBy: '王女士',
    leakTestOn: moments.finish.slice(0, 10)
  })
  if (!moments.visit) return
  await at(moments.visit)
  await clerkApi.repairs.visit({ workOrderId, method: 'phone', reached: true, result: visitResult })
}

export const monthOf = (period: string) => clerkApi.workOrderStats.month({ period })
export const countOf = (list: { key: string; count: number }[], key: string) =>
  list.find((c) => c.key === key)?.count ?? 0
