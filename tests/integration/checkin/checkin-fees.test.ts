import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CHECKIN_SETTINGS } from '../../../shared/checkin/settings'
import { formatFen } from '../../../shared/domain/money'
import { clerkApi, count, env, save, start, supervisorApi } from './checkin-fixture'

/** One month of the room's 物业管理费 paid in cash at the counter: a normal numbered receipt. */
async function payMonth(roomId: number) {
  const [prepay] = (await env.account(roomId)).prepayable
  const amount = formatFen(prepay!.monthlyFen, { grouping: false })
  return env.payOk({
    roomId,
    prepay: [{ itemId: prepay!.itemId, months: 1 }],
    payerName: '张三',
    payments: [{ method: 'cash', amount }],
    expectedTotal: amount
  })
}

describe('the move-in fees', () => {
  it('are priced as fees charges them: the property fee months ahead, the one-off items, what is owed', async () => {
    const { id, fees } = await start()
    expect(fees).toMatchObject({
      prepay: [
        { itemId: env.items.property.id, name: '物业管理费', months: 3, monthlyFen: 22265, fromPeriod: '2026-11' }
      ],
      oneOff: [],
      unpaidFen: 0,
      totalFen: 66795
    })
    await supervisorApi.checkin.saveSettings({
      ...DEFAULT_CHECKIN_SETTINGS,
      prepayMonths: 12,
      oneOffItemIds: [env.items.garbage.id]
    })
    const view = await clerkApi.checkin.get({ checkinId: id })
    expect(view.fees).toMatchObject({
      oneOff: [{ name: '装修垃圾清运费', amountFen: 30000 }],
      totalFen: 22265 * 12 + 30000
    })
    const [notice, shop] = await clerkApi.checkin.notices({ roomIds: [env.rooms.r3_2_1502, env.rooms.r5_1_101] })
    expect(notice).toMatchObject({ roomCode: '3-2-1502', ownerNames: '张三', areaCenti: 12035 })
    expect(shop).toMatchObject({ roomCode: '5-1-101', ownerNames: '福州万达商业管理有限公司', areaCenti: 4500 })
    expect(shop!.fees.prepay[0]!.monthlyFen).toBe(8325)
  })

  it('a receipt of this room taken during the check-in completes the step and is listed', async () => {
    const { id } = await start()
    const receipt = await payMonth(env.rooms.r3_2_1502)
    const saved = await save(id, 'fees', { receiptIds: [receipt.id] })
    expect(saved).toMatchObject({ ok: true, data: { completedSteps: ['fees'] } })
    expect(saved.ok && saved.data.receipts).toEqual([
      { id: receipt.id, code: receipt.code, totalFen: 22265, issuedAt: receipt.issuedAt, status: 'valid' }
    ])
  })

  it('another room’s receipt, a voided one, or one from before the check-in is refused and saves nothing', async () => {
    const before = await payMonth(env.rooms.r3_2_1502)
    env.clock.advanceMinutes(5)
    const { id } = await start()
    const other = await payMonth(env.rooms.r3_1_101)
    const voided = await payMonth(env.rooms.r3_2_1502)
    await env.cashierApi.fees.void({ receiptId: voided.id, reason: '收错金额' })
    for (const receipt of [other, voided, before]) {
      expect(await save(id, 'fees', { receiptIds: [receipt.id] }, false)).toMatchObject({
        ok: false,
        error: {
          code: 'CHECKIN_RECEIPT_FOREIGN',
          message: `收据 ${receipt.code} 不是 3-2-1502 本次入住期间开具的有效收据`
        }
      })
    }
    expect(count('checkin_steps')).toBe(0)
  })
})

describe('settings and the list', () => {
  it('supervisors and up change the settings; a clerk may not; keys are unique in a list', async () => {
    const changed = {
      ...DEFAULT_CHECKIN_SETTINGS,
      requiredMeters: ['water' as const],
      defectRoute: 'maintenance' as const
    }
    expect(await clerkApi.attempt.checkin.saveSettings(changed)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    const twice = { ...changed, items: [...changed.items, { key: 'doorKey', name: '备用钥匙', defaultCount: 1 }] }
    expect(await supervisorApi.attempt.checkin.saveSettings(twice)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { 'items.5.key': '与另一行重复' } } }
    })
    expect(await clerkApi.checkin.settings({})).toEqual(DEFAULT_CHECKIN_SETTINGS)
    expect(await supervisorApi.checkin.saveSettings(changed)).toMatchObject({ defectRoute: 'maintenance' })
    expect(await env.admin.checkin.saveSettings(changed)).toMatchObject({ requiredMeters: ['water'] })
    expect(await clerkApi.checkin.settings({})).toEqual(changed)
    expect(count('audit_log', `summary_key = 'audit.checkinSettings'`)).toBe(2)
    expect(await supervisorApi.attempt.checkin.saveSettings({ ...changed, items: [] } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(await clerkApi.checkin.settings({})).toEqual(changed)
  })

  it('lists by date and status and exports the list to Excel', async () => {
    const first = await start()
    await clerkApi.checkin.cancel({ checkinId: first.id, reason: '改约' })
    await start()
    await start(env.rooms.r5_1_101)
    expect((await clerkApi.checkin.list({ status: 'open' })).length).toBe(2)
    expect((await clerkApi.checkin.list({ from: '2026-11-23' })).length).toBe(0)
    expect((await clerkApi.checkin.list({ from: '2026-11-22', to: '2026-11-22' })).length).toBe(3)
    const file = await clerkApi.checkin.export({ from: '2026-11-22', to: '2026-11-22' })
    expect(file.fileName).toBe('入住办理-2026-11-22_2026-11-22.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never)
    const sheet = book.worksheets[0]!
    const rows = sheet.getSheetValues().slice(1) as unknown[][]
    expect(rows[0]!.slice(1)).toEqual([
      '房号',
      '业主',
      '办理方式',
      '状态',
      '当前步骤',
      '开始',
      '开始人',
      '完成',
      '结果',
      '缺陷数'
    ])
    expect(rows.slice(1).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['5-1-101', '办理中', '验明资料'],
      ['3-2-1502', '办理中', '验明资料'],
      ['3-2-1502', '已取消', undefined]
    ])
  })
})
