// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { as, auditRows, clerk, env, iso, log, sqlite } from './ledger-fixture'

const repair = { location: '卫生间', category: 'leak', urgent: false }

describe('an entry becomes a repair work order', () => {
  it('made by the work orders’ own rules, with the entry’s room, caller, phone and content, and the link kept', async () => {
    const e = await log({ category: 'repair', content: '卫生间天花渗水' })
    const made = await clerk.ledger.toRepair({ id: e.id, ...repair, urgent: true })
    expect(made.status).toBe('converted')
    expect(made.converted).toMatchObject({ kind: 'repair', number: 'WX2026-000001' })
    expect(made.events.at(-1)).toMatchObject({
      kind: 'converted',
      details: { kind: 'repair', id: made.converted!.id, number: 'WX2026-000001' }
    })
    const order = await clerk.workOrders.get({ workOrderId: made.converted!.id })
    expect(order).toMatchObject({
      number: 'WX2026-000001',
      roomId: env.rooms.r3_2_1502,
      source: 'phone',
      reporter: '张先生',
      location: '卫生间',
      category: 'leak',
      description: '卫生间天花渗水',
      urgent: true,
      status: 'pending'
    })
    expect(auditRows('audit.workOrderCreated')).toHaveLength(1)
    const [converted] = auditRows('audit.ledgerConverted')
    expect(converted).toMatchObject({ roomId: env.rooms.r3_2_1502, entityId: String(e.id) })
    expect(JSON.parse(converted!.params)).toEqual({ number: e.number, target: 'WX2026-000001' })
  })

  it('a visit is a counter repair; no caller is reported as —; the description may be given', async () => {
    const e = await log({ channel: 'visit', callerName: '', callerPhone: '' })
    const made = await clerk.ledger.toRepair({ id: e.id, ...repair, description: '马桶水箱漏水' })
    const order = await clerk.workOrders.get({ workOrderId: made.converted!.id })
    expect(order).toMatchObject({ source: 'counter', reporter: '—', description: '马桶水箱漏水' })
  })

  it('needs a room, a known category, and an open entry; a refusal makes no order and leaves the entry open', async () => {
    const roomless = await log({ roomId: undefined })
    const noRoom = await clerk.attempt.ledger.toRepair({ id: roomless.id, ...repair })
    expect(noRoom.ok || [noRoom.error.code, noRoom.error.message]).toEqual([
      'LEDGER_ROOM_REQUIRED',
      '转报修须有房号，请先补充房号'
    ])
    const e = await log()
    const badCategory = await clerk.attempt.ledger.toRepair({ id: e.id, ...repair, category: 'nope' })
    expect(badCategory.ok || badCategory.error.code).toBe('VALIDATION')
    expect((await clerk.ledger.get({ id: e.id })).status).toBe('open')
    await clerk.ledger.toRepair({ id: e.id, ...repair })
    const twice = await clerk.attempt.ledger.toComplaint({ id: e.id, severity: 'minor', category: 'other' })
    expect(twice.ok || [twice.error.code, twice.error.message]).toEqual([
      'LEDGER_STATE',
      `台帐 ${e.number} 当前为“已转单”，不能办理此项`
    ])
    const orders = sqlite().prepare('SELECT number FROM work_orders').all()
    expect(orders).toEqual([{ number: 'WX2026-000001' }])
    expect(sqlite().prepare('SELECT count(*) AS n FROM complaints').get()).toEqual({ n: 0 })
  })

  it('keeps the link for good: the database refuses to change it', async () => {
    const e = await log()
    await clerk.ledger.toRepair({ id: e.id, ...repair })
    expect(() => sqlite().prepare('UPDATE ledger_entries SET converted_id = 99 WHERE id = ?').run(e.id)).toThrow(
      /conversion is for good/
    )
  })
})

describe('an entry becomes a complaint', () => {
  it('with the entry’s channel, caller, phone, room, moment and content; a room is not needed', async () => {
    const e = await log({ category: 'complaint', content: '保安态度恶劣', at: '2026-11-23T08:40' })
    const made = await as('night').ledger.toComplaint({ id: e.id, severity: 'major', category: 'attitude' })
    expect(made.converted).toMatchObject({ kind: 'complaint', number: 'TS2026-000001' })
    const c = await as('lead').complaints.get({ complaintId: made.converted!.id })
    expect(c).toMatchObject({
      number: 'TS2026-000001',
      channel: 'phone',
      customer: '张先生',
      roomId: env.rooms.r3_2_1502,
      occurredAt: iso('2026-11-23T08:40'),
      description: '保安态度恶劣',
      severity: 'major',
      category: 'attitude'
    })
    const contact = sqlite().prepare('SELECT contact FROM complaints WHERE id = ?').get(made.converted!.id)
    expect(contact).toEqual({ contact: '13912345678' })
    const roomless = await log({ roomId: undefined, channel: 'letter' })
    const second = await clerk.ledger.toComplaint({
      id: roomless.id,
      severity: 'minor',
      category: 'other',
      description: '来信反映垃圾清运不及时'
    })
    const c2 = await clerk.complaints.get({ complaintId: second.converted!.id })
    expect(c2).toMatchObject({ channel: 'letter', roomId: null, description: '来信反映垃圾清运不及时' })
    expect(auditRows('audit.complaintCreated')).toHaveLength(2)
    expect(auditRows('audit.ledgerConverted').map((a) => a.roomId)).toEqual([env.rooms.r3_2_1502, null])
  })
})
