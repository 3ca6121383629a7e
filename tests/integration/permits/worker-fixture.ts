import { afterEach, beforeEach } from 'vitest'
import type { AuditEntryInput, ServiceContext } from '../../../electron/main/core/context'
import { writeAudit } from '../../../electron/main/services/foundation/audit'
import { issuePaper } from '../../../electron/main/services/permits/papers'
import { localDate } from '../../../shared/kernel/calendar'
import type { RenovationStatus } from '../../../shared/permits/renovation-types'
import { tempDir } from '../../helpers/core'
import { paidDeposit, setUpCounter } from '../../helpers/fees'

/**
 * The workers' and completion tests: the counter's estate with its fee items, a clerk signed in
 * and a manager who approves refunds, fresh for every test. A renovation already running (its
 * permit issued, its 2,000.00 deposit paid by transfer) is written straight into SQLite as the
 * lifecycle leaves it — the steps under test start from there; the paper is issued by the real
 * issuePaper, in one immediate transaction as the router runs a step.
 */
export let tmp: ReturnType<typeof tempDir>
export let env: Awaited<ReturnType<typeof setUpCounter>>
export let clerkToken: string
export let clerkApi: ReturnType<typeof env.clientFor>

export const MANAGER = { username: 'boss', password: 'pass1234' }
export const SUPERVISOR = { username: 'super1', password: 'pass1234' }
/** The fixture's today (the test clock's start) and the renovation's dates around it. */
export const STARTS_ON = '2026-11-20'
export const ENDS_ON = '2026-12-20'

beforeEach(async () => {
  tmp = tempDir()
  env = await setUpCounter(tmp.dir)
  const clerk = await env.addStaff('clerk1', 'clerk')
  clerkToken = await env.signIn(clerk.username, clerk.password)
  clerkApi = env.clientFor(() => clerkToken)
  await env.addStaff(MANAGER.username, 'manager', MANAGER.password)
  await env.addStaff(SUPERVISOR.username, 'supervisor', SUPERVISOR.password)
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

export const sqlite = () => env.core.store.sqlite
export const today = () => localDate(env.clock.now())
export const count = (sql: string, ...params: unknown[]) =>
  (
    sqlite()
      .prepare(`SELECT count(*) AS n FROM (${sql})`)
      .get(...params) as { n: number }
  ).n

/** `fn` as the clerk at the test clock, in one immediate transaction with its audit rows (as the router runs a step). */
export function asClerk<T>(fn: (ctx: ServiceContext) => T): T {
  const store = env.core.store
  const who = store.sqlite
    .prepare(
      `SELECT s.id, s.display_name AS displayName, s.role, (SELECT max(id) FROM shifts WHERE staff_id = s.id) AS shiftId FROM staff s WHERE username = 'clerk1'`
    )
    .get() as { id: number; displayName: string; role: string; shiftId: number }
  const session = {
    staffId: who.id,
    username: 'clerk1',
    displayName: who.displayName,
    role: who.role,
    shiftId: who.shiftId,
    locale: 'zh-CN'
  }
  const audits: AuditEntryInput[] = []
  const ctx = {
    store,
    db: store.db,
    env: { dataDir: tmp.dir, version: 'test' },
    now: env.clock.now,
    locale: 'zh-CN',
    session,
    approver: null,
    audit: (entry: AuditEntryInput) => audits.push(entry),
    requireSession: () => session
  } as unknown as ServiceContext
  return store.sqlite
    .transaction(() => {
      const result = fn(ctx)
      for (const entry of audits)
        writeAudit(store.db, { ...entry, at: env.clock.now(), procedure: 'permits.test', staffId: who.id })
      return result
    })
    .immediate()
}

export interface RenovationOptions {
  status?: RenovationStatus
  /** Leave the deposit uncharged (a renovation that took none). */
  noDeposit?: boolean
  startsOn?: string
  endsOn?: string
}

export interface Running {
  renovationId: number
  permitId: number
  permitNumber: string
  roomId: number
  depositReceiptId: number | null
}

/**
 * 3-2-1502 (张三's, lived in) renovating: contractor, renovation row with its permit, the room 装修中.
 * The deposit is charged and paid through fees' own procedures (2,000.00 by transfer).
 */
export async function runningRenovation(options: RenovationOptions = {}): Promise<Running> {
  const roomId = env.rooms.r3_2_1502
  const receipt = options.noDeposit ? null : await paidDeposit(env)
  const depositReceivableId = receipt
    ? (sqlite().prepare('SELECT id FROM receivables WHERE paid_receipt_id = ?').get(receipt.id) as { id: number }).id
    : null
  const owner = sqlite().prepare(`SELECT id FROM persons WHERE name = '张三'`).get() as { id: number }
  const startsOn = options.startsOn ?? STARTS_ON
  const endsOn = options.endsOn ?? ENDS_ON
  return asClerk((ctx) => {
    const at = ctx.now().toISOString()
    const staffId = ctx.requireSession().staffId
    const run = (sql: string, ...params: unknown[]) =>
      Number(
        sqlite()
          .prepare(sql)
          .run(...params).lastInsertRowid
      )
    const sequence = (sqlite().prepare('SELECT count(*) AS n FROM renovations').get() as { n: number }).n + 1
    const contractorId = run(
      `INSERT INTO contractors (name, licence_no, leader, phone, created_at, created_by) VALUES ('福州佳美装饰工程有限公司', ?, '陈工', '13705910001', ?, ?)`,
      `91350100MA${String(sequence).padStart(8, '0')}`,
      at,
      staffId
    )
    const renovationId = run(
      `INSERT INTO renovations (number, year, sequence, room_id, applicant_kind, applicant_person_id, applicant_name, contractor_id, leader, leader_phone, works, starts_on, ends_on, status, review_result, deposit_receivable_id, previous_room_status, created_at, created_by)
       VALUES (?, 2026, ?, ?, 'owner', ?, '张三', ?, '陈工', '13705910001', '[{"key":"walls","name":"墙面、地面装饰","needsApproval":false}]', ?, ?, ?, 'pass', ?, 'occupied', ?, ?)`,
      `ZS2026-${String(sequence).padStart(6, '0')}`,
      sequence,
      roomId,
      owner.id,
      contractorId,
      startsOn,
      endsOn,
      options.status ?? 'active',
      depositReceivableId,
      at,
      staffId
    )
    sqlite().prepare(`UPDATE rooms SET status = 'renovating' WHERE id = ?`).run(roomId)
    const permit = issuePaper(ctx, {
      kind: 'permit',
      roomId,
      renovationId,
      validFrom: startsOn,
      validTo: endsOn,
      hint: 'ZS-1502'
    })
    return {
      renovationId,
      permitId: permit.id,
      permitNumber: permit.number,
      roomId,
      depositReceiptId: receipt?.id ?? null
    }
  })
}

/** A valid 18-digit resident ID for a worker (闽 350102, born 1988). */
export { residentId } from '../../helpers/estate'

export const workerInput = (renovationId: number, idNumber: string, more: Record<string, unknown> = {}) => ({
  renovationId,
  name: '李木工',
  idType: 'resident' as const,
  idNumber,
  phone: '13812345678',
  trade: '木工',
  ...more
})
