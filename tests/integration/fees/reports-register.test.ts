// The counter's time zone: receipts carry UTC instants, a report's day is China's calendar day.
process.env.TZ = 'Asia/Shanghai'

import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { WorkbookFile } from '../../../shared/households/estate'
import type { ReceiptRegister, SeriesView } from '../../../shared/fees/reports'
import { coreCatalogs } from '../../../shared/messages'
import { eachTest } from '../../helpers/each-test'
import { setUpEstate } from '../../helpers/estate'
import { localAt } from '../../helpers/fees-fixture'
import { seedReportDay, sheetOf, type ReportDay } from '../../helpers/reports-day'

// The screens show the report terms from the core's catalog, where they are defined once (t() falls back to it).
const screen = coreCatalogs['zh-CN']

let env: Awaited<ReturnType<typeof setUpEstate>>
let day: ReportDay
eachTest(setUpEstate, async (e) => {
  env = e
  day = await seedReportDay(e)
})

describe('the receipt register (收据登记簿)', () => {
  it('lists every number of the series in order with its status, and the gap check comes out empty', async () => {
    const register = await day.ask<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })
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
      refersToCode: day.receipts.deposit!.code,
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
    // Migration 0016 refuses a count without its receipt: only someone going around it makes a gap.
    env.core.store.sqlite.exec('DROP TRIGGER receipt_series_one_by_one')
    env.core.store.sqlite
      .prepare(`UPDATE receipt_series SET last_number = last_number + 1 WHERE id = ?`)
      .run(day.series)
    expect((await day.ask<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })).gaps).toEqual([8])
    day.fx.receipt({
      seriesId: day.series,
      roomId: env.rooms.r3_1_101,
      lines: [{ itemName: '信报箱', category: 'other', amountFen: 5000 }],
      issuedAt: localAt('2026-11-23', '10:00')
    })
    const register = await day.ask<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })
    expect(register).toMatchObject({ lastNumber: 9, gaps: [8] })
    expect(register.entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 9])
  })

  it('narrows the entries to dates but checks the whole series, and lists spoiled paper', async () => {
    day.fx.spoilPaper(17, localAt('2026-11-22', '11:00'))
    const today = await day.ask<ReceiptRegister>('reports.register', {
      seriesPrefix: 'sj2026',
      from: '2026-11-22',
      to: '2026-11-22'
    })
    expect(today.entries.map((e) => e.number)).toEqual([3, 4, 5, 6])
    expect(today.gaps).toEqual([])
    expect(today.spoiled).toEqual([expect.objectContaining({ bookLabel: '收据本 A', paperNumber: 17, reason: '卡纸' })])
    expect(await day.ask<SeriesView[]>('reports.series', {}, day.tokens.clerk)).toEqual([
      { prefix: 'SJ2026', counterName: '一号前台', lastNumber: 7, active: true }
    ])
    const file = await day.ask<WorkbookFile>('reports.export', { report: 'register', seriesPrefix: 'SJ2026' })
    const sheet = await sheetOf(file, '收据登记簿')
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('连号检查：无缺号')
    expect(sheet.rowCount).toBe(2 + 7)
  })

  it('exports in the screen’s words, dates as Excel dates, amounts as numbers, and no text a spreadsheet would run', async () => {
    day.fx.spoilPaper(18, localAt('2026-11-22', '11:00'), '=HYPERLINK("http://x.example","卡纸")')
    const file = await day.ask<WorkbookFile>('reports.export', { report: 'register', seriesPrefix: 'SJ2026' })
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
    const register = await day.ask<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })
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
