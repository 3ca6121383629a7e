import { afterEach, beforeEach } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import type { RenovationView } from '../../../shared/permits/renovation-types'
import type { PermitSettings } from '../../../shared/permits/settings'
import { DEFAULT_PERMIT_SETTINGS } from '../../../shared/permits/settings'
import type { HouseholdView, RelationView } from '../../../shared/households/households'
import { localDate } from '../../../shared/kernel/calendar'
import type { ApiResult } from '../../../shared/kernel/errors'
import { tempDir } from '../../helpers/core'
import { residentId } from '../../helpers/estate'
import { setUpCounter } from '../../helpers/fees'

/**
 * The permits tests' estate, fresh for every test: the counter's fee items with 3-2-1502 lived in
 * and owned by 张三, who has a co-owner (李娜), an agent whose power of attorney covers today (王五),
 * one whose power of attorney has run out (赵六) and a tenant (钱七). 装修垃圾清运费 (300.00) and
 * 装修保证金 (2,000.00) are named in the saved permit settings. A clerk, a supervisor and a manager
 * are signed in; the clock is the test clock (today 2026-11-22), moved on with `later`.
 */
export let tmp: ReturnType<typeof tempDir>
export let env: Awaited<ReturnType<typeof setUpCounter>>
export let clerkApi: ReturnType<typeof env.clientFor>
export let supervisorApi: ReturnType<typeof env.clientFor>
export let managerApi: ReturnType<typeof env.clientFor>
export let settings: PermitSettings
/** The persons of 3-2-1502 by their part. */
export let people: { owner: number; coowner: number; agent: number; expiredAgent: number; tenant: number }
export let ROOM: number

export const CLERK = { username: 'clerk1', password: 'pass1234' }
export const SUPERVISOR = { username: 'super1', password: 'pass1234' }
export const MANAGER = { username: 'boss', password: 'pass1234' }
/** The test clock's first day. */
export const TODAY = '2026-11-22'

const tokens = { clerk: '', supervisor: '', manager: '', cashier: '' }

async function signInAll() {
  tokens.clerk = await env.signIn(CLERK.username, CLERK.password)
  tokens.supervisor = await env.signIn(SUPERVISOR.username, SUPERVISOR.password)
  tokens.manager = await env.signIn(MANAGER.username, MANAGER.password)
  tokens.cashier = await env.signIn('cashier1', 'pass1234')
}

async function addPerson(relation: string, name: string, idFirst17: string, poa?: { from: string; to: string }) {
  const added = await env.call<RelationView>('households.addRelation', {
    roomId: ROOM,
    relation,
    startedOn: '2026-02-01',
    person: { name, gender: 'male', idType: 'resident', idNumber: residentId(idFirst17), phones: ['13700001111'] },
    ...(poa ? { poaScope: '办理装修手续', poaFrom: poa.from, poaTo: poa.to } : {})
  })
  return added.person.id
}

