import { describe, expect, it } from 'vitest'
import { receiptPage, receiptTestJob } from '../../../../renderer/src/features/fees/paper/receipt-templates'
import { buildReceiptPrintModel, sampleReceiptView } from '../../../../shared/fees/receipt-model'
import type { PrinterProfile } from '../../../../shared/fees/printing'

const model = buildReceiptPrintModel(sampleReceiptView(), {
  companyName: '幸福物业服务有限公司',
  estateName: '幸福家园',
  roomDisplay: '3栋2单元1502',
  cashierName: '李收银',
  copyNumber: 0
})
/** The text that would be painted: markup, the style sheet and hidden labels left out. */
const painted = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<span class="label">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')

describe('套打: the data-only layout of a form', () => {
  it('prints the values, not the form: no title, number, company heading, column headings, grid or legend', () => {
    const full = receiptPage(model, 'form3').html
    const data = receiptPage(model, 'form3', undefined, 'data').html
    expect(full).toContain('收款收据')
    expect(full).toContain(`No. ${model.code}`)
    expect(full).toContain('存根联')
    expect(full).toContain('class="abs grid"')
    const text = painted(data)
    for (const absent of ['收款收据', model.code, '存根联', '收费项目', '金额（元）', '交款人'])
      expect(text).not.toContain(absent)
    expect(data).not.toContain('class="abs grid"')
    expect(data).toContain('class="page bare"')
    for (const value of [
      model.payerName,
      model.roomDisplay,
      model.totalCapital,
      model.totalWithSymbol,
      model.lines[0]!.amount,
      model.cashierName
    ])
      expect(text).toContain(value)
  })

  it('the A5 form drops its number on pre-printed paper; the thermal roll has no data-only layout', () => {
    expect(painted(receiptPage(model, 'a5', undefined, 'data').html)).not.toContain(model.code)
    expect(receiptPage(model, 'thermal80', undefined, 'data').html).not.toContain('class="page bare"')
  })

  it('the test page shows both layouts, the profile’s own first, each marked', () => {
    const profile: PrinterProfile = {
      name: '针式',
      deviceName: '',
      template: 'form3',
      layout: 'data',
      offsetXmm: 1.5,
      offsetYmm: -2,
      usePaperBooks: true,
      default: true
    }
    const html = receiptTestJob(
      profile,
      { companyName: '幸福物业', estateName: '幸福家园' },
      '2026-06-15T02:00:00.000Z'
    ).html
    const pages = [...html.matchAll(/class="(page(?: bare)?)" data-template="form3" data-layout="(\w+)"/g)].map(
      (m) => m[2]
    )
    expect(pages).toEqual(['data', 'full'])
    expect(html.indexOf('打印测试 套打 X+1.5 Y-2.0')).toBeLessThan(html.indexOf('打印测试 完整表格 X+1.5 Y-2.0'))
    const thermal = receiptTestJob(
      { ...profile, template: 'thermal80', layout: 'full' },
      { companyName: '', estateName: '' },
      '2026-06-15T02:00:00.000Z'
    ).html
    expect(thermal).toContain('打印测试 X+1.5 Y-2.0')
  })
})
