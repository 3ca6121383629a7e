import { expect, test, type Page } from '../fixtures'
import { expectWorkbench, signIn, pickOption } from '../helpers'

async function openFees(page: Page, room: string) {
  await page.getByTestId('main-nav').getByText('收费').click()
  const input = page.getByPlaceholder(/输入房号/)
  await input.fill(room)
  await input.press('Enter')
  await expect(page.getByTestId('fees-room-title')).toBeVisible()
}

const money = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''))

test('twelve months of property fee paid in cash with change, keyboard first', async ({ page }) => {
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  await openFees(page, '2-1-101')
  // Clear what is owed, prepay twelve months.
  await page
    .getByTestId('unpaid')
    .getByRole('checkbox')
    .first()
    .uncheck()
    .catch(() => undefined)
  const prepay = page.locator('input[data-testid^="prepay-"], [data-testid^="prepay-"] input').first()
  await prepay.fill('12')
  const total = money(await page.getByTestId('fees-total').textContent())
  expect(total).toBeGreaterThan(0)
  await page.getByTestId('tendered').fill(String(Math.ceil(total / 100) * 100))
  await expect(page.getByTestId('change')).toContainText('找零')
  await page.keyboard.press('F9')
  await expect(page.getByTestId('pay-confirm')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('receipt-result')).toContainText(/收款成功，收据号 SJ\d{10}/)
  await expect(page.getByTestId('receipt-result')).toContainText('至')
  await page.getByTestId('next-payment').click()
  await expect(page.getByTestId('room-receipts')).toContainText('有效')
})

test('a split payment, and a double click makes one receipt', async ({ page }) => {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await openFees(page, '3-2-1502')
  await page
    .getByTestId('unpaid')
    .getByRole('checkbox')
    .first()
    .uncheck()
    .catch(() => undefined)
  await page.locator('input[data-testid^="prepay-"], [data-testid^="prepay-"] input').first().fill('2')
  const total = money(await page.getByTestId('fees-total').textContent())
  await page.getByTestId('amount-0').fill('100')
  await page.getByTestId('split').click()
  await expect(page.getByTestId('amount-1')).toHaveValue((total - 100).toFixed(2))
  const before = await page.getByTestId('room-receipts').getByRole('row').count()
  await page.getByTestId('pay-submit').click()
  await page.getByTestId('pay-confirm').dblclick()
  await expect(page.getByTestId('receipt-result')).toContainText('收款成功')
  await expect(page.getByTestId('receipt-result')).toContainText('微信')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('room-receipts').getByRole('row')).toHaveCount(before + 1)
})

