import { expect, test } from '../fixtures'
import { DEMO, expectWorkbench, signIn } from '../helpers'

test('the header search says the paused number search in the core’s words, not 没有找到', async ({ page }) => {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  const search = page.getByTestId('global-search')
  await search.click()
  // Thirty different phone tails in five minutes is probing; the next number search is refused.
  for (let i = 0; i < 31; i++) {
    const tail = String(2000 + i)
    await search.fill(tail)
    // Each answered before the next is typed: the shown hits answer it, or the refusal came.
    await expect(page.locator(`[data-query="${tail}"]`).or(page.getByTestId('global-search-refusal'))).toBeAttached()
  }
  const refusal = page.getByTestId('global-search-refusal')
  await expect(refusal).toBeVisible()
  await expect(refusal).toContainText('短时间内查询的号码太多，号码查询暂停')
  await expect(refusal).toContainText('请按房号或姓名查找')
  // Rooms and names still answer.
  await search.fill('3-2-1502')
  await expect(refusal).toBeHidden()
  await expect(page.getByTestId('search-hit').first()).toBeVisible()
})

test('an approver locked by wrong passwords: the dialog closes with the lock message instead of asking again', async ({
  page
}) => {
  await page.goto(DEMO)
  await page.getByTestId('unlock-account-open').click()
  await page.getByTestId('unlock-account-username').fill('clerk2')
  await page.getByTestId('unlock-account-username').press('Enter')
  // The modal itself (the test id sits on antd's root element, which has no box of its own).
  const approval = page.getByRole('dialog', { name: /需要现场审批/ })
  for (let i = 0; i < 4; i++) {
    await expect(approval).toBeVisible()
    await page.getByTestId('approval-username').fill('super')
    await page.getByTestId('approval-password').fill(`wrong-${i}1`)
    await page.getByTestId('approval-password').press('Enter')
    await expect(approval).toContainText('审批人用户名或密码错误')
  }
  await page.getByTestId('approval-username').fill('super')
  await page.getByTestId('approval-password').fill('wrong-51')
  await page.getByTestId('approval-password').press('Enter')
  await expect(
    page.getByText(/审批人账户因密码连续输错已锁定，请于 \d{2}:\d{2} 后再试，或请另一位审批人/)
  ).toBeVisible()
  await expect(approval).toBeHidden()
  // Even the right password does not reopen it for the locked approver: the lock is said again.
  await page.getByTestId('unlock-account-username').fill('clerk2')
  await page.getByTestId('unlock-account-username').press('Enter')
  await expect(approval).toBeVisible()
  await page.getByTestId('approval-username').fill('super')
  await page.getByTestId('approval-password').fill('demo1234')
  await page.getByTestId('approval-password').press('Enter')
  await expect(approval).toBeHidden()
  await expect(page.getByText(/审批人账户因密码连续输错已锁定/).first()).toBeVisible()
})
