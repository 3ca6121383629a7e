import { describe, expect, it } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import type { PrintReceiptResult } from '../../../shared/fees/printing'
import type { ApiResult } from '../../../shared/kernel/errors'
import { printThenRecord } from '../../../renderer/src/lib/print/print-then-record'
import { expectOk } from '../../helpers/core'
import { eachTest } from '../../helpers/each-test'
import { paidMonth, receiptJob, setUpFees, type FeesEnv } from '../../helpers/fees'

/**
 * A print is counted only once it happened: `printing.prepare` gives the page and records
 * nothing, `printing.receipt` records. Here the renderer's helper runs against the real core,
 * with the browser shell's answer ('dialog') and the clerk's 是/否 as the only stand-ins.
 */
let env: FeesEnv
let receipt: ReceiptView
eachTest(setUpFees, async (e) => {
  env = e
  receipt = await paidMonth(env)
})

const prints = () =>
  env.core.store.sqlite
    .prepare(`SELECT copy_number AS copy, paper_number AS paper FROM receipt_prints ORDER BY id`)
    .all()
const prepare = async (input: Record<string, unknown> = {}) =>
  (await env.cashierApi.attempt.printing.prepare({
    receiptId: receipt.id,
    template: 'form3',
    ...input
  })) as ApiResult<PrintReceiptResult>
const record = (input: Record<string, unknown>) =>
  env.cashierApi.attempt.printing.receipt({ receiptId: receipt.id, template: 'form3', ...input })

/** The button's path: prepare, print in the browser shell (its dialog), the clerk answers, record only on 是. */
async function printInBrowser(clerkSaysPrinted: boolean) {
  const next = expectOk(await prepare())
  return printThenRecord(receiptJob(next), {
    print: async () => ({ via: 'dialog', copyPath: `/data/prints/${next.pdfFileName}.html` }),
    confirmPrinted: async () => clerkSaysPrinted,
    record: async () => expectOk(await record({ copyNumber: next.copyNumber }))
  })
}

describe('a print is counted only when it happened', () => {
  it('preparing a print records nothing: the page is copy 0 until one is recorded', async () => {
    expect(expectOk(await prepare())).toMatchObject({
      copyNumber: 0,
      layout: 'full',
      pdfFileName: 'receipt-SJ2026000001-0',
      model: { copyMark: null }
    })
    expect(expectOk(await prepare())).toMatchObject({ copyNumber: 0 })
    expect(prints()).toEqual([])
  })

  it('a cancelled browser dialog records no copy count; the next print is still the original, then a confirmed one counts', async () => {
    expect((await printInBrowser(false)).recorded).toBeNull()
    expect(prints()).toEqual([])
    expect(expectOk(await prepare())).toMatchObject({ copyNumber: 0 })
    expect((await printInBrowser(true)).recorded).toMatchObject({ copyNumber: 0 })
    expect((await printInBrowser(true)).recorded).toMatchObject({
      copyNumber: 1,
      model: { copyMark: expect.stringContaining('补打') }
    })
    expect(prints()).toEqual([
      { copy: 0, paper: null },
      { copy: 1, paper: null }
    ])
  })

  it('a print whose copy another counter recorded meanwhile is refused, not counted twice', async () => {
    const mine = expectOk(await prepare())
    expectOk(await record({ copyNumber: 0 }))
    expect(await record({ copyNumber: mine.copyNumber })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(prints()).toEqual([{ copy: 0, paper: null }])
  })

  it('a form number already used is refused before printing, and the recorded print uses the number', async () => {
    const cashierId = (
      env.core.store.sqlite.prepare(`SELECT id FROM staff WHERE username = 'cashier1'`).get() as { id: number }
    ).id
    await env.admin.printing.registerBook({ label: 'A', from: 1001, to: 1010, holderId: cashierId })
    expect(expectOk(await prepare({ paperNumber: 1001 }))).toMatchObject({ paperNumber: 1001 })
    expectOk(await record({ paperNumber: 1001, copyNumber: 0 }))
    expect(await prepare({ paperNumber: 1001 })).toMatchObject({ ok: false, error: { code: 'PAPER_USED' } })
    expect(prints()).toEqual([{ copy: 0, paper: '1001' }])
  })
})

describe('the data-only layout (套打) of a printer profile', () => {
  it('is kept with the profile and used for its forms; the thermal roll refuses it; older profiles print the full form', async () => {
    const saved = await env.admin.printing.saveProfile({
      name: '针式套打',
      template: 'form3',
      layout: 'data',
      usePaperBooks: true,
      default: true
    })
    expect(saved).toEqual([expect.objectContaining({ name: '针式套打', layout: 'data' })])
    expect(expectOk(await prepare())).toMatchObject({ layout: 'data', printer: { layout: 'data' } })
    // The print preview of the roll from the same printer has no pre-printed form: the full layout.
    expect(expectOk(await prepare({ template: 'thermal80' }))).toMatchObject({ layout: 'full' })
    expect(
      await env.admin.attempt.printing.saveProfile({ name: '热敏', template: 'thermal80', layout: 'data' })
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { layout: '套打只用于连续纸和 A5 收据，热敏小票请选完整表格' } } }
    })
    env.core.store.sqlite.prepare(`UPDATE settings SET value = ? WHERE key = 'printerProfiles'`).run(
      JSON.stringify([
        {
          name: '旧',
          deviceName: '',
          template: 'form3',
          offsetXmm: 0,
          offsetYmm: 0,
          usePaperBooks: false,
          default: true
        }
      ])
    )
    expect(await env.admin.printing.profiles({})).toEqual([expect.objectContaining({ name: '旧', layout: 'full' })])
  })
})
