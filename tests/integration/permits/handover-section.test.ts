import { describe, expect, it } from 'vitest'
import type { HandoverWindow, MattersSection } from '../../../shared/handover/sections'
import { localDate } from '../../../shared/kernel/calendar'
import { permitsHandover } from '../../../electron/main/services/permits/handover-section'
import { residentId } from '../../helpers/estate'
import {
  activeRenovation,
  clerkApi,
  env,
  later,
  laterDays,
  people,
  ROOM,
  sqlite,
  supervisorApi
} from './permits-fixture'

// The handover's permits and release slips, made through renovations.*, releases.* and gate.redeem
// (permits-fixture: 3-2-1502, the clock from 2026-11-22 09:00 in Fuzhou, expiringDays 3).

const openShiftId = () => (sqlite().prepare('SELECT id FROM shifts WHERE closed_at IS NULL').get() as { id: number }).id

function sections(shiftIds: number[] = [openShiftId()]): Record<string, MattersSection> {
  const to = env.clock.now().toISOString()
  const window: HandoverWindow = { counterId: 1, shiftIds, from: to, to, today: localDate(to) }
  return Object.fromEntries((permitsHandover(sqlite(), window) as MattersSection[]).map((s) => [s.id, s]))
}
const ending = () => sections()['permits.expiring']!
// The end of a local day (the machine’s zone, as the services read a day).
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999`).toISOString()

let worker = 0
/** A worker with a pass to `validTo` (the permit's end when left out). */
async function pass(renovationId: number, name: string, validTo?: string) {
  worker += 1
  const added = await clerkApi.renovations.addWorker({
    renovationId,
    name,
    idType: 'resident',
    idNumber: residentId(`3501021988031512${worker}`),
    phone: '13812345678',
    trade: '木工'
  })
  const workerId = added.workers.find((w) => w.name === name)!.id
  const view = await clerkApi.renovations.issuePass({ workerId, ...(validTo ? { validTo } : {}) })
  return view.workers.find((w) => w.id === workerId)!.passes[0]!
}

describe('the papers ending section', () => {
  it('lists passes ending within three days, passes not returned and the permit ending or overrun', async () => {
    const renovation = await activeRenovation() // the permit runs to 2026-12-21
    const permit = renovation.permits[0]!
    const soon = await pass(renovation.id, '李木工', '2026-11-24')
    const full = await pass(renovation.id, '王瓦工')
    const back = await pass(renovation.id, '赵电工', '2026-11-23')
    await clerkApi.renovations.paperEvent({ paperId: back.id, event: 'returned', note: '' })

    expect(ending()).toEqual({
      kind: 'matters',
      id: 'permits.expiring',
      titleKey: 'permits.handover.expiring',
      order: 150,
      items: [
        {
          ref: soon.number,
          roomCode: '3-2-1502',
          text: '李木工（木工）',
          statusKey: 'permits.handover.passEnding',
          due: endOfDay('2026-11-24'),
          urgency: 'upcoming',
          route: `#/permits/${renovation.id}`
        }
      ],
      total: 1
    })
    await laterDays(3) // 2026-11-25: 李木工's pass has ended and is still out
    expect(ending().items.map((i) => [i.ref, i.statusKey, i.urgency])).toEqual([
      [soon.number, 'permits.handover.passOut', 'overdue']
    ])
    await laterDays(24) // 2026-12-19: the permit and the full-length pass end within three days
    expect(ending().items.map((i) => [i.ref, i.text, i.statusKey, i.urgency])).toEqual([
      [soon.number, '李木工（木工）', 'permits.handover.passOut', 'overdue'],
      [full.number, '王瓦工（木工）', 'permits.handover.passEnding', 'upcoming'],
      [permit.number, '福州美家装饰工程有限公司', 'permits.handover.permitEnding', 'upcoming']
    ])
    await laterDays(3) // 2026-12-22: the works overran, nobody inspected them
    expect(ending().items.find((i) => i.ref === permit.number)).toMatchObject({
      statusKey: 'permits.handover.permitPast',
      due: endOfDay('2026-12-21'),
      urgency: 'overdue'
    })
  })

  it('a revoked permit’s passes stay listed until they come back; the permit itself is closed', async () => {
    const renovation = await activeRenovation()
    const out = await pass(renovation.id, '李木工')
    expect(ending().total).toBe(0)
    await supervisorApi.renovations.revoke({ renovationId: renovation.id, reason: '屡次违规' })
    expect(ending().items.map((i) => [i.ref, i.statusKey])).toEqual([[out.number, 'permits.handover.passOut']])
    await clerkApi.renovations.paperEvent({ paperId: out.id, event: 'returned', note: '' })
    expect(ending()).toMatchObject({ items: [], total: 0 })
  })
})

const slip = (validOn?: string, name = '旧床') =>
  clerkApi.releases.create({
    roomId: ROOM,
    applicantKind: 'owner',
    applicantPersonId: people.owner,
    items: [{ name, quantity: 1 }],
    ...(validOn ? { validOn } : {})
  } as Parameters<typeof clerkApi.releases.create>[0])

describe('the release slips section', () => {
  it('lists the window’s slips whatever became of them, and every slip still usable', async () => {
    const earlier = await slip() // the first shift: unused, valid today
    const usedEarlier = await slip(undefined, '纸箱')
    await clerkApi.gate.redeem({ paperId: usedEarlier.paper.id })
    sqlite().prepare('UPDATE shifts SET closed_at = ? WHERE closed_at IS NULL').run(env.clock.now().toISOString())
    await later(1)
    const shift = openShiftId()
    const used = await slip(undefined, '沙发')
    await clerkApi.gate.redeem({ paperId: used.paper.id })
    const tomorrow = await slip('2026-11-23', '衣柜')
    const revoked = await slip(undefined, '冰箱')
    await clerkApi.releases.revoke({ releaseId: revoked.id, reason: '业主取消' })

    const releases = sections([shift])['permits.releases']!
    expect(releases).toMatchObject({ titleKey: 'permits.handover.releases', order: 155, total: 4 })
    expect(releases.items.map((i) => [i.ref, i.statusKey, i.due, i.urgency])).toEqual([
      [earlier.number, 'papers.standing.valid', endOfDay('2026-11-22'), 'dueToday'],
      [tomorrow.number, 'papers.standing.notYetValid', endOfDay('2026-11-23'), 'upcoming'],
      [used.number, 'papers.standing.used', null, 'none'],
      [revoked.number, 'papers.standing.revoked', null, 'none']
    ])
    expect(releases.items[0]).toEqual({
      ref: earlier.number,
      roomCode: '3-2-1502',
      text: '张三：旧床×1',
      statusKey: 'papers.standing.valid',
      due: endOfDay('2026-11-22'),
      urgency: 'dueToday',
      route: `#/permits/releases/${earlier.id}`
    })
    // The next day the first shift's slip has lapsed: not the window's, not usable, gone.
    await laterDays(1)
    expect(sections([shift])['permits.releases']!.items.map((i) => [i.ref, i.statusKey])).toEqual([
      [tomorrow.number, 'papers.standing.valid'],
      [used.number, 'papers.standing.used'],
      [revoked.number, 'papers.standing.revoked']
    ])
  })
})
