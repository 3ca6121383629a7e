// Local years and times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WORK_ORDER_SETTINGS } from '../../../shared/workorders/settings'
import { clerkApi, defect, env, makeOrders, sqlite } from './workorders-fixture'
import { asManager, at, call, paidServiceItem, snapshot } from './repairs-fixture'

describe('registering a repair', () => {
  it('refuses bad input beside each field, and saves nothing', async () => {
    const before = snapshot()
    expect(
      await clerkApi.attempt.repairs.create(
        call({ category: 'roof', contact: '12345', appointmentAt: '2026-11-22T08:00' })
      )
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: {
          fields: {
            category: '没有这个报修类别',
            contact: expect.stringContaining('电话号码格式不正确'),
            appointmentAt: '预约时间应晚于现在'
          }
        }
      }
    })
    expect(await clerkApi.attempt.repairs.create(call({ appointmentAt: '2026-02-30T10:00' }))).toMatchObject({
      error: { code: 'VALIDATION', details: { fields: { appointmentAt: '格式不正确' } } }
    })
    expect(await clerkApi.attempt.repairs.create(call({ roomId: 99999 }))).toMatchObject({
      error: { code: 'NOT_FOUND' }
    })
    expect(await clerkApi.attempt.repairs.create({ ...call(), reporter: '' })).toMatchObject({
      error: { code: 'VALIDATION' }
    })
    expect(snapshot()).toEqual(before)
  })

  it('takes the year’s next number, shared with the move-in inspection’s orders; a refusal uses none', async () => {
    makeOrders([defect()])
    await clerkApi.attempt.repairs.create(call({ category: 'nope' }))
    const repair = await clerkApi.repairs.create(call())
    makeOrders([defect()])
    const next = await clerkApi.repairs.create(call({ source: 'counter' }))
    expect([repair.number, next.number]).toEqual(['WX2026-000002', 'WX2026-000004'])
    const checkinOrder = (await clerkApi.workOrders.list({ source: 'checkin' }))[0]!
    // A move-in order keeps its own words and has no repair deadlines.
    expect(checkinOrder).toMatchObject({ categoryName: '墙面', kind: 'repair', deadlines: [], next: null })
  })
})

describe('steps that do not follow', () => {
  it('are refused naming the state and the step, and change nothing', async () => {
    const { id } = await clerkApi.repairs.create(call())
    const manager = await asManager()
    const before = snapshot()
    const refusals = [
      [clerkApi.attempt.repairs.arrive({ workOrderId: id }), '工作单 WX2026-000001 当前为“待派工”，不能登记到场'],
      [
        clerkApi.attempt.repairs.finish({ workOrderId: id, workDone: '修好', signedBy: '张三' }),
        '工作单 WX2026-000001 当前为“待派工”，不能登记完工'
      ],
      [
        clerkApi.attempt.repairs.visit({ workOrderId: id, method: 'phone', reached: false }),
        '工作单 WX2026-000001 当前为“待派工”，不能回访'
      ],
      [
        clerkApi.attempt.workOrders.complete({ workOrderId: id }),
        '工作单 WX2026-000001 当前为“待派工”，不能登记维修完成'
      ]
    ] as const
    for (const [attempt, text] of refusals)
      expect(await attempt).toMatchObject({ ok: false, error: { code: 'WORK_ORDER_STATE', message: text } })
    expect(await manager.attempt.repairs.approve({ workOrderId: id })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“待派工”，不能批准' }
    })
    expect(await clerkApi.attempt.repairs.close({ workOrderId: id, note: '' })).toMatchObject({
      error: { code: 'VALIDATION', details: { fields: { note: '撤单请写明原因' } } }
    })
    expect(snapshot()).toEqual(before)

    await clerkApi.repairs.dispatch({ workOrderId: id, assignee: '张师傅' })
    expect(await clerkApi.attempt.repairs.dispatch({ workOrderId: id, assignee: '李师傅' })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“已派工”，不能派工' }
    })
    expect(await clerkApi.attempt.repairs.close({ workOrderId: id, note: '不修了' })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“已派工”，不能关闭' }
    })
  })

  it('an arrival or completion is never in the future nor before the step it follows', async () => {
    await at('2026-11-22T10:00')
    const { id } = await clerkApi.repairs.create(call({ category: 'plumbing' }))
    await clerkApi.repairs.dispatch({ workOrderId: id, assignee: '张师傅' })
    const before = snapshot()
    const cases = [
      ['2026-11-22T10:05', '时间不能晚于现在'],
      ['2026-11-22T09:59', '到场时间不能早于派工时间'],
      ['2026-11-31T10:00', '格式不正确']
    ] as const
    for (const [moment, text] of cases)
      expect(await clerkApi.attempt.repairs.arrive({ workOrderId: id, at: moment })).toMatchObject({
        error: { code: 'VALIDATION', details: { fields: { at: text } } }
      })
    expect(snapshot()).toEqual(before)
    await at('2026-11-22T11:00')
    await clerkApi.repairs.arrive({ workOrderId: id, at: '2026-11-22T10:30' })
    expect(
      await clerkApi.attempt.repairs.finish({
        workOrderId: id,
        at: '2026-11-22T10:20',
        workDone: '修好',
        signedBy: '张三'
      })
    ).toMatchObject({ error: { code: 'VALIDATION', details: { fields: { at: '完工时间不能早于到场时间' } } } })
  })

  it('a pending order may be withdrawn with a reason; a note goes on any order not yet closed', async () => {
    const { id } = await clerkApi.repairs.create(call())
    const noted = await clerkApi.repairs.note({ workOrderId: id, note: '住户要求下午再来' })
    expect(noted.events.at(-1)).toMatchObject({ kind: 'noted', note: '住户要求下午再来' })
    const withdrawn = await clerkApi.repairs.close({ workOrderId: id, note: '住户自行修好' })
    expect(withdrawn).toMatchObject({ status: 'closed', deadlines: [], next: null })
    expect(withdrawn.events.at(-1)).toMatchObject({ kind: 'closed', details: { withdrawn: true } })
    const before = snapshot()
    expect(await clerkApi.attempt.repairs.note({ workOrderId: id, note: '已电话确认' })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', details: { status: 'closed', action: 'note' } }
    })
    expect(snapshot()).toEqual(before)
  })
})

