import type { CreateWorkOrderInput } from '../../../shared/workorders/repairs-api'
import { clerkApi, clock, env, later, MANAGER, sqlite } from './workorders-fixture'

/**
 * The repairs tests' helpers on top of workorders-fixture.ts (its estate, clerk and manager, a
 * fresh database per test): calls of the 24-hour line and of the counter, the manager's client,
 * the paid-service fee item and a cashier, local moments, and a snapshot of everything a refused
 * call must leave as it was.
 */

/** 张三 rings about 3-2-1502: a repair of `category` (free unless told). */
export const call = (extra: Partial<CreateWorkOrderInput> = {}): CreateWorkOrderInput => ({
  kind: 'repair',
  roomId: env.rooms.r3_2_1502,
  source: 'phone',
  reporter: '张三',
  contact: '139 1234 5678',
  location: '卫生间 天花',
  category: 'leak',
  description: '楼上渗水，天花滴水',
  ...extra
})

/** The manager (a supervisor) signed in now: approvals, settings and the service list are theirs. */
export async function asManager() {
  const token = await env.signIn(MANAGER.username, MANAGER.password)
  return env.clientFor(token)
}

/** A 'paidService' fees item (and, when `named`, the settings naming it). Returns its id. */
export async function paidServiceItem(named = true): Promise<number> {
  const item = await env.admin.fees.saveItem({
    name: '有偿维修服务费',
    category: 'paidService',
    method: 'oneOffFixed',
    roomTypes: ['residence', 'shop'],
    effectiveFrom: '2026-01-01'
  } as never)
  if (named) {
    const manager = await asManager()
    const settings = await manager.repairs.settings({})
    await manager.repairs.saveSettings({ ...settings, serviceFeeItemId: item.id })
  }
  return item.id
}

/** A cashier who takes the money at 收费. */
export async function asCashier() {
  if (!sqlite().prepare(`SELECT 1 FROM staff WHERE username = 'cashier1'`).get())
    await env.addStaff('cashier1', 'cashier')
  const token = await env.signIn('cashier1', 'pass1234')
  return env.clientFor(token)
}

/** The local moment 'YYYY-MM-DDTHH:mm' (UTC+8) as the ISO string the services store. */
export const local = (moment: string) => new Date(`${moment}:00+08:00`).toISOString()

/** Moves the clock to a local moment and signs the clerk in again (a long idle locks the session). */
export async function at(moment: string) {
  const minutes = (Date.parse(local(moment)) - clock.now().getTime()) / 60_000
  if (minutes < 0) throw new Error(`the clock is already past ${moment}`)
  await later(minutes)
}

/** Everything a refused call must leave as it was. */
export function snapshot() {
  const all = (table: string) => sqlite().prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()
  return {
    orders: all('work_orders'),
    events: all('work_order_events'),
    audit: all('audit_log'),
    receivables: all('receivables')
  }
}

export { clerkApi }
