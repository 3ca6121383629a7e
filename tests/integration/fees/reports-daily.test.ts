// The counter's time zone: receipts carry UTC instants, a report's day is China's calendar day.
process.env.TZ = 'Asia/Shanghai'

import { describe, expect, it } from 'vitest'
import type { WorkbookFile } from '../../../shared/households/estate'
import type { DailyCollection } from '../../../shared/fees/reports'
import { coreCatalogs } from '../../../shared/messages'
import { eachTest } from '../../helpers/each-test'
import { setUpEstate } from '../../helpers/estate'
import { seedReportDay, sheetOf, type ReportDay } from '../../helpers/reports-day'

// The screens show the report terms from the core's catalog, where they are defined once (t() falls back to it).
const screen = coreCatalogs['zh-CN']

let ask: ReportDay['ask']
let tokens: ReportDay['tokens']
let receipts: ReportDay['receipts']
eachTest(setUpEstate, async (env) => {
  ;({ ask, tokens, receipts } = await seedReportDay(env))
})

const sum = (rows: { fen: number }[]) => rows.reduce((n, r) => n + r.fen, 0)

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
