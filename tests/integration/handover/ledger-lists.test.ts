// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { handover } from '../../../electron/main/services/handover'
import { ledgerSections } from '../../../electron/main/services/handover/ledger-sections'
import type { MattersSection } from '../../../shared/handover/sections'
import { as, at, clerk, iso, log, newShiftAt, sqlite } from './ledger-fixture'

/** Monday 09:00: answers promised 08:30 (overdue), 10:30 (soon), 16:00 (today), tomorrow; one without a promise; one answered. */
async function promises() {
  const overdue = await log({ at: '2026-11-23T08:00', promisedAt: '2026-11-23T08:30', content: '咨询水费' })
  const soon = await log({ promisedAt: '2026-11-23T10:30', content: '咨询电梯年检' })
  const today = await log({ promisedAt: '2026-11-23T16:00', category: 'release', content: '搬家放行' })
  const tomorrow = await log({ promise: true, content: '咨询装修' })
  const none = await log({ content: '咨询快递柜' })
  const answered = await log({ promisedAt: '2026-11-23T11:00', answer: '已答复' })
  return { overdue, soon, today, tomorrow, none, answered }
}

describe('the due list', () => {
  it('holds open promised entries due by the end of today, the most urgent first, with their urgency', async () => {
    const e = await promises()
    const due = await clerk.ledger.due()
    expect(due.map((d) => [d.number, d.urgency])).toEqual([
      [e.overdue.number, 'overdue'],
      [e.soon.number, 'dueSoon'],
      [e.today.number, 'upcoming']
    ])
    expect((await clerk.ledger.get({ id: e.tomorrow.id })).urgency).toBe('upcoming')
    expect((await clerk.ledger.list({ due: true })).map((d) => d.id)).toEqual(due.map((d) => d.id))
    await clerk.ledger.answer({ id: e.soon.id, answer: '本月底年检' })
    expect((await clerk.ledger.due()).map((d) => d.id)).toEqual([e.overdue.id, e.today.id])
    await at('2026-11-24T08:00')
    expect((await clerk.ledger.due()).map((d) => [d.id, d.urgency])).toEqual([
      [e.overdue.id, 'overdue'],
      [e.today.id, 'overdue'],
      [e.tomorrow.id, 'dueSoon']
    ])
  })
})

describe('the ledger list', () => {
  it('filters by status, category, night shift, dates and text, newest first', async () => {
    const e = await promises()
    // By the moment of the call: the 08:00 one, written last-but-five, is the oldest.
    expect((await clerk.ledger.list()).map((x) => x.id)).toEqual(
      [e.answered, e.none, e.tomorrow, e.today, e.soon, e.overdue].map((x) => x.id)
    )
    expect((await clerk.ledger.list({ status: 'answered' })).map((x) => x.id)).toEqual([e.answered.id])
    expect((await clerk.ledger.list({ category: 'release' })).map((x) => x.id)).toEqual([e.today.id])
    expect((await clerk.ledger.list({ text: '电梯' })).map((x) => x.id)).toEqual([e.soon.id])
    expect((await clerk.ledger.list({ text: '3-2-1502' })).length).toBe(6)
    expect((await clerk.ledger.list({ text: e.none.number })).map((x) => x.id)).toEqual([e.none.id])
    expect(await clerk.ledger.list({ text: '%' })).toEqual([])
    await newShiftAt('2026-11-24T21:00')
    const night = await log({ content: '夜间电梯困人' }, 'night')
    expect((await clerk.ledger.list({ night: true })).map((x) => x.id)).toEqual([night.id])
    expect((await clerk.ledger.list({ from: '2026-11-24', to: '2026-11-24' })).map((x) => x.id)).toEqual([night.id])
    expect((await clerk.ledger.list({ to: '2026-11-23' })).length).toBe(6)
    expect((await clerk.ledger.list({ limit: 2 })).length).toBe(2)
  })
})

describe('the night duty log', () => {
  it('lists the night shifts’ entries still open, and the handover shows them and the answers awaited', async () => {
    const day = await log({ promisedAt: '2026-11-23T16:00' })
    await newShiftAt('2026-11-23T22:00')
    const leak = await log({ content: '楼上漏水', callerName: '李女士' }, 'night')
    const settled = await log({ content: '咨询停水', answer: '明早恢复' }, 'night')
    const converted = await log({ content: '电梯异响' }, 'night')
    await as('night').ledger.toRepair({ id: converted.id, location: '电梯', category: 'public' })
    expect((await clerk.ledger.nightLog()).map((x) => x.id)).toEqual([leak.id])
    expect(settled.status).toBe('answered')

    expect(handover.handover).toBe(ledgerSections)
    await at('2026-11-24T08:30')
    const window = {
      counterId: 1,
      shiftIds: [],
      from: iso('2026-11-23T22:00'),
      to: iso('2026-11-24T08:30'),
      today: '2026-11-24'
    }
    const sections = ledgerSections(sqlite(), window) as MattersSection[]
    expect(sections.map((s) => [s.id, s.titleKey, s.order, s.total])).toEqual([
      ['ledger.nightLog', 'handover.section.nightLog', 105, 1],
      ['ledger.awaiting', 'handover.section.ledgerAwaiting', 110, 1]
    ])
    expect(sections[0]!.items).toEqual([
      {
        ref: leak.number,
        roomCode: '3-2-1502',
        text: '李女士：楼上漏水',
        statusKey: 'handover.matter.awaiting',
        due: null,
        urgency: 'none',
        route: `#/handover/ledger/${leak.id}`
      }
    ])
    expect(sections[1]!.items[0]).toMatchObject({
      ref: day.number,
      statusKey: 'handover.matter.overdue',
      due: iso('2026-11-23T16:00'),
      urgency: 'overdue',
      route: `#/handover/ledger/${day.id}`
    })
  })
})
