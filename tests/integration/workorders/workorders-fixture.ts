import { afterEach, beforeEach } from 'vitest'
import type { ServiceContext, AuditEntryInput } from '../../../electron/main/core/context'
import { writeAudit } from '../../../electron/main/services/foundation/audit'
import { createWorkOrders, type NewWorkOrder } from '../../../electron/main/services/workorders/records'
import { tempDir, testClock } from '../../helpers/core'
import { setUpEstate } from '../../helpers/estate'

/**
 * The work orders' tests: the small estate, a clerk signed in and a manager, fresh for every
 * test. Orders come into being only through createWorkOrders (check-in's inspection calls it in
 * its own transaction), so `makeOrders` opens a service context for the clerk and runs it in one
 * immediate transaction with its audit rows, as the router does for check-in's procedures.
 */
export let tmp: ReturnType<typeof tempDir>
export let env: Awaited<ReturnType<typeof setUpEstate>>
export let clock: ReturnType<typeof testClock>
export let clerkToken: string
export let clerkApi: ReturnType<typeof env.clientFor>

export const MANAGER = { username: 'boss', password: 'pass1234' }
export const HOUR = 60
export const DAY = 24 * HOUR

beforeEach(async () => {
  tmp = tempDir()
  clock = testClock()
  env = await setUpEstate(tmp.dir, clock)
  const clerk = await env.addStaff('clerk1', 'clerk')
  clerkToken = await env.signIn(clerk.username, clerk.password)
  clerkApi = env.clientFor(() => clerkToken)
  await env.addStaff(MANAGER.username, 'manager', MANAGER.password)
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

export const sqlite = () => env.core.store.sqlite

export const defect = (extra: Partial<NewWorkOrder> = {}): NewWorkOrder => ({
  roomId: env.rooms.r3_2_1502,
  source: 'checkin',
  checkinId: null,
  location: '客厅',
  category: '墙面',
  description: '墙面裂缝',
  attachmentId: null,
  route: 'developer',
  ...extra
})

/** createWorkOrders as `username` at the test clock, inside one immediate transaction with its audit rows. */
export function makeOrders(orders: readonly NewWorkOrder[], username = 'clerk1'): number[] {
  const store = env.core.store
  const who = store.sqlite
    .prepare('SELECT id, display_name AS displayName, role FROM staff WHERE username = ?')
    .get(username) as { id: number; displayName: string; role: string }
  const session = { staffId: who.id, username, displayName: who.displayName, role: who.role, locale: 'zh-CN' }
  const audits: AuditEntryInput[] = []
  const ctx = {
    store,
    db: store.db,
    now: clock.now,
    locale: 'zh-CN',
    session,
    approver: null,
    audit: (entry: AuditEntryInput) => audits.push(entry),
    requireSession: () => session
  } as unknown as ServiceContext
  return store.sqlite
    .transaction(() => {
      const ids = createWorkOrders(ctx, orders)
      for (const entry of audits)
        writeAudit(store.db, { ...entry, at: clock.now(), procedure: 'checkin.test', staffId: who.id })
      return ids
    })
    .immediate()
}

/** Moves the clock on; a session idle that long is locked, so the clerk signs in again. */
export async function later(minutes: number) {
  clock.advanceMinutes(minutes)
  clerkToken = await env.signIn('clerk1', 'pass1234')
}