test('a void by another clerk needs a supervisor; a deposit refund needs the manager', async ({ page }) => {
  await signIn(page, 'clerk2')
  await expectWorkbench(page)
  await openFees(page, '1-1-102')
  // A renovation deposit, paid by transfer.
  await page.getByTestId('add-charge').click()
  await pickOption(page, 'charge-item', '装修保证金')
  await page.getByTestId('charge-amount').fill('2000')
  await page
    .getByTestId('charge-dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click()
  await page
    .getByTestId('unpaid')
    .getByRole('row', { name: /装修保证金/ })
    .getByRole('checkbox')
    .check()
  await page.getByTestId('method-0').click()
  await page.getByTitle('转账').click()
  await page.getByTestId('pay-submit').click()
  await page.getByTestId('pay-confirm').click()
  await expect(page.getByTestId('receipt-result')).toContainText('收款成功')
  await page.getByTestId('next-payment').click()

  // Refund the deposit less a deduction: the manager approves on the spot.
  await page.getByTestId('room-receipts').getByTestId('refund-open').first().click()
  const dialog = page.getByTestId('refund-dialog')
  await dialog.getByRole('button', { name: /增加扣款/ }).click()
  await dialog.getByPlaceholder('扣款事项').fill('损坏楼道墙面')
  await dialog.getByPlaceholder('扣款金额').fill('200')
  await dialog.getByLabel('退款说明').fill('装修验收合格')
  await expect(dialog).toContainText('实退金额 ¥1,800.00')
  await dialog.getByRole('button', { name: /退押金/ }).click()
  await expect(page.getByRole('dialog', { name: /需要现场审批/ })).toContainText('管理处主任')
  await page.getByTestId('approval-username').fill('manager')
  await page.getByTestId('approval-password').fill('demo1234')
  await page.getByTestId('approval-password').press('Enter')
  await expect(page.getByText(/退款收据 SJ\d{10} 已开具/)).toBeVisible()
  await expect(page.getByTestId('room-receipts')).toContainText('退款')

  // clerk1 voids a receipt clerk2 issued: a supervisor must approve.
  await page.getByTestId('user-menu').click()
  await page.getByText('退出登录').click()
  await signIn(page, 'clerk1')
  await openFees(page, '1-1-102')
  // The refund was issued by clerk2: clerk1 voiding it needs a supervisor on the spot.
  const refund = page.getByTestId('room-receipts').getByRole('row').filter({ hasText: '退款' })
  await refund.getByTestId('void-open').click()
  await expect(page.getByTestId('void-dialog')).toContainText('需要客服主管或管理处主任现场审批')
  await page.getByTestId('void-reason').fill('扣款金额有误，重新办理')
  await page
    .getByTestId('void-dialog')
    .getByRole('button', { name: /作\s*废/ })
    .click()
  await expect(page.getByRole('dialog', { name: /需要现场审批/ })).toBeVisible()
  await page.getByTestId('approval-username').fill('super')
  await page.getByTestId('approval-password').fill('demo1234')
  await page.getByTestId('approval-password').press('Enter')
  await expect(page.getByText(/收据 SJ\d{10} 已作废/)).toBeVisible()
  await expect(refund).toContainText('作废')
})

test('a room that owes: twelve months prepaid in cash with change in six keyboard actions', async ({ page }) => {
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  await openFees(page, '1-1-1303')
  // The room owes: its bills are ticked, and the page has put the cursor in the months field.
  await expect(page.getByTestId('unpaid').locator('tbody tr.ant-table-row').first()).toBeVisible()
  const owed = money(await page.getByTestId('fees-total').textContent())
  expect(owed).toBeGreaterThan(0)
  await expect(page.getByText('实收现金（F8）')).toBeVisible()
  let actions = 0
  const act = async (step: () => Promise<void>) => {
    actions += 1
    await step()
  }
  await act(() => page.keyboard.type('12'))
  await expect.poll(async () => money(await page.getByTestId('fees-total').textContent())).toBeGreaterThan(owed)
  const total = money(await page.getByTestId('fees-total').textContent())
  const tendered = Math.ceil((total + 1) / 100) * 100
  await act(() => page.keyboard.press('F8'))
  await expect(page.getByTestId('tendered')).toBeFocused()
  await act(() => page.keyboard.type(String(tendered)))
  await expect(page.getByTestId('change')).toHaveText(
    `找零 ¥${(tendered - total).toLocaleString('en-US', { minimumFractionDigits: 2 })}`
  )
  await act(() => page.keyboard.press('F9'))
  await expect(page.getByTestId('pay-confirm')).toBeFocused()
  await act(() => page.keyboard.press('Enter'))
  const result = page.getByTestId('receipt-result')
  await expect(result).toContainText(/收款成功，收据号 SJ\d{10}/)
  await expect(result).toContainText('找零')
  // The sixth action is Enter on 打印收据, which has the focus (not the dialog's ×).
  await expect(result.getByTestId('print-receipt')).toBeFocused()
  expect(actions + 1).toBeLessThanOrEqual(6)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('unpaid')).toContainText('没有未缴费用')
})

