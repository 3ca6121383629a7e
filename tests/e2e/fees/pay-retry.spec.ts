import { expect, test, type Page } from '../fixtures'
import { expectWorkbench, signIn } from '../helpers'

/*
 * A payment whose answer is lost on the way back: the core took it, the page saw a network error.
 * Confirming again must answer that receipt, not take the next months a second time.
 */
async function openFees(page: Page, room: string) {
  await page.getByTestId('main-nav').getByText('收费').click()
  const input = page.getByPlaceholder(/输入房号/)
  await input.fill(room)
  await input.press('Enter')
  await expect(page.getByTestId('fees-room-title')).toBeVisible()
}

/** Two months prepaid in cash (the amount follows the total), nothing owed ticked: what a retry used to take twice. */
async function prepayTwoMonths(page: Page) {
  await page
    .getByTestId('unpaid')
    .getByRole('checkbox')
    .first()
    .uncheck()
    .catch(() => undefined)
  await page.locator('input[data-testid^="prepay-"], [data-testid^="prepay-"] input').first().fill('2')
}

/** The first fees.pay reaches the core, then its answer is dropped; the receipt code it carried is kept. */
async function loseFirstAnswer(page: Page): Promise<{ code: () => string | null }> {
  let code: string | null = null
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { procedure: string }
    if (body.procedure !== 'fees.pay' || code !== null) return route.continue()
    const response = await route.fetch()
    code = ((await response.json()) as { data: { code: string } }).data.code
    await route.abort('failed')
  })
  return { code: () => code }
}

async function confirm(page: Page) {
  await page.keyboard.press('F9')
  await expect(page.getByTestId('pay-confirm')).toBeFocused()
  await page.keyboard.press('Enter')
}

const receiptRows = (page: Page) => page.getByTestId('room-receipts').locator('tbody tr.ant-table-row')

test('a retry after a lost answer gets the same receipt, not a second one for the next months', async ({ page }) => {
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  await openFees(page, '2-1-102')
  await prepayTwoMonths(page)
  const before = await receiptRows(page).count()
  const lost = await loseFirstAnswer(page)
  await confirm(page)
  await expect(page.locator('.ant-message-error')).toBeVisible()
  await expect(page.getByTestId('pay-confirm')).toBeHidden()
  expect(lost.code()).toMatch(/^SJ\d{10}$/)

  await confirm(page)
  await expect(page.getByTestId('receipt-result')).toContainText(`收款成功，收据号 ${lost.code()}`)
  await page.keyboard.press('Escape')
  await expect(receiptRows(page)).toHaveCount(before + 1)
})

test('changed after a lost answer: nothing is taken twice, and the clerk is told to look at the receipts', async ({
  page
}) => {
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  await openFees(page, '2-1-103')
  await prepayTwoMonths(page)
  const before = await receiptRows(page).count()
  const lost = await loseFirstAnswer(page)
  await confirm(page)
  await expect(page.locator('.ant-message-error')).toBeVisible()
  expect(lost.code()).toMatch(/^SJ\d{10}$/)

  await page.getByTestId('payer-name').fill('另一位缴费人')
  await page.getByTestId('pay-submit').click()
  await page.getByTestId('pay-confirm').click()
  await expect(page.getByText('这笔收款此前已经办理成功，没有重复收款')).toBeVisible()
  await expect(page.getByTestId('receipt-result')).toHaveCount(0)
  await expect(receiptRows(page)).toHaveCount(before + 1)
  await expect(page.getByTestId('room-receipts')).toContainText(lost.code()!)
})
