import type { AuditEntryInput, ServiceContext } from '../../../electron/main/core/context'
import { startTrusteeship, type StartTrusteeship } from '../../../electron/main/services/checkin/trusteeship-records'
import type { FeeItemView } from '../../../shared/fees/fees'
import { eachTest } from '../../helpers/each-test'
import { testClock } from '../../helpers/core'
import { setUpEstate } from '../../helpers/estate'

/**
 * The trusteeship tests' estate (房屋托管): the small estate with 物业管理费 1.85 元/㎡/月 at 70 % in
 * trusteeship, a clerk signed in, and a clock at noon (Fuzhou) on Sunday 2026-11-22 that `goTo`
 * moves to another day (the clerk then signs in again: a session idle that long is locked).
 * 3-1-101 (89.50 ㎡, 张晓兰) is the trusteeship home. The exports are live bindings.
 */
export let env: Awaited<ReturnType<typeof setUpEstate>>
export let clock: ReturnType<typeof testClock>
export let clerkApi: ReturnType<typeof env.clientFor>
export let adminApi: ReturnType<typeof env.clientFor>
export let property: FeeItemView
let clerkToken = ''
let adminToken = ''

// 04:00Z is noon in Fuzhou and still the same date in UTC, so the local date does not depend on the machine's zone.
const NOON = 'T04:00:00.000Z'

eachTest(
  async (dir) => {
    clock = testClock(`2026-11-22${NOON}`)
    return setUpEstate(dir, clock)
  },
  async (world) => {
    env = world
    await env.addStaff('clerk1', 'clerk')
    clerkToken = await env.signIn('clerk1', 'pass1234')
    adminToken = env.adminToken
    clerkApi = env.clientFor(() => clerkToken)
    adminApi = env.clientFor(() => adminToken)
    property = await adminApi.fees.saveItem({
      effectiveFrom: '2026-01-01',
      name: '物业管理费',
      category: 'property',
      method: 'perArea',
      roomTypes: ['residence', 'shop'],
      trusteeshipPercent: 70,
      price: '1.85'
    })
  }
)

export const sqlite = () => env.core.store.sqlite
export const home = () => env.rooms.r3_1_101

/** Moves the clock to noon of a local date (forward only) and signs the clerk and the administrator in again. */
export async function goTo(date: string) {
  const minutes = (new Date(`${date}${NOON}`).getTime() - clock.now().getTime()) / 60_000
  if (minutes < 0) throw new Error(`goTo(${date}) would move the clock back`)
  clock.advanceMinutes(minutes)
  clerkToken = await env.signIn('clerk1', 'pass1234')
  adminToken = await env.signIn('admin', 'admin1234')
}

/**
 * startTrusteeship as the check-in's finish calls it, inside a transaction of the core's store
 * with the administrator as the one acting; the room becomes 托管 the way the finish sets it.
 * Returns the id and the audit rows it queued.
 */
export async function start(extra: Partial<StartTrusteeship> = {}) {
  const roomId = extra.roomId ?? home()
  await adminApi.households.updateRoom({ roomId, type: 'residence', status: 'trusteeship', vip: false, tags: [] })
  const audits: AuditEntryInput[] = []
  const staffId = (sqlite().prepare(`SELECT id FROM staff WHERE username = 'admin'`).get() as { id: number }).id
  const ctx = {
    ...env.core.store,
    store: env.core.store,
    now: clock.now,
    locale: 'zh-CN',
    session: null,
    audit: (entry: AuditEntryInput) => audits.push(entry),
    requireSession: () => ({ staffId })
  } as unknown as ServiceContext
  const id = sqlite().transaction(() =>
    startTrusteeship(ctx, {
      roomId,
      checkinId: null,
      agreementSignedOn: '2026-11-01',
      startedOn: '2026-11-01',
      plannedTo: '2027-05-01',
      notes: '业主在外地',
      readings: [
        { kind: 'water', readingCenti: 10_000 },
        { kind: 'electricity', readingCenti: 200_000 }
      ],
      ...extra
    })
  )()
  return { id, audits }
}
