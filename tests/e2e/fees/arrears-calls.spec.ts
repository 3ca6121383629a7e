import { join } from 'node:path'
import { expect, test, type Page } from '../fixtures'
import { expectWorkbench, signIn } from '../helpers'

const OUT = join('test-results', 'e2e', 'arrears-calls')

/** The clerk's 工作台 with the call list read. */
async function openCalls(page: Page) {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  const card = page.getByTestId('arrears-calls')
  await expect(card).toContainText('今日催缴')
  await expect(card.locator('[data-testid^="arrears-call-"]').first()).toBeVisible()
  return card
}

const callLines = (page: Page) => page.getByTestId('arrears-calls').locator('.ant-list-item')
const totalOf = async (page: Page) =>
  Number(/共\s*(\d+)\s*户/.exec((await page.getByTestId('arrears-calls-total').textContent()) ?? '')?.[1])

test('the clerk’s 工作台 lists today’s arrears calls, largest debt first, and reveals the phone for the call', async ({
  page
}) => {
  const card = await openCalls(page)
  await page.setViewportSize({ width: 1440, height: 1000 })
  await card.screenshot({ path: join(OUT, 'card.png') })
  const lines = callLines(page)
  const count = await lines.count()
  expect(count).toBeGreaterThan(0)
  expect(count).toBeLessThanOrEqual(8)
  expect(await totalOf(page)).toBeGreaterThanOrEqual(count)
  const amounts = (await lines.locator('text=/^¥/').allTextContents()).map((a) => Number(a.replace(/[¥,]/g, '')))
  expect(amounts).toHaveLength(count)
  expect([...amounts].sort((a, b) => b - a)).toEqual(amounts)

  // The eye reveals the number for the clerk (audited) and does not open the household.
  const first = lines.first()
  await first.getByTestId('arrears-call-phone').getByTestId('reveal').click()
  await expect(first.getByTestId('revealed')).toHaveText(/^[\d-]{7,}$/)
  await expect(page).not.toHaveURL(/households/)

  await first.click()
  await expect(page).toHaveURL(/#\/households\/\d+$/)
})

test('a call recorded from the card takes the room off the list; 共 N 户 opens the arrears page', async ({ page }) => {
  await openCalls(page)
  const total = await totalOf(page)
  const first = callLines(page).first()
  const room = (await first.getAttribute('data-testid'))!.replace('arrears-call-', '')
  await first.getByTestId('arrears-call-remind').click()
  const dialog = page.getByTestId('remind-dialog')
  await expect(dialog).toContainText(room)
  await expect(dialog.getByRole('radio', { name: '电话' })).toBeChecked()
  await dialog.getByTestId('remind-outcome').fill('业主答应本周内来缴')
  await dialog.getByTestId('remind-outcome').press('Enter')
  await expect(page.getByText('已记录催缴，见该户时间线')).toBeVisible()
  await expect(page.getByTestId(`arrears-call-${room}`)).toHaveCount(0)
  await expect(page.getByTestId('arrears-calls-total')).toHaveText(`共 ${total - 1} 户`)
  await expect(page).not.toHaveURL(/households/)

  await page.getByTestId('arrears-calls-total').click()
  await expect(page).toHaveURL(/#\/fees\/arrears$/)
  await expect(page.getByTestId('arrears-page')).toBeVisible()
})
