import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { expect, test, type Page } from '../fixtures'
import { toChineseCapital } from '../../../shared/domain/money'
import { dataDir, DEMO, signIn } from '../helpers'

const OUT = join('test-results', 'e2e', 'receipts')

interface Paid {
  id: number
  code: string
  totalFen: number
  roomCode: string
}

/** A fresh receipt taken through the real API from the signed-in page: one prepaid month of the first item a room can prepay. */
async function payOneMonth(page: Page): Promise<Paid> {
  return page.evaluate(async () => {
    const session = sessionStorage.getItem('frontdesk.session') ?? undefined
    const call = async (name: string, input: unknown, mutation = false) => {
      // The page's window (this function runs in the browser; the test project has no DOM types).
      const result = await (globalThis as any).frontdesk.call(name, input, {
        session,
        ...(mutation ? { requestId: crypto.randomUUID() } : {})
      })
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
      const receipt = await call(
        'fees.pay',
        {
          roomId,
          prepay: [{ itemId: item.itemId, months: 1 }],
          payerName: '王五',
          payerPhone: '13912345678',
          payments: [{ method: 'cash', amount }],
          tendered: amount,
          expectedTotal: amount
        },
        true
      )
      return { id: receipt.id, code: receipt.code, totalFen: receipt.totalFen, roomCode: receipt.roomCode }
    }
    throw new Error('no room with a prepayable item in the demo data')
  })
}

/** The receipt page as it is printed, saved as PDF at the page's own size; its text read back with pdftotext. */
async function printedText(
  page: Page,
  receiptId: number,
  template: string
): Promise<{ text: string; widthMm: number; heightMm: number }> {
  await page.goto(`${DEMO}#/print-preview/${receiptId}?template=${template}`)
  await page.waitForSelector('html[data-print-ready="true"]')
  const html = page.locator('html')
  const size = {
    widthMm: Number(await html.getAttribute('data-page-width-mm')),
    heightMm: Number(await html.getAttribute('data-page-height-mm'))
  }
  mkdirSync(OUT, { recursive: true })
  const pdf = join(OUT, `receipt-${template}.pdf`)
  await page.pdf({
    path: pdf,
    width: `${size.widthMm}mm`,
    height: `${size.heightMm}mm`,
    printBackground: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' }
  })
  // A PNG beside the PDF, for a person to look at.
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')])
  const info = execFileSync('pdfinfo', [pdf]).toString()
  expect(info).toMatch(/Pages:\s+1\n/)
  return { text: execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8'), ...size }
}

test('a receipt prints on the 241 × 93.1 mm three-part form: title, number and 大写 read back from the PDF', async ({
  page
}) => {
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

interface Word {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}
const PT_PER_MM = 72 / 25.4

/** The receipt as the preview prints it in one layout, to PDF (and a PNG beside it for a person to look at). */
async function layoutPdf(page: Page, receiptId: number, layout: 'full' | 'data'): Promise<string> {
  // The preview replaces the whole document: leave and come back for each layout (the session stays with the tab).
  await page.goto('about:blank')
  await page.goto(`${DEMO}#/print-preview/${receiptId}?template=form3&layout=${layout}`)
  await page.waitForSelector('html[data-print-ready="true"]')
  mkdirSync(OUT, { recursive: true })
  const pdf = join(OUT, `receipt-form3-${layout}.pdf`)
  await page.pdf({
    path: pdf,
    width: '241mm',
    height: '93.1mm',
    printBackground: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' }
  })
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')])
  return pdf
}

/** Every word of the PDF with its box in points, from `pdftotext -bbox`. */
function wordsOf(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-']).toString('utf8')
  const unescape = (t: string) =>
    t
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)
  ].map((m) => ({
    text: unescape(m[5]!),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4])
  }))
}

test('套打: the data-only layout prints only the values, each where the full form prints it (within 1 mm)', async ({
  page
}) => {
  await signIn(page, 'cashier')
  await expect(page.getByTestId('header-staff')).toBeVisible()
  const receipt = await payOneMonth(page)
  const full = wordsOf(await layoutPdf(page, receipt.id, 'full'))
  const data = wordsOf(await layoutPdf(page, receipt.id, 'data'))

  const dataText = data.map((w) => w.text).join('')
  for (const absent of ['收款收据', receipt.code, '存根联', '收费项目', '交款人', '合计人民币'])
    expect(dataText).not.toContain(absent)
  expect(dataText).toContain(toChineseCapital(receipt.totalFen))
  expect(dataText).toContain('王五')
  expect(data.length).toBeGreaterThanOrEqual(10)

  // A value printed after its label on the full form ends where the label-and-value word ends;
  // on the same line (top within 1 mm) and with the same end (within 1 mm).
  let worst = 0
  for (const w of data) {
    const match = full
      .filter((f) => f.text.endsWith(w.text) && Math.abs(f.yMin - w.yMin) < PT_PER_MM)
      .sort((a, b) => Math.abs(a.xMax - w.xMax) - Math.abs(b.xMax - w.xMax))[0]
    expect(match, `“${w.text}” of the data-only print is not on the full form`).toBeDefined()
    const off =
      Math.max(Math.abs(match!.xMax - w.xMax), Math.abs(match!.yMin - w.yMin), Math.abs(match!.yMax - w.yMax)) /
      PT_PER_MM
    expect(off, `“${w.text}” is ${off.toFixed(2)} mm away from where the full form prints it`).toBeLessThan(1)
    worst = Math.max(worst, off)
  }
  console.log(`[套打] ${data.length} values compared; largest offset from the full form ${worst.toFixed(3)} mm`)
})

test('in the browser shell a receipt counts as printed only when the clerk says so, and every job is kept in prints/', async ({
  page
}) => {
  await signIn(page, 'cashier')
  await expect(page.getByTestId('header-staff')).toBeVisible()
  const receipt = await payOneMonth(page)
  await page.getByTestId('main-nav').getByText('收费').click()
  const input = page.getByPlaceholder(/输入房号/)
  await input.fill(receipt.roomCode)
  await input.press('Enter')
  const row = page.getByTestId('room-receipts').locator('tr', { hasText: receipt.code })
  const button = row.getByTestId('print-receipt')
  await expect(button).toHaveText(/打印收据/)

  const copy = join(dataDir('demo'), 'prints', `receipt-${receipt.code}-0.html`)
  await button.click()
  const ask = page.locator('.ant-modal-confirm').filter({ hasText: '已打印？' })
  await ask.getByRole('button', { name: '否，没有打印' }).click()
  await expect(page.getByText(`未打印，不计次数；收据 ${receipt.code} 可以重新打印`)).toBeVisible()
  // The job went to the shell before the dialog: its page is in the data folder.
  expect(existsSync(copy)).toBe(true)
  expect(readFileSync(copy, 'utf8')).toContain(receipt.code)
  // Not counted: printing again is still the original, not 补打.
  await expect(button).toHaveText(/打印收据/)

  await button.click()
  await ask.getByRole('button', { name: '是，已打印' }).click()
  await expect(
    page.getByText(new RegExp(`已打印收据 ${receipt.code}；打印副本：.*receipt-${receipt.code}-0\\.html`))
  ).toBeVisible()
  await expect(button).toHaveText(/补打/)
})
