// The counter's time zone: receipts carry UTC instants, a report's day is China's calendar day.
process.env.TZ = 'Asia/Shanghai'

import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArrearsList } from '../../../shared/fees/arrears'
import type { WorkbookFile } from '../../../shared/households/estate'
import type { DailyCollection, Ledger, ReceiptRegister, SeriesView } from '../../../shared/fees/reports'
import { expectOk, tempDir } from '../../helpers/core'
import { setUpEstate } from '../../helpers/estate'
import { setUpFees } from '../../helpers/fees'
import { feesFixture, localAt } from '../../helpers/fees-fixture'
import { coreCatalogs } from '../../../shared/messages'

// The screens show the report terms from the core's catalog, where they are defined once (t() falls back to it).
const screen = coreCatalogs['zh-CN']

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpEstate>>
let fx: ReturnType<typeof feesFixture>
let tokens: Record<'clerk' | 'cashier', string>
let series: number
const receipts: Record<string, { id: number; code: string; totalFen: number }> = {}

beforeEach(async () => {
  tmp = tempDir()
  env = await setUpEstate(tmp.dir)
  const sqlite = env.core.store.sqlite
  fx = feesFixture(sqlite)
  await env.addStaff('clerk1', 'clerk')
  await env.addStaff('cashier1', 'cashier')
  tokens = { clerk: await env.signIn('clerk1', 'pass1234'), cashier: await env.signIn('cashier1', 'pass1234') }
  const staffId = (username: string) =>
    (sqlite.prepare(`SELECT id FROM staff WHERE username = ?`).get(username) as { id: number }).id
  const [clerk, cashier] = [staffId('clerk1'), staffId('cashier1')]
  const { r3_2_1502: A, r3_1_101: B, r5_1_101: C } = env.rooms
  const property = fx.item('物业管理费', 'property', 0)
  const parking = fx.item('停车管理费', 'parking', 1)
  const bill = (roomId: number, itemId: number, period: string, amountFen: number, dueOn?: string) =>
    fx.receivable({ roomId, itemId, period, amountFen, dueOn })
  const a10 = bill(A, property, '2026-10', 22265)
  const a11 = bill(A, property, '2026-11', 22265)
  const a12 = bill(A, property, '2026-12', 22265)
  const b11 = bill(B, property, '2026-11', 11590)
  const b11p = bill(B, parking, '2026-11', 15000)
  bill(B, property, '2026-10', 11590)
  bill(C, property, '2026-11', 50000)
  bill(C, parking, '2026-11', 8000, '2026-11-25')
  series = fx.series('SJ2026')
  // Yesterday: a renovation deposit, and a receipt voided only today.
  receipts.deposit = fx.receipt({
    seriesId: series,
    roomId: C,
    lines: [{ itemName: '装修保证金', category: 'renovationDeposit', amountFen: 200000 }],
    payments: [{ method: 'card', fen: 200000 }],
    issuedAt: localAt('2026-11-21', '15:00'),
    staffId: clerk
  })
  receipts.yesterdayVoided = fx.receipt({
    seriesId: series,
    roomId: C,
    lines: [{ itemName: '装修垃圾清运费', category: 'garbage', amountFen: 30000 }],
    issuedAt: localAt('2026-11-21', '16:00'),
    staffId: clerk
  })
  // Today: two payments, one voided receipt, one refund of the deposit less a deduction.
  receipts.a = fx.receipt({
    seriesId: series,
    roomId: A,
    receivableIds: [a10, a11],
    payments: [
      { method: 'cash', fen: 30000 },
      { method: 'wechat', fen: 14530 }
    ],
    issuedAt: localAt('2026-11-22', '09:10'),
    staffId: clerk
  })
  receipts.b = fx.receipt({
    seriesId: series,
    roomId: B,
    receivableIds: [b11, b11p],
    payments: [{ method: 'alipay', fen: 26590 }],
    issuedAt: localAt('2026-11-22', '09:20'),
    staffId: cashier
  })
  receipts.voided = fx.receipt({
    seriesId: series,
    roomId: A,
    receivableIds: [a12],
    issuedAt: localAt('2026-11-22', '09:30'),
    staffId: clerk
  })
  fx.voidReceipt(receipts.voided.id, localAt('2026-11-22', '09:35'))
  fx.voidReceipt(receipts.yesterdayVoided.id, localAt('2026-11-22', '09:40'))
  receipts.refund = fx.receipt({
    seriesId: series,
    roomId: C,
    kind: 'refund',
    refersTo: receipts.deposit.id,
    staffId: cashier,
    issuedAt: localAt('2026-11-22', '10:00'),
    lines: [
      { itemName: '退还装修保证金', category: 'renovationDeposit', amountFen: -200000 },
      { itemName: '扣除：墙面修补', category: 'deduction', amountFen: 30000 }
    ],
    payments: [{ method: 'transfer', fen: -170000 }]
  })
  // Midnight starts tomorrow: not today's.
  fx.receipt({
    seriesId: series,
    roomId: B,
    lines: [{ itemName: '信报箱', category: 'other', amountFen: 5000 }],
    issuedAt: localAt('2026-11-23', '00:00'),
    staffId: clerk
  })
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

const ask = async <T>(name: string, input: unknown, token = env.adminToken) =>
  expectOk(await env.core.call(name, input, { session: token })) as T
const sum = (rows: { fen: number }[]) => rows.reduce((n, r) => n + r.fen, 0)

async function sheetOf(file: WorkbookFile, name: string) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
  return book.getWorksheet(name)!
}

describe('daily collection (收款日报)', () => {
  it('counts valid receipts of the counter’s day, refunds negative; items, methods and clerks each add up to the receipts', async () => {
    const day = await ask<DailyCollection>('reports.dailyCollection', { date: '2026-11-22' })
    const validTotal = receipts.a!.totalFen + receipts.b!.totalFen + receipts.refund!.totalFen
    expect(day.total).toEqual({ count: 3, fen: validTotal })
    expect(day.payments).toEqual({ count: 2, fen: 44530 + 26590 })
    expect(day.refunds).toEqual({ count: 1, fen: -170000 })
    expect(sum(day.byItem)).toBe(validTotal)
    expect(sum(day.byMethod)).toBe(validTotal)
    expect(sum(day.byClerk)).toBe(validTotal)
    expect(day.byItem.map((r) => [r.category, r.itemName, r.count, r.fen])).toEqual([
      ['property', '物业管理费', 3, 56120],
      ['parking', '停车管理费', 1, 15000],
      ['renovationDeposit', '退还装修保证金', 1, -200000],
      ['deduction', '扣除：墙面修补', 1, 30000]
    ])
    expect(Object.fromEntries(day.byMethod.map((m) => [m.method, m.fen]))).toEqual({
      cash: 30000,
      wechat: 14530,
      alipay: 26590,
      transfer: -170000
    })
    expect(day.byClerk.map((c) => [c.staffName, c.count, c.fen])).toEqual([
      ['cashier1', 2, 26590 - 170000],
      ['clerk1', 1, 44530]
    ])
  })

  it('leaves voided receipts out but lists them with their totals, including earlier ones voided today', async () => {
    const day = await ask<DailyCollection>('reports.dailyCollection', { date: '2026-11-22' })
    expect(day.voids.map((v) => [v.code, v.totalFen, v.issuedEarlier])).toEqual([
      [receipts.yesterdayVoided!.code, 30000, true],
      [receipts.voided!.code, 22265, false]
    ])
    expect(day.voidTotal).toEqual({ count: 2, fen: 52265 })
    const yesterday = await ask<DailyCollection>('reports.dailyCollection', { date: '2026-11-21' })
    expect(yesterday.total).toEqual({ count: 1, fen: 200000 })
  })

  it('is open to every role and exports as a workbook whose totals match', async () => {
    await ask('reports.dailyCollection', { date: '2026-11-22' }, tokens.clerk)
    const file = await ask<WorkbookFile>('reports.export', { report: 'daily', date: '2026-11-22' }, tokens.clerk)
    expect(file.fileName).toBe('收款日报-20261122.xlsx')
    const byMethod = await sheetOf(file, '按支付方式')
    expect(byMethod.getRow(byMethod.rowCount).values).toEqual([undefined, '合计', 4, -988.8])
    // The fee categories and columns are the screen's: 物业管理费, not 物业费.
    const byItem = await sheetOf(file, screen['reports.daily.byItem'])
    expect((byItem.getRow(2).values as unknown[]).slice(1)).toEqual([
      screen['reports.col.category'],
      screen['reports.col.item'],
      screen['reports.col.lines'],
      screen['reports.col.amount']
    ])
    expect(byItem.getColumn(1).values).toContain(screen['feeSettings.category.property'])
    expect(byItem.getColumn(1).values).not.toContain('物业费')
  })
})

describe('the receipt register (收据登记簿)', () => {
  it('lists every number of the series in order with its status, and the gap check comes out empty', async () => {
    const register = await ask<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })
    expect(register.entries.map((e) => [e.number, e.status])).toEqual([
      [1, 'valid'],
      [2, 'void'],
      [3, 'valid'],
      [4, 'valid'],
      [5, 'void'],
      [6, 'refund'],
      [7, 'valid']
    ])
    expect(register.entries[5]).toMatchObject({
      refersToCode: receipts.deposit!.code,
      totalFen: -170000,
      staffName: 'cashier1'
    })
    expect(register.entries[1]).toMatchObject({ voidReason: '金额录错' })
    expect(register).toMatchObject({ lastNumber: 7, gaps: [], beyondLast: [] })
    expect(register.totals).toEqual({
      valid: { count: 4, fen: 200000 + 44530 + 26590 + 5000 },
      void: { count: 2, fen: 52265 },
      refund: { count: 1, fen: -170000 }
    })
  })

  it('reports a number taken from the series with no receipt behind it', async () => {
    env.core.store.sqlite.prepare(`UPDATE receipt_series SET last_number = last_number + 1 WHERE id = ?`).run(series)
    expect((await ask<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })).gaps).toEqual([8])
    fx.receipt({
      seriesId: series,
      roomId: env.rooms.r3_1_101,
      lines: [{ itemName: '信报箱', category: 'other', amountFen: 5000 }],
      issuedAt: localAt('2026-11-23', '10:00')
    })
    const register = await ask<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })
    expect(register).toMatchObject({ lastNumber: 9, gaps: [8] })
    expect(register.entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 9])
  })

  it('narrows the entries to dates but checks the whole series, and lists spoiled paper', async () => {
    fx.spoilPaper(17, localAt('2026-11-22', '11:00'))
    const today = await ask<ReceiptRegister>('reports.register', {
      seriesPrefix: 'sj2026',
      from: '2026-11-22',
      to: '2026-11-22'
    })
    expect(today.entries.map((e) => e.number)).toEqual([3, 4, 5, 6])
    expect(today.gaps).toEqual([])
    expect(today.spoiled).toEqual([expect.objectContaining({ bookLabel: '收据本 A', paperNumber: 17, reason: '卡纸' })])
    expect(await ask<SeriesView[]>('reports.series', {}, tokens.clerk)).toEqual([
      { prefix: 'SJ2026', counterName: '一号前台', lastNumber: 7, active: true }
    ])
    const file = await ask<WorkbookFile>('reports.export', { report: 'register', seriesPrefix: 'SJ2026' })
    const sheet = await sheetOf(file, '收据登记簿')
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('连号检查：无缺号')
    expect(sheet.rowCount).toBe(2 + 7)
  })

  it('exports in the screen’s words, dates as Excel dates, amounts as numbers, and no text a spreadsheet would run', async () => {
    fx.spoilPaper(18, localAt('2026-11-22', '11:00'), '=HYPERLINK("http://x.example","卡纸")')
    const file = await ask<WorkbookFile>('reports.export', { report: 'register', seriesPrefix: 'SJ2026' })
    const sheet = await sheetOf(file, screen['reports.tab.register'])
    const headers = (sheet.getRow(2).values as unknown[]).slice(1)
    expect(headers).toEqual([
      screen['reports.register.number'],
      screen['reports.register.code'],
      screen['fees.status'],
      screen['reports.register.room'],
      screen['reports.register.payer'],
      screen['reports.register.amount'],
      screen['reports.register.issuedAt'],
      screen['reports.register.staff'],
      screen['reports.register.note']
    ])
    expect(headers).toContain('收据号')
    expect(String(sheet.getCell('A1').value)).toContain(screen['reports.register.noGaps'])
    const issued = sheet.getCell('G3')
    expect(issued.type).toBe(ExcelJS.ValueType.Date)
    expect(issued.numFmt).toBe('yyyy-mm-dd hh:mm')
    // The wall-clock time of the counter, as the screen shows it (stored UTC, read in China's zone).
    const register = await ask<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })
    const local = new Date(register.entries[0]!.issuedAt)
    const pad = (n: number) => String(n).padStart(2, '0')
    const wallClock = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`
    expect((issued.value as Date).toISOString().slice(0, 16)).toBe(wallClock)
    const dateCells = sheet.getColumn(7).values.slice(3)
    expect(dateCells.every((v) => v instanceof Date)).toBe(true)
    expect(sheet.getCell('F3')).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '#,##0.00' })
    const spoiled = await sheetOf(file, screen['reports.register.spoiled'])
    expect(spoiled.getCell('C3').value).toBe(`'=HYPERLINK("http://x.example","卡纸")`)
    expect(spoiled.getCell('C3').type).toBe(ExcelJS.ValueType.String)
    expect(spoiled.getCell('D3').type).toBe(ExcelJS.ValueType.Date)
    expect((await sheetOf(file, '连号检查')).getRow(2).values).toEqual([undefined, '缺号', '超出当前号的收据'])
  })
})

