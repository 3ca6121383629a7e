import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { toChineseCapital } from '../../shared/domain/money'
import { DEMO, signIn } from './helpers'

const OUT = join('test-results', 'e2e', 'receipts')

interface Paid {
  id: number
  code: string
  totalFen: number
}

/** A fresh receipt taken through the real API from the signed-in page: one prepaid month of the first item a room can prepay. */
async function payOneMonth(page: Page): Promise<Paid> {
  return page.evaluate(async () => {
    const session = sessionStorage.getItem('frontdesk.session') ?? undefined
    const call = async (name: string, input: unknown, mutation = false) => {
      // The page's window (this function runs in the browser; the test project has no DOM types).
      const result = await (globalThis as any).frontdesk.call(name, input, { session, ...(mutation ? { requestId: crypto.randomUUID() } : {}) })
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.data as any
    }
    const recent = await call('fees.receipts', { limit: 50 })
    for (const { roomId } of recent) {
      const account = await call('fees.account', { roomId })
      const item = account.prepayable[0]
      if (!item) continue
      const fen: number = item.monthlyFen
      const amount = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
      const receipt = await call('fees.pay', { roomId, prepay: [{ itemId: item.itemId, months: 1 }], payerName: '王五', payerPhone: '13912345678', payments: [{ method: 'cash', amount }], tendered: amount, expectedTotal: amount }, true)
      return { id: receipt.id, code: receipt.code, totalFen: receipt.totalFen }
    }
    throw new Error('no room with a prepayable item in the demo data')
  })
}

/** The receipt page as it is printed, saved as PDF at the page's own size; its text read back with pdftotext. */
async function printedText(page: Page, receiptId: number, template: string): Promise<{ text: string; widthMm: number; heightMm: number }> {
  await page.goto(`${DEMO}#/print-preview/${receiptId}?template=${template}`)
  await page.waitForSelector('html[data-print-ready="true"]')
  const html = page.locator('html')
  const size = { widthMm: Number(await html.getAttribute('data-page-width-mm')), heightMm: Number(await html.getAttribute('data-page-height-mm')) }
  mkdirSync(OUT, { recursive: true })
  const pdf = join(OUT, `receipt-${template}.pdf`)
  await page.pdf({ path: pdf, width: `${size.widthMm}mm`, height: `${size.heightMm}mm`, printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } })
  // A PNG beside the PDF, for a person to look at.
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')])
  const info = execFileSync('pdfinfo', [pdf]).toString()
  expect(info).toMatch(/Pages:\s+1\n/)
  return { text: execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8'), ...size }
}

test('a receipt prints on the 241 × 93.1 mm three-part form: title, number and 大写 read back from the PDF', async ({ page }) => {
  await signIn(page, 'cashier')
  await expect(page.getByTestId('header-staff')).toBeVisible()
  const receipt = await payOneMonth(page)

  const form = await printedText(page, receipt.id, 'form3')
  expect(form).toMatchObject({ widthMm: 241, heightMm: 93.1 })
  const flat = form.text.replace(/\s+/g, '')
  expect(flat).toContain('收款收据')
  expect(flat).toContain(receipt.code)
  expect(flat).toContain(`合计人民币（大写）：${toChineseCapital(receipt.totalFen)}`)
  expect(flat).toContain('第一联存根联')
  expect(flat).toContain('交款人：王五')
  expect(flat).toContain('电话：139****5678')
  // Nothing was recorded by the preview: the next print would still be the original.
  expect(flat).not.toContain('补打')
})

test('the thermal roll is as long as its content', async ({ page }) => {
  await signIn(page, 'cashier')
  await expect(page.getByTestId('header-staff')).toBeVisible()
  const receipt = await payOneMonth(page)
  const roll = await printedText(page, receipt.id, 'thermal80')
  expect(roll.widthMm).toBe(80)
  expect(roll.heightMm).toBeGreaterThan(80)
  expect(roll.heightMm).toBeLessThan(200)
  const flat = roll.text.replace(/\s+/g, '')
  expect(flat).toContain('收款收据')
  expect(flat).toContain(receipt.code)
  expect(flat).toContain(`大写：${toChineseCapital(receipt.totalFen)}`)
})
