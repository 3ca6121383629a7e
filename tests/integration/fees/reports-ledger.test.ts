// The counter's time zone: receipts carry UTC instants, a report's day is China's calendar day.
process.env.TZ = 'Asia/Shanghai'

import { describe, expect, it } from 'vitest'
import type { WorkbookFile } from '../../../shared/households/estate'
import type { Ledger } from '../../../shared/fees/reports'
import { eachTest } from '../../helpers/each-test'
import { setUpEstate } from '../../helpers/estate'
import { seedReportDay, sheetOf, type ReportDay } from '../../helpers/reports-day'

let env: Awaited<ReturnType<typeof setUpEstate>>
let ask: ReportDay['ask']
let tokens: ReportDay['tokens']
eachTest(setUpEstate, async (e) => {
  env = e
  ;({ ask, tokens } = await seedReportDay(e))
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
