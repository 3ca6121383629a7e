import { describe, expect, it } from 'vitest'
import { message, type MessageParams } from '../../../shared/messages'
import { clerkApi, completeAll, count, env, inspectionData, save, sqlite, start, TODAY } from './checkin-fixture'

const TWO_DEFECTS = inspectionData([
  { area: '厨房', item: '给排水', description: '水槽下渗水' },
  { area: '卧室', item: '墙面', description: '墙面开裂 30cm' }
])

const roomStatus = async (api = clerkApi) => (await api.households.get({ roomId: env.rooms.r3_2_1502 })).room.status

describe('finishing a check-in', () => {
  it('refuses while steps are not complete, naming them, and changes nothing', async () => {
    const { id } = await start()
    await save(id, 'identity', { case: 'owner', documents: [] }, false)
    await completeAll(id, {})
    await save(id, 'fees', { receiptIds: [] }, false)
    expect(await clerkApi.attempt.checkin.finish({ checkinId: id })).toMatchObject({
      ok: false,
      error: { code: 'CHECKIN_NOT_COMPLETE', message: '还有步骤未完成：入住收费', details: { steps: ['fees'] } }
    })
    expect(await roomStatus()).toBe('undelivered')
    expect(count('work_orders')).toBe(0)
  })

  it('the room becomes 已入住, the file marks what was shown and signed, two defects become two work orders', async () => {
    const { id } = await start()
    await completeAll(id, { inspection: TWO_DEFECTS })
    const done = await clerkApi.checkin.finish({ checkinId: id })
    expect(done).toMatchObject({
      status: 'done',
      outcome: 'occupied',
      finishedBy: 'clerk1',
      defects: 2,
      currentStep: null
    })
    expect(await roomStatus()).toBe('occupied')
    const household = await clerkApi.households.get({ roomId: env.rooms.r3_2_1502 })
    expect(household.documents.filter((d) => d.onFile).map((d) => d.typeKey)).toEqual([
      'moveInNotice',
      'idCopy',
      'purchaseContract',
      'registrationForm',
      'estateRules',
      'inspectionForm',
      'keySignOff'
    ])
    const orders = sqlite()
      .prepare(
        `SELECT id, number, source, checkin_id AS checkinId, location, category, route FROM work_orders ORDER BY id`
      )
      .all()
    expect(orders).toMatchObject([
      {
        number: 'WX2026-000001',
        source: 'checkin',
        checkinId: id,
        location: '卧室 墙面',
        category: '土建',
        route: 'developer'
      },
      { number: 'WX2026-000002', source: 'checkin', checkinId: id, location: '厨房 给排水', route: 'developer' }
    ])
    expect(done.workOrderIds).toEqual(orders.map((o) => (o as { id: number }).id))
    const summary = finishSummary()
    expect(summary).toMatch(
      /^入住办理 3-2-1502 完成（业主本人）：归档 .*钥匙签收表.*；缺陷 2 项，工作单 WX2026-000001、WX2026-000002；房屋转为已入住$/
    )
    expect(await save(id, 'registration', { confirmed: true })).toMatchObject({
      ok: false,
      error: { code: 'CHECKIN_CLOSED', message: '这笔入住办理已完成，不能再修改' }
    })
  })

  it('the base readings become the first readings: the next reading is charged from them', async () => {
    const { id } = await start()
    await completeAll(id)
    await clerkApi.checkin.finish({ checkinId: id })
    // Only water is billed by a metered item here: the electricity reading has nothing to start.
    expect(
      sqlite()
        .prepare(`SELECT kind, reading_centi AS r, previous_centi AS p, receivable_id AS charge FROM meter_readings`)
        .all()
    ).toEqual([{ kind: 'water', r: 1250, p: null, charge: null }])
    expect(count('receivables')).toBe(0)
    const read = await env.cashierApi.fees.enterReadings({
      itemId: env.items.water.id,
      readOn: '2026-12-20',
      readings: [{ roomId: env.rooms.r3_2_1502, reading: '20.50' }]
    })
    expect(read).toEqual({ created: 1, totalFen: 2760 }) // (20.50 − 12.50) t × 3.45
  })

  it('a wanted trusteeship starts with the meter readings and the room becomes 托管', async () => {
    const { id } = await start()
    await completeAll(id, {
      trusteeship: { wanted: true, agreementSignedOn: TODAY, from: TODAY, to: '2027-05-31', notes: '业主在外地工作' }
    })
    const done = await clerkApi.checkin.finish({ checkinId: id })
    expect(done).toMatchObject({ outcome: 'trusteeship', roomStatus: 'trusteeship' })
    expect(done.trusteeshipId).not.toBeNull()
    const trusteeship = await clerkApi.trusteeship.get({ trusteeshipId: done.trusteeshipId! })
    expect(trusteeship).toMatchObject({
      checkinId: id,
      startedOn: TODAY,
      plannedTo: '2027-05-31',
      agreementSignedOn: TODAY
    })
    expect(trusteeship.readings.map((r) => [r.kind, r.readingCenti, r.phase])).toEqual([
      ['water', 1250, 'start'],
      ['electricity', 30520, 'start']
    ])
  })

  it('a step that no longer holds is refused at the finish (the agent’s power of attorney ran out)', async () => {
    const { id } = await start()
    await clerkApi.households.addRelation({
      roomId: env.rooms.r3_2_1502,
      relation: 'agent',
      startedOn: TODAY,
      poaScope: '代为办理入住',
      poaFrom: '2026-11-01',
      poaTo: '2026-11-22',
      person: { name: '李受托', phones: ['13700009999'] }
    })
    await completeAll(id, {
      identity: {
        case: 'agent',
        documents: ['ownerId', 'moveInNotice', 'purchaseContract', 'powerOfAttorney', 'agentId'].map((key) => ({
          key,
          verified: true
        })),
        poa: { scope: '代为办理入住', from: '2026-11-01', to: '2026-11-22' }
      }
    })
    env.clock.advanceMinutes(24 * 60)
    const token = await env.signIn('clerk1', 'pass1234')
    const tomorrow = env.clientFor(token)
    expect(await tomorrow.attempt.checkin.finish({ checkinId: id })).toMatchObject({
      ok: false,
      error: { code: 'CHECKIN_STEP_INCOMPLETE', message: '“验明资料”尚未完成：委托书今天不在有效期内' }
    })
    expect(await roomStatus(tomorrow)).toBe('undelivered')
  })
})

/** The timeline's line for the finish, as the household page says it. */
function finishSummary(): string {
  const row = sqlite()
    .prepare(`SELECT summary_params AS p FROM audit_log WHERE summary_key = 'audit.checkinFinish' AND room_id = ?`)
    .get(env.rooms.r3_2_1502) as { p: string }
  return message('zh-CN', 'audit.checkinFinish', JSON.parse(row.p) as MessageParams)
}
