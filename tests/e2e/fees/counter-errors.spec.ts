import { expect, test, type Page } from '../fixtures'
import { expectWorkbench, signIn } from '../helpers'

// 1-1-101 owes in the demo; its 物业管理费 is 148.79 a month, so 1.5 months was 22318.5 fen.
const ROOM = '1-1-101'

async function openFees(page: Page, room: string) {
  await page.getByTestId('main-nav').getByText('收费').click()
  const input = page.getByPlaceholder(/输入房号/)
  await input.fill(room)
  await input.press('Enter')
}

const months = (page: Page) => page.locator('[data-testid^="prepay-"]:not([data-testid^="prepay-error"])').first()

test('1.5 months gets a message under the field, never a white screen; nothing is computed from it', async ({
  page
}) => {
  const faults: string[] = []
  page.on('pageerror', (e) => faults.push(e.message))
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  await openFees(page, ROOM)
  await expect(page.getByTestId('fees-room-title')).toBeVisible()
  const owed = await page.getByTestId('fees-total').textContent()
  await months(page).click()
  await page.keyboard.type('1.5')
  await expect(page.getByText('请输入整月数：1–36 个月（不预交请留空）')).toBeVisible()
  await expect(page.getByTestId('fees-total')).toHaveText(owed!)
  await expect(page.getByTestId('pay-submit')).toBeDisabled()
  // F9 says why instead of doing nothing.
  await page.keyboard.press('F9')
  await expect(page.getByText('还不能收款：预交月数须为整月')).toBeVisible()
  for (const bad of ['37', '-1', 'abc']) {
    await months(page).fill(bad)
    await expect(page.getByText('请输入整月数：1–36 个月（不预交请留空）')).toBeVisible()
  }
  await months(page).fill('2')
  await expect(page.getByText('请输入整月数：1–36 个月（不预交请留空）')).toHaveCount(0)
  await expect(page.getByTestId('fees-total')).not.toHaveText(owed!)
  await expect(page.getByTestId('page-error')).toHaveCount(0)
  expect(faults).toEqual([])
})

test('a page that fails shows its own message with 重试; the header, search and menu keep working', async ({
  page
}) => {
  const logged: string[] = []
  page.on('console', (m) => m.type() === 'error' && logged.push(m.text()))
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  // A fault from outside the page's own checks: the account arrives with an amount that is not
  // whole fen (what 1.5 months used to produce), and drawing it throws the same RangeError.
  let corrupt = true
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { procedure: string }
    if (!corrupt || body.procedure !== 'fees.account') return route.continue()
    const response = await route.fetch()
    const answer = (await response.json()) as { ok: boolean; data: { unpaid: { amountFen: number }[] } }
    answer.data.unpaid[0]!.amountFen = 22318.5
    await route.fulfill({ response, json: answer })
  })
  await openFees(page, ROOM)
  const error = page.getByTestId('page-error')
  await expect(error).toContainText('此页面出错了')
  await expect(error).toContainText('an amount must be a safe integer of fen')
  await expect(page.getByTestId('page-error-retry')).toBeFocused()
  expect(logged.some((l) => l.includes('[page]') && l.includes('RangeError'))).toBe(true)
  // The shell around the page is intact.
  await expect(page.getByTestId('header-staff')).toBeVisible()
  await expect(page.getByTestId('main-nav')).toBeVisible()

  // 重试 while the fault persists fails again, visibly; once it is gone the page comes back.
  await page.getByTestId('page-error-retry').click()
  await expect(error).toBeVisible()
  corrupt = false
  await page.getByTestId('page-error-retry').click()
  await expect(page.getByTestId('fees-room-title')).toBeVisible()
  await expect(error).toHaveCount(0)

  // Failing again, the search leads elsewhere and the menu back: each opens afresh.
  corrupt = true
  await openFees(page, ROOM)
  await expect(error).toBeVisible()
  await page.keyboard.press('F3')
  await page.getByTestId('global-search').fill('3-2-1502')
  await expect(page.getByTestId('search-hit').first()).toContainText('3栋2单元1502')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('household-room')).toHaveText('3栋2单元1502')
  await expect(error).toHaveCount(0)
  corrupt = false
  await openFees(page, ROOM)
  await expect(page.getByTestId('fees-room-title')).toBeVisible()
})