describe('receivable, received and arrears (应收 / 实收 / 欠收)', () => {
  it('per period, item and building: received is what valid receipts settled, arrears what is unpaid past due', async () => {
    const books = await ask<Ledger>('reports.ledger', { fromPeriod: '2026-10', toPeriod: '2026-11' }, tokens.cashier)
    expect(
      books.rows.map((r) => [
        r.period,
        r.itemName,
        r.buildingCode,
        r.receivableFen,
        r.receivedFen,
        r.arrearsFen,
        r.notDueFen
      ])
    ).toEqual([
      ['2026-10', '物业管理费', '3', 33855, 22265, 11590, 0],
      ['2026-11', '物业管理费', '3', 33855, 33855, 0, 0],
      ['2026-11', '物业管理费', '5', 50000, 0, 50000, 0],
      ['2026-11', '停车管理费', '3', 15000, 15000, 0, 0],
      ['2026-11', '停车管理费', '5', 8000, 0, 0, 8000]
    ])
    expect(books.totals).toEqual({ receivableFen: 140710, receivedFen: 71120, arrearsFen: 61590, notDueFen: 8000 })
    const building5 = (await ask<{ id: number; code: string }[]>('estate.buildings', {})).find((b) => b.code === '5')!
    expect(
      (await ask<Ledger>('reports.ledger', { fromPeriod: '2026-11', toPeriod: '2026-11', buildingId: building5.id }))
        .totals.receivableFen
    ).toBe(58000)
  })

  it('are for the fee administrators and the cashier, on screen and as a workbook', async () => {
    const input = { fromPeriod: '2026-10', toPeriod: '2026-11' }
    expect(await env.core.call('reports.ledger', input, { session: tokens.clerk })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(
      await env.core.call('reports.export', { report: 'ledger', ...input }, { session: tokens.clerk })
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const file = await ask<WorkbookFile>('reports.export', { report: 'ledger', ...input }, tokens.cashier)
    const sheet = await sheetOf(file, '应收实收欠收')
    expect(sheet.getRow(sheet.rowCount).values).toEqual([undefined, '合计', '', '', '', 1407.1, 711.2, 615.9, 80])
  })

  it('refuses a range that ends before it starts', async () => {
    const result = await env.core.call(
      'reports.ledger',
      { fromPeriod: '2026-11', toPeriod: '2026-10' },
      { session: env.adminToken }
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('with the counter’s own procedures', () => {
  it('a payment shows in the day’s collection and the register; voiding it moves it to the voids and the room back into arrears', async () => {
    const dir = tempDir()
    const fees = await setUpFees(dir.dir)
    try {
      const room = fees.rooms.r3_2_1502
      await fees.call('households.updateRoom', {
        roomId: room,
        type: 'residence',
        status: 'occupied',
        vip: false,
        tags: []
      })
      await fees.call('fees.generateBills', { period: '2026-10', itemIds: [fees.items.property.id] })
      const [bill] = (await fees.account(room)).unpaid
      const receipt = await fees.payOk({
        roomId: room,
        receivableIds: [bill!.id],
        payerName: '张三',
        payments: [{ method: 'wechat', amount: '222.65' }],
        expectedTotal: '222.65'
      })
      const query = async <T>(name: string, input: unknown) =>
        expectOk(await fees.core.call(name, input, { session: fees.adminToken })) as T
      const day = await query<DailyCollection>('reports.dailyCollection', { date: '2026-11-22' })
      expect(day.total).toEqual({ count: 1, fen: receipt.totalFen })
      expect(day.byMethod).toEqual([{ method: 'wechat', count: 1, fen: 22265 }])
      expect((await query<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })).gaps).toEqual([])
      expect((await query<ArrearsList>('arrears.list', { sort: 'room' })).total).toBe(0)
      await fees.cashier('fees.void', { receiptId: receipt.id, reason: '收错房号' })
      const after = await query<DailyCollection>('reports.dailyCollection', { date: '2026-11-22' })
      expect(after.total).toEqual({ count: 0, fen: 0 })
      expect(after.voids).toEqual([
        expect.objectContaining({ code: receipt.code, totalFen: 22265, reason: '收错房号' })
      ])
      expect((await query<ArrearsList>('arrears.list', { sort: 'room' })).rows).toEqual([
        expect.objectContaining({ roomId: room, overdueFen: 22265, oldestDue: '2026-10-20', ageMonths: 2 })
      ])
    } finally {
      fees.core.close()
      dir.cleanup()
    }
  })
})