test('a wrong amount is named under its field as it is typed, and F9 says why it cannot go on', async ({ page }) => {
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  await openFees(page, '1-1-101')
  const amount = page.getByTestId('amount-0')
  const cases: [string, string][] = [
    ['-100', '金额不能为负数'],
    ['abc', '金额不是数字（例如 1,234.50）'],
    ['1e5', '金额不是数字（例如 1,234.50）'],
    ['12.345', '金额最多两位小数（到分）']
  ]
  for (const [typed, said] of cases) {
    await amount.fill(typed)
    await expect(page.getByTestId('payment-form')).toContainText(said)
  }
  await expect(page.getByTestId('pay-submit')).toBeDisabled()
  await page.keyboard.press('F9')
  await expect(page.getByText('还不能收款：支付金额有误，见标红处')).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // Back to the amount owed: the message goes; then a bad 实收现金 and no payer.
  await amount.fill(String(money(await page.getByTestId('fees-total').textContent())))
  await expect(page.getByTestId('payment-form')).not.toContainText('金额最多两位小数（到分）')
  await page.getByTestId('tendered').fill('12.345')
  await expect(page.getByTestId('payment-form')).toContainText('金额最多两位小数（到分）')
  await page.getByTestId('payer-name').fill('')
  await page.keyboard.press('F9')
  await expect(page.getByText('还不能收款：请填写缴费人；实收现金金额有误')).toBeVisible()
})

test('a registered deposit is ticked; deductions above it are refused as typed; once refunded it has no 作废', async ({
  page
}) => {
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  await openFees(page, '1-1-303')
  await page.getByTestId('add-charge').click()
  await pickOption(page, 'charge-item', '装修保证金')
  await page.getByTestId('charge-amount').fill('20.001')
  await expect(page.getByTestId('charge-dialog')).toContainText('金额最多两位小数（到分）')
  await page.getByTestId('charge-amount').fill('2000')
  await page
    .getByTestId('charge-dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click()
  const row = page.getByTestId('unpaid').getByRole('row', { name: /装修保证金/ })
  await expect(row.getByRole('checkbox')).toBeChecked()
  await expect(page.getByTestId('fees-total')).toContainText('2,000.00')
  await page.getByTestId('method-0').click()
  await page.getByTitle('转账').click()
  await page.getByTestId('pay-submit').click()
  await page.getByTestId('pay-confirm').click()
  await expect(page.getByTestId('receipt-result')).toContainText('收款成功')
  await page.keyboard.press('Escape')

  const deposit = page.getByTestId('room-receipts').getByRole('row').filter({ hasText: '2,000.00' })
  await expect(deposit.getByTestId('void-open')).toBeVisible()
  await deposit.getByTestId('refund-open').click()
  const dialog = page.getByTestId('refund-dialog')
  await dialog.getByRole('button', { name: /增加扣款/ }).click()
  await dialog.getByPlaceholder('扣款事项').fill('损坏楼道墙面')
  await dialog.getByPlaceholder('扣款金额').fill('3000')
  await expect(dialog.getByTestId('refund-exceeds')).toHaveText('扣款合计 3,000.00 元超过押金 2,000.00 元')
  await expect(dialog).not.toContainText('实退金额 ¥-')
  await expect(dialog.getByRole('button', { name: /退押金/ })).toBeDisabled()
  await dialog.getByPlaceholder('扣款金额').fill('abc')
  await expect(dialog).toContainText('金额不是数字（例如 1,234.50）')
  await dialog.getByPlaceholder('扣款金额').fill('200')
  await dialog.getByLabel('退款说明').fill('装修验收合格')
  await expect(dialog).toContainText('实退金额 ¥1,800.00')
  await dialog.getByRole('button', { name: /退押金/ }).click()
  await page.getByTestId('approval-username').fill('manager')
  await page.getByTestId('approval-password').fill('demo1234')
  await page.getByTestId('approval-password').press('Enter')
  await expect(page.getByText(/退款收据 SJ\d{10} 已开具/)).toBeVisible()
  // The refunded deposit can be voided only after its refund: no 作废 beside it, only beside the refund.
  const refund = page.getByTestId('room-receipts').getByRole('row').filter({ hasText: '退款' })
  await expect(refund.getByTestId('void-open')).toBeVisible()
  await expect(deposit).toContainText('有效')
  await expect(deposit.getByTestId('void-open')).toHaveCount(0)
  await expect(deposit.getByTestId('refund-open')).toHaveCount(0)
})
