import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '../fixtures'
import { toChineseCapital } from '../../../shared/domain/money'
import dayjs from 'dayjs'
import { capturePrints, DEMO, E2E_MONTH, E2E_NOW, signIn, type CapturedPrint } from '../helpers'

const OUT = join('test-results', 'e2e', 'arrears')

// Every page the arrears page sends to the printer is kept for the test (see capturePrints).
let printed: () => Promise<CapturedPrint[]>
test.beforeEach(async ({ page }) => {
  printed = await capturePrints(page)
})

async function openArrears(page: Page) {
  await signIn(page, 'super')
  await page.getByTestId('main-nav').getByText('收费').click()
  await page.getByTestId('fees-tabs').getByRole('tab', { name: '催缴' }).click()
  await expect(page).toHaveURL(/#\/fees\/arrears$/)
  await expect(page.getByTestId('arrears-table').locator('tbody tr.ant-table-row').first()).toBeVisible()
}

async function pickOption(page: Page, select: string, option: string) {
  await page.getByTestId(select).click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
}

test('the arrears list shows the rooms owing for more than three months', async ({ page }) => {
  await openArrears(page)
  const over3 = page.getByTestId('arrears-bucket->3')
  await expect(over3).toContainText('3 个月以上')
  const rooms = Number(/(\d+)\s*户/.exec((await page.getByTestId('arrears-bucket->3-rooms').textContent()) ?? '')?.[1])
  expect(rooms).toBeGreaterThan(0)

  await pickOption(page, 'arrears-min-age', '≥ 4 个月')
  await expect(page.getByTestId('arrears-count')).toContainText(`共 ${rooms} 户`)
  const ages = await page
    .getByTestId('arrears-table')
    .locator('tbody tr.ant-table-row td:nth-child(6)')
    .allTextContents()
  expect(ages.length).toBeGreaterThan(0)
  for (const age of ages) expect(Number(/(\d+)/.exec(age)?.[1])).toBeGreaterThanOrEqual(4)
})

test('a phone reminder recorded from the list shows on the household timeline', async ({ page }) => {
  await openArrears(page)
  const row = page.getByTestId('arrears-table').locator('tbody tr.ant-table-row').first()
  const room = (await row.locator('[data-testid^="arrears-room-"]').textContent())!.trim()
  const outcome = `业主答应周五前来缴 ${Date.now() % 100000}`
  await row.getByTestId('remind-open').click()
  const dialog = page.getByTestId('remind-dialog')
  await expect(dialog).toContainText(room)
  await expect(dialog.getByRole('radio', { name: '电话' })).toBeChecked()
  await dialog.getByTestId('remind-outcome').fill(outcome)
  await dialog.getByTestId('remind-next').fill('下周一再电话确认')
  await dialog.getByTestId('remind-next').press('Enter')
  await expect(page.getByText('已记录催缴，见该户时间线')).toBeVisible()
  await expect(page.getByTestId('remind-dialog')).toHaveCount(0)

  // The list shows it as the room's last reminder; the room opens the household.
  await expect(row).toContainText(outcome)
  await row.getByTestId(`arrears-room-${room}`).click()
  await expect(page).toHaveURL(/#\/households\/\d+$/)
  await page.getByTestId('household-tabs').getByRole('tab', { name: '时间线' }).click()
  await expect(page.getByTestId('timeline')).toContainText(`电话催缴`)
  await expect(page.getByTestId('timeline')).toContainText(outcome)
})

test('this month’s payment requests print as one job, one A5 page per room, with the total in 大写', async ({
  page
}) => {
  await openArrears(page)
  await page.getByTestId('notices-open').click()
  const dialog = page.getByTestId('notices-dialog')
  const month = E2E_MONTH
  await expect(dialog.locator('input[data-testid="notices-period"], [data-testid="notices-period"] input')).toHaveValue(
    month
  )
  await pickOption(page, 'notices-building', '1')
  const summary = dialog.getByTestId('notices-summary')
  await expect(summary).toBeVisible()
  const rooms = Number(/(\d+)\s*户/.exec((await summary.textContent()) ?? '')?.[1])
  expect(rooms).toBeGreaterThan(0)
  await expect(dialog.getByTestId('notices-print')).toHaveText(new RegExp(`打印\\s*${rooms}\\s*页`))
  await dialog.getByTestId('notices-print').click()
  // Over 50 pages the print asks first with the count; after the browser's dialog the clerk says it printed.
  if (rooms > 50)
    await page
      .locator('.ant-modal-confirm')
      .filter({ hasText: `要打印 ${rooms} 页吗？` })
      .getByRole('button', { name: `打印 ${rooms} 页` })
      .click()
  await page
    .locator('.ant-modal-confirm')
    .filter({ hasText: '已打印？' })
    .getByRole('button', { name: '是，已打印' })
    .click()
  await expect(page.getByText(`已打印 ${rooms} 户付款请求书`)).toBeVisible()

  const job = (await printed()).at(-1)
  expect(job).toBeDefined()
  expect(job!.pageWidthMm).toBe(148)
  expect(job!.pageHeightMm).toBe(210)
  expect(job!.html).toContain('付款请求书')
  expect(job!.html).not.toMatch(/<script/i)

  // The page as printed: one sheet per room, and the 大写 of each total matches its figures.
  const paper = await page.context().newPage()
  await paper.setContent(job!.html)
  await expect(paper.locator('.sheet')).toHaveCount(rooms)
  const first = paper.locator('.sheet').first()
  const figures = (await first.locator('tr.total td').last().textContent())!.replace(/[^\d]/g, '')
  await expect(first.locator('[data-capital]')).toHaveText(`人民币${toChineseCapital(Number(figures))}`)
  mkdirSync(OUT, { recursive: true })
  const pdf = join(OUT, 'payment-requests.pdf')
  await paper.pdf({
    path: pdf,
    width: '148mm',
    height: '210mm',
    printBackground: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' }
  })
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(new RegExp(`Pages:\\s+${rooms}\\n`))
  // In the order the page draws it (the letter-spaced title would otherwise interleave with the line below).
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-l', '1', pdf, '-']).toString('utf8')
  expect(text).toContain('付款请求书')
  expect(text.replace(/\s+/g, '')).toContain(`合计（大写）：人民币${toChineseCapital(Number(figures))}`)
  await paper.close()
})

test('the receipt register numbers the whole series without a gap', async ({ page }) => {
  await signIn(page, 'super')
  await page.getByTestId('main-nav').getByText('报表').click()
  await page.getByTestId('reports-tabs').getByRole('tab', { name: '收据登记簿' }).click()
  await expect(page).toHaveURL(/#\/reports\/register$/)
  await expect(page.getByTestId('register-check-title')).toHaveText('连号检查：无缺号')
  await expect(page.getByTestId('register-gaps')).toHaveCount(0)
  await expect(page.getByTestId('register-check')).toContainText(/第 1 至第 \d+ 号/)
  // The rows of a range that surely has receipts (month-to-date is empty early on the 1st): last month to today.
  const dates = page.getByTestId('register-dates')
  await dates.nth(0).click()
  await dates.nth(0).fill(dayjs(E2E_NOW).subtract(1, 'month').startOf('month').format('YYYY-MM-DD'))
  await dates.nth(0).press('Enter')
  await dates.nth(1).fill(dayjs(E2E_NOW).format('YYYY-MM-DD'))
  await dates.nth(1).press('Enter')
  await expect(page.getByTestId('register-table').locator('tbody tr.ant-table-row').first()).toBeVisible()
  await expect(page.getByTestId('register-check-title')).toHaveText('连号检查：无缺号')
})

test('the books are for the ledger readers; a clerk sees a note instead', async ({ page }) => {
  await signIn(page, 'clerk1')
  await expect(page.getByTestId('main-nav')).toBeVisible()
  await page.goto(`${DEMO}#/reports/ledger`)
  await expect(page.getByTestId('ledger-forbidden')).toContainText('仅限')
  await expect(page.getByTestId('ledger-table')).toHaveCount(0)
})