beforeEach(async () => {
  tmp = tempDir()
  env = await setUpCounter(tmp.dir)
  ROOM = env.rooms.r3_2_1502
  await env.addStaff(CLERK.username, 'clerk', CLERK.password)
  await env.addStaff(SUPERVISOR.username, 'supervisor', SUPERVISOR.password)
  await env.addStaff(MANAGER.username, 'manager', MANAGER.password)
  await signInAll()
  clerkApi = env.clientFor(() => tokens.clerk)
  supervisorApi = env.clientFor(() => tokens.supervisor)
  managerApi = env.clientFor(() => tokens.manager)
  await env.admin.fees.setPrice({ itemId: env.items.deposit.id, price: '2000', effectiveFrom: '2026-01-01' })
  const household = await env.query<HouseholdView>('households.get', { roomId: ROOM })
  people = {
    owner: household.current.find((r) => r.relation === 'owner')!.person.id,
    coowner: await addPerson('coowner', '李娜', '11010519800101002'),
    agent: await addPerson('agent', '王五', '11010519810101003', { from: '2026-11-01', to: '2026-12-31' }),
    expiredAgent: await addPerson('agent', '赵六', '11010519820101004', { from: '2026-01-01', to: '2026-06-30' }),
    tenant: await addPerson('tenant', '钱七', '11010519830101005')
  }
  settings = await supervisorApi.renovations.saveSettings({
    ...DEFAULT_PERMIT_SETTINGS,
    garbageItemId: env.items.garbage.id,
    depositItemId: env.items.deposit.id
  })
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

/** Moves the clock on; sessions idle that long lock, so everyone signs in again. */
export async function later(minutes: number) {
  env.clock.advanceMinutes(minutes)
  await signInAll()
}
export const laterDays = (days: number) => later(days * 24 * 60)

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A small upload with a PNG's signature (the content is never decoded); distinct per file name. */
export const upload = (fileName = 'scan.png') => ({
  fileName,
  mime: 'image/png' as const,
  dataBase64: Buffer.concat([PNG_SIGNATURE, Buffer.from(`scan of ${fileName}`)]).toString('base64')
})

/** An application by the owner for ordinary works from today for a month; `more` overrides. */
export const applyInput = (more: Record<string, unknown> = {}) => ({
  roomId: ROOM,
  applicantPersonId: people.owner,
  contractor: {
    name: '福州美家装饰工程有限公司',
    licenceNo: '91350100MA2XYZ001',
    leader: '陈工',
    phone: '13805910001'
  },
  works: ['plumbing', 'walls'],
  description: '全屋翻新',
  startsOn: TODAY,
  endsOn: '2026-12-21',
  ...more
})

export const apply = (more: Record<string, unknown> = {}) =>
  clerkApi.renovations.apply(applyInput(more) as Parameters<typeof clerkApi.renovations.apply>[0])

/** The same application, answering the whole ApiResult (for refusals). */
export const attemptApply = (more: Record<string, unknown> = {}) =>
  clerkApi.attempt.renovations.apply(applyInput(more) as Parameters<typeof clerkApi.renovations.apply>[0])

/** Pays the renovation's unpaid garbage fee and deposit at the cashier's counter (cashier1, signed in again by `later`), in cash. */
export async function payFees(view: RenovationView) {
  const ids = [view.fees.garbage!.receivableId, view.fees.deposit!.receivableId]
  const total = ((view.fees.garbage!.amountFen + view.fees.deposit!.amountFen) / 100).toFixed(2)
  const result = await env.pay(
    {
      roomId: view.roomId,
      receivableIds: ids,
      payerName: '张三',
      payments: [{ method: 'cash', amount: total }],
      expectedTotal: total,
      tendered: total
    },
    {},
    tokens.cashier
  )
  if (!result.ok) throw new Error(`pay failed: ${result.error.code} ${result.error.message}`)
  return result.data as ReceiptView
}

/** An application taken to the point of issue: reviewed, both documents signed, fees charged and paid. */
export async function readyToIssue(more: Record<string, unknown> = {}) {
  const applied = await apply(more)
  const renovationId = applied.id
  await clerkApi.renovations.review({ renovationId, result: 'pass', reviewer: '工程部刘工' })
  await clerkApi.renovations.sign({ renovationId, document: 'agreement', signedBy: '张三' })
  await clerkApi.renovations.sign({ renovationId, document: 'safetyLetter', signedBy: '陈工' })
  const charged = await clerkApi.renovations.charge({ renovationId })
  await payFees(charged)
  return clerkApi.renovations.get({ renovationId })
}

/** A renovation with its permit issued (施工中). */
export async function activeRenovation(more: Record<string, unknown> = {}) {
  const ready = await readyToIssue(more)
  return clerkApi.renovations.issue({ renovationId: ready.id })
}

/** The field messages of a VALIDATION refusal (null when the call succeeded). */
export const fieldsOf = (result: ApiResult<unknown>) => (result.ok ? null : result.error.details?.fields)
/** The code of a refusal (null when the call succeeded). */
export const codeOf = (result: ApiResult<unknown>) => (result.ok ? null : result.error.code)
