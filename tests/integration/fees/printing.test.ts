import { describe, expect, it } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import type { PrintReceiptResult } from '../../../shared/fees/printing'
import type { api } from '../../../shared/api'
import type { InputOf } from '../../../shared/kernel/procedure'
import { eachTest } from '../../helpers/each-test'
import { paidDeposit, prepayInput, setUpCounter, type FeesEnv } from '../../helpers/fees'

let env: FeesEnv
let receipt: ReceiptView
eachTest(setUpCounter, async (e) => {
  env = e
  receipt = await env.payOk(
    prepayInput(env, 12, '2,671.80', { payerPhone: '13912345678', tendered: '2,700', expectedTotal: '2671.80' })
  )
})

const rows = <T>(sql: string, ...params: unknown[]) => env.core.store.sqlite.prepare(sql).all(...params) as T[]
type PrintInput = InputOf<typeof api.printing.receipt>
const print = (input: Omit<PrintInput, 'template'> & Partial<PrintInput>, token = env.cashierToken) =>
  env.clientFor(token).attempt.printing.receipt({ template: 'form3', ...input })
const printOk = async (input: Parameters<typeof print>[0]) => {
  const result = await print(input)
  if (!result.ok) throw new Error(`print failed: ${result.error.code} ${result.error.message}`)
  return result.data as PrintReceiptResult
}
const registerBook = (input: InputOf<typeof api.printing.registerBook>) =>
  env.admin.attempt.printing.registerBook(input)
const cashierId = () => rows<{ id: number }>(`SELECT id FROM staff WHERE username = 'cashier1'`)[0]!.id