describe('the list', () => {
  it('filters by kind and searches numbers, room codes, reporters and words of the description', async () => {
    await clerkApi.repairs.create(call())
    await clerkApi.repairs.create(
      call({ roomId: env.rooms.r3_1_101, reporter: '李四', category: 'doorWindow', description: '阳台 推拉门 卡住' })
    )
    const manager = await asManager()
    const item = await manager.serviceItems.save({ name: '开锁', category: 'convenience', unit: '次', priceFen: 5000 })
    await clerkApi.repairs.create(
      call({ kind: 'service', category: 's', serviceItemId: item.id, description: '忘带钥匙' })
    )
    const numbers = async (filter: object) => (await clerkApi.workOrders.list(filter)).map((o) => o.number)
    expect(await numbers({ kind: 'service' })).toEqual(['WX2026-000003'])
    expect(await numbers({ kind: 'repair' })).toEqual(['WX2026-000002', 'WX2026-000001'])
    expect(await numbers({ search: 'WX2026-000002' })).toEqual(['WX2026-000002'])
    expect(await numbers({ search: '3-1' })).toEqual(['WX2026-000002'])
    expect(await numbers({ search: '李四' })).toEqual(['WX2026-000002'])
    expect(await numbers({ search: '推拉门 阳台' })).toEqual(['WX2026-000002'])
    expect(await numbers({ search: '100%' })).toEqual([])
    expect(await numbers({ roomId: env.rooms.r3_2_1502, due: 'today' })).toEqual(['WX2026-000003', 'WX2026-000001'])
  })
})

describe('the settings', () => {
  it('are the manuals’ defaults until saved, round-trip, and fall back when the stored ones no longer parse', async () => {
    expect(await clerkApi.repairs.settings({})).toEqual(DEFAULT_WORK_ORDER_SETTINGS)
    const manager = await asManager()
    const leak = {
      key: 'leak',
      name: '渗漏水',
      followUp: { measure: 'days', amount: 5 },
      followUpFrom: 'leakTest'
    } as const
    const changed = { ...DEFAULT_WORK_ORDER_SETTINGS, repairCategories: [leak], warrantyMonths: 12 }
    expect(await clerkApi.attempt.repairs.saveSettings(changed)).toMatchObject({ error: { code: 'FORBIDDEN' } })
    expect(await manager.repairs.saveSettings(changed)).toEqual(changed)
    expect(await clerkApi.repairs.settings({})).toEqual(changed)
    expect(
      await manager.attempt.repairs.saveSettings({ ...changed, repairCategories: [leak, { ...leak, name: '漏水' }] })
    ).toMatchObject({ error: { code: 'VALIDATION', details: { fields: { 'repairCategories.1.key': '代码重复' } } } })
    const garbage = await paidServiceItem(false)
    const notService = await env.admin.fees.saveItem({
      name: '装修垃圾清运费',
      category: 'garbage',
      method: 'oneOffFixed',
      roomTypes: ['residence'],
      price: '300',
      effectiveFrom: '2026-01-01'
    } as never)
    expect(await manager.attempt.repairs.saveSettings({ ...changed, serviceFeeItemId: notService.id })).toMatchObject({
      error: { code: 'VALIDATION', details: { fields: { serviceFeeItemId: '须为启用的“有偿服务”类收费项目' } } }
    })
    expect((await manager.repairs.saveSettings({ ...changed, serviceFeeItemId: garbage })).serviceFeeItemId).toBe(
      garbage
    )
    expect(
      sqlite().prepare(`SELECT count(*) AS n FROM audit_log WHERE summary_key = 'audit.repairSettings'`).get()
    ).toEqual({
      n: 2
    })
    for (const stored of ['{"serviceHours":1}', 'not json']) {
      sqlite().prepare('UPDATE workorder_settings SET value = ?').run(stored)
      expect(await clerkApi.repairs.settings({})).toEqual(DEFAULT_WORK_ORDER_SETTINGS)
    }
  })

  it('give the warranty: the current owner’s start plus the months, when no check-in finished', async () => {
    const order = await clerkApi.repairs.create(call())
    // 张三 became the owner of 3-2-1502 on 2026-01-15; 24 months by default.
    expect((await clerkApi.workOrders.get({ workOrderId: order.id })).warranty).toEqual({
      until: '2028-01-15',
      inWarranty: true
    })
  })

  it('counts the warranty from the finished check-in when there is one, and says when it has run out', async () => {
    // The check-in's own tests finish one through its steps; its finished row is all the warranty reads.
    sqlite()
      .prepare(
        `INSERT INTO checkins (room_id, status, started_at, started_by, last_saved_at, finished_at, finished_by, outcome)
         VALUES (?, 'done', '2024-03-01T02:00:00.000Z', 1, '2024-03-01T02:00:00.000Z', '2024-03-01T02:00:00.000Z', 1, 'occupied')`
      )
      .run(env.rooms.r3_1_101)
    const order = await clerkApi.repairs.create(call({ roomId: env.rooms.r3_1_101, reporter: '李四' }))
    expect((await clerkApi.workOrders.get({ workOrderId: order.id })).warranty).toEqual({
      until: '2026-03-01',
      inWarranty: false
    })
  })
})