describe('printing a receipt', () => {
  it('the first print is copy 0 with the whole model; the next one is 补打（第1次）, counted', async () => {
    const first = await printOk({ receiptId: receipt.id })
    expect(first).toMatchObject({
      copyNumber: 0,
      template: 'form3',
      pdfFileName: 'receipt-SJ2026000001-0',
      paperNumber: null,
      printer: { name: '默认打印机', template: 'form3', default: true }
    })
    expect(first.model).toMatchObject({
      title: '收款收据',
      code: 'SJ2026000001',
      companyName: '幸福物业服务有限公司',
      estateName: '幸福家园',
      roomDisplay: '3栋2单元1502',
      payerName: '张三',
      phoneMasked: '139****5678',
      total: '2,671.80',
      totalCapital: '贰仟陆佰柒拾壹元捌角整',
      cashierName: 'cashier1',
      paymentsText: '现金 2,671.80（实收 2,700.00，找零 28.20）',
      copyMark: null,
      voidMark: null
    })
    expect(first.model.lines).toEqual([
      expect.objectContaining({
        itemName: '物业管理费',
        period: '2026.11-2027.10',
        unitPrice: '1.85',
        quantity: '120.35 ㎡×12个月',
        amount: '2,671.80'
      })
    ])

    const second = await printOk({ receiptId: receipt.id, template: 'thermal80' })
    expect(second).toMatchObject({ copyNumber: 1, template: 'thermal80', model: { copyMark: '补打（第1次）' } })
    expect(rows(`SELECT copy_number AS copy, template, pdf_file AS pdf FROM receipt_prints ORDER BY id`)).toEqual([
      { copy: 0, template: 'form3', pdf: 'receipt-SJ2026000001-0.pdf' },
      { copy: 1, template: 'thermal80', pdf: 'receipt-SJ2026000001-1.pdf' }
    ])
    const summary = await env.admin.fees.receipt({ receiptId: receipt.id })
    expect(summary.printCount).toBe(2)
  })

  it('the preview shows what the next print will be and records nothing', async () => {
    await printOk({ receiptId: receipt.id })
    const preview = await env.admin.printing.preview({ receiptId: receipt.id })
    expect(preview).toMatchObject({ nextCopyNumber: 1, model: { copyMark: '补打（第1次）' } })
    expect(rows(`SELECT id FROM receipt_prints`)).toHaveLength(1)
  })

  it('a voided receipt printed again carries 作废', async () => {
    await printOk({ receiptId: receipt.id })
    await env.cashierApi.fees.void({ receiptId: receipt.id, reason: '金额录错' })
    expect((await printOk({ receiptId: receipt.id })).model).toMatchObject({
      voidMark: '作废',
      copyMark: '补打（第1次）'
    })
  })

  it('a refund receipt is titled 退款收据 with negative amounts', async () => {
    await env.addStaff('boss', 'manager')
    const paid = await paidDeposit(env)
    const refund = await env.cashierApi.attempt.fees.refund(
      {
        receiptId: paid.id,
        deductions: [{ description: '损坏电梯轿厢', amount: '350' }],
        method: 'transfer',
        reason: '装修验收合格'
      },
      { approval: { username: 'boss', password: 'pass1234' } }
    )
    const { model } = await printOk({ receiptId: (refund as { data: ReceiptView }).data.id })
    expect(model).toMatchObject({
      title: '退款收据',
      total: '-1,650.00',
      totalCapital: '负壹仟陆佰伍拾元整',
      refersTo: `原收据 ${paid.code}`
    })
    expect(model.lines.map((l) => l.amount)).toEqual(['-2,000.00', '350.00'])
  })

  it('prints appear on the household timeline; a clerk may print, only fee administrators change printers', async () => {
    await printOk({ receiptId: receipt.id })
    await printOk({ receiptId: receipt.id })
    const timeline = await env.admin.households.timeline({ roomId: env.rooms.r3_2_1502 })
    expect(timeline.map((t) => t.summary)).toEqual(
      expect.arrayContaining(['打印收据 SJ2026000001', '补打收据 SJ2026000001（第 1 次）'])
    )
    const profile = { name: '一号前台针式', template: 'form3' as const, usePaperBooks: true, default: true }
    expect(await env.cashierApi.attempt.printing.saveProfile(profile)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await registerBook({ label: 'A', from: 1, to: 50, holderId: cashierId() })).toMatchObject({ ok: true })
    expect(
      await env.cashierApi.attempt.printing.registerBook({ label: 'B', from: 51, to: 99, holderId: cashierId() })
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('printer profiles', () => {
  it('are kept in settings with exactly one default; offsets to a tenth of a millimetre', async () => {
    expect(await env.admin.printing.profiles({})).toEqual([
      expect.objectContaining({ name: '默认打印机', default: true })
    ])
    await env.admin.printing.saveProfile({
      name: '针式',
      deviceName: 'EPSON LQ-630K',
      template: 'form3',
      offsetXmm: 1.26,
      offsetYmm: -2,
      usePaperBooks: true,
      default: true
    })
    const saved = await env.admin.printing.saveProfile({
      name: '热敏',
      deviceName: 'XP-80C',
      template: 'thermal80',
      default: true
    })
    expect(saved.map((p) => [p.name, p.default, p.offsetXmm, p.offsetYmm])).toEqual([
      ['针式', false, 1.3, -2],
      ['热敏', true, 0, 0]
    ])
    expect(
      await env.admin.attempt.printing.saveProfile({ previousName: '针式', name: '热敏', template: 'a5' })
    ).toMatchObject({ ok: false, error: { code: 'PRINTER_NAME_TAKEN', message: '已有名为“热敏”的打印设置' } })
    const renamed = await env.admin.printing.saveProfile({
      previousName: '针式',
      name: '一号针式',
      deviceName: 'EPSON LQ-630K',
      template: 'form241x140',
      offsetXmm: 0.5
    })
    expect(renamed.map((p) => p.name)).toEqual(['一号针式', '热敏'])
    const left = await env.admin.printing.removeProfile({ name: '热敏' })
    expect(left).toEqual([expect.objectContaining({ name: '一号针式', default: true })])
    expect(await printOk({ receiptId: receipt.id, template: 'form241x140' })).toMatchObject({
      printer: { name: '一号针式', deviceName: 'EPSON LQ-630K', offsetXmm: 0.5 }
    })
  })
})

describe('paper receipt books', () => {
  it('registering a book whose range overlaps another is refused', async () => {
    expect(await registerBook({ label: '2026-01 本', from: 1001, to: 1050, holderId: cashierId() })).toMatchObject({
      ok: true
    })
    expect(await registerBook({ label: '2026-02 本', from: 1050, to: 1099, holderId: cashierId() })).toMatchObject({
      ok: false,
      error: { code: 'PAPER_OVERLAP', message: '票号 1050–1099 与已登记的收据本“2026-01 本”（1001–1050）重叠' }
    })
    expect(await registerBook({ label: 'X', from: 900, to: 2000, holderId: cashierId() })).toMatchObject({
      ok: false,
      error: { code: 'PAPER_OVERLAP' }
    })
    expect(await registerBook({ label: 'Y', from: 1200, to: 1100, holderId: cashierId() })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(await registerBook({ label: '2026-02 本', from: 1051, to: 1100, holderId: cashierId() })).toMatchObject({
      ok: true
    })
  })

  it('a used number cannot be used twice, nor spoiled afterwards', async () => {
    await registerBook({ label: 'A', from: 1001, to: 1003, holderId: cashierId() })
    expect(await printOk({ receiptId: receipt.id, paperNumber: 1001 })).toMatchObject({ paperNumber: 1001 })
    expect(await print({ receiptId: receipt.id, paperNumber: 1001 })).toMatchObject({
      ok: false,
      error: { code: 'PAPER_USED', message: '纸质票号 1001 已使用，不能再次使用' }
    })
    // The refused print left nothing behind: still one print, the next copy number unchanged.
    expect(rows(`SELECT copy_number FROM receipt_prints`)).toHaveLength(1)
    expect(await env.cashierApi.attempt.printing.spoilPaper({ paperNumber: 1001, reason: '卡纸' })).toMatchObject({
      ok: false,
      error: { code: 'PAPER_USED' }
    })
    expect(await env.cashierApi.attempt.printing.spoilPaper({ paperNumber: 5000, reason: '卡纸' })).toMatchObject({
      ok: false,
      error: { code: 'PAPER_NOT_IN_BOOK' }
    })
    // A number outside every book is only written on the print record.
    expect(await printOk({ receiptId: receipt.id, paperNumber: 7777 })).toMatchObject({
      copyNumber: 1,
      paperNumber: 7777
    })
    expect(rows(`SELECT paper_number AS n FROM paper_uses`)).toEqual([{ n: 1001 }])
  })

  it('the next number is the holder’s lowest unaccounted one; skipped numbers are spoiled with the reason', async () => {
    await registerBook({ label: 'A', from: 1001, to: 1010, holderId: cashierId() })
    const next = (token = env.cashierToken) => env.clientFor(token).attempt.printing.nextPaperNumber({})
    expect(await next()).toMatchObject({ ok: true, data: { paperNumber: 1001, bookLabel: 'A' } })
    await printOk({ receiptId: receipt.id, paperNumber: 1001 })
    // The printer holds form 1004: 1002 and 1003 were torn off.
    const skipped = await env.cashierApi.printing.spoilPaper({
      paperNumber: 1002,
      throughNumber: 1003,
      reason: '打印机内为 1004 号，1002–1003 撕坏'
    })
    expect(skipped.spoiled).toEqual([1002, 1003])
    await printOk({ receiptId: receipt.id, paperNumber: 1004 })
    expect(await next()).toMatchObject({ ok: true, data: { paperNumber: 1005 } })
    expect(rows(`SELECT paper_number AS n, status, reason FROM paper_uses ORDER BY paper_number`)).toEqual([
      { n: 1001, status: 'used', reason: null },
      { n: 1002, status: 'spoiled', reason: '打印机内为 1004 号，1002–1003 撕坏' },
      { n: 1003, status: 'spoiled', reason: '打印机内为 1004 号，1002–1003 撕坏' },
      { n: 1004, status: 'used', reason: null }
    ])
    // Another clerk holds no book: nothing to suggest.
    await env.addStaff('clerk2', 'clerk')
    expect(await next(await env.signIn('clerk2', 'pass1234'))).toEqual({
      ok: true,
      data: { paperNumber: null, bookId: null, bookLabel: null }
    })
  })

  it('every number of a finished book is accounted for, used or spoiled', async () => {
    await registerBook({ label: 'A', from: 1, to: 6, holderId: cashierId() })
    await printOk({ receiptId: receipt.id, paperNumber: 1 })
    await env.cashierApi.printing.spoilPaper({ paperNumber: 2, reason: '卡纸' })
    await printOk({ receiptId: receipt.id, paperNumber: 3 })
    // A run passes over numbers already accounted for.
    expect(await env.cashierApi.printing.spoilPaper({ paperNumber: 1, throughNumber: 5, reason: '本子受潮' })).toEqual({
      spoiled: [4, 5],
      bookLabel: 'A'
    })
    await printOk({ receiptId: receipt.id, paperNumber: 6 })
    const { books } = await env.admin.printing.books({})
    expect(books).toEqual([
      expect.objectContaining({
        label: 'A',
        from: 1,
        to: 6,
        holderName: 'cashier1',
        used: 3,
        spoiled: 3,
        remaining: 0,
        nextNumber: null
      })
    ])
    const accounted = rows<{ n: number }>(`SELECT paper_number AS n FROM paper_uses ORDER BY paper_number`).map(
      (r) => r.n
    )
    expect(accounted).toEqual([1, 2, 3, 4, 5, 6])
    expect(
      await env.cashierApi.attempt.printing.spoilPaper({ paperNumber: 6, throughNumber: 7, reason: 'x' })
    ).toMatchObject({ ok: false, error: { code: 'PAPER_NOT_IN_BOOK' } })
    expect(() => env.core.store.sqlite.exec(`DELETE FROM paper_uses`)).toThrow(/append-only/)
  })
})
