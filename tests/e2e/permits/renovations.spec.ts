import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { expectWorkbench, signIn } from '../helpers'
import { apply, drawerStatus, nameFeeItems, OUT, payFees, settle, step } from './renovation-steps'

const ROOM = '1-1-102'

test.describe.configure({ mode: 'serial' })

test('a supervisor names the renovation fee items in 设置 → 证件', async ({ page }) => {
  test.setTimeout(90_000)
  await signIn(page, 'super')
  await expectWorkbench(page)
  await nameFeeItems(page)
  await settle(page)
  await page.screenshot({ path: join(OUT, 'settings-zh-CN.png'), fullPage: true })
})

test('an owner applies; the permit is refused while blockers remain, then reviewed, signed, paid and issued', async ({
  page
}) => {
  test.setTimeout(180_000)
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await page.keyboard.press('Alt+6')
  await expect(page).toHaveURL(/#\/permits$/)
  await expect(page.getByTestId('renovations-new')).toBeEnabled()

  const number = await apply(page, ROOM)
  await expect(page).toHaveURL(/#\/permits\/\d+$/)
  await expect(drawerStatus(page)).toHaveText('已登记')
  await expect(page.getByTestId('renovation-room')).toHaveText(ROOM)
  await expect(page.getByTestId('renovation-blocker-review')).toHaveAttribute('data-open', 'yes')
  // 吊销 is a supervisor's: a clerk does not see it.
  await expect(page.getByTestId('renovation-revoke')).toHaveCount(0)
  await expect(page.getByTestId('renovation-review')).toContainText('F4')
  // Before the review F7 is no step at all.
  await expect(page.getByTestId('renovation-issue')).toBeDisabled()

  // F4 审核方案: passed by engineering.
  await step(page, 'F4', 'review', async (p) => {
    await expect(p.getByTestId('renovation-review-reviewer')).toBeFocused()
    await p.keyboard.type('工程部 刘工')
  })
  await expect(drawerStatus(page)).toHaveText('审核通过')
  await expect(page.getByTestId('renovation-blocker-review')).toHaveAttribute('data-open', 'no')

  // F7 too early: the plan passed, the papers unsigned and the fees unpaid; the core says what is missing.
  await page.keyboard.press('F7')
  await page.getByTestId('renovation-issue-dialog-ok').click()
  await expect(page.locator('.ant-message')).toContainText('尚不能发证')
  await expect(page.locator('.ant-message')).toContainText('签订装修管理协议')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('renovation-issue-dialog')).toBeHidden()
  await expect(drawerStatus(page)).toHaveText('审核通过')

  // F5 签署: the owner's agreement, then the contractor's safety letter (each prefilled with who signs).
  await step(page, 'F5', 'sign')
  await expect(page.getByTestId('renovation-agreement')).toContainText('已签')
  await step(page, 'F5', 'sign', async (p) => {
    await expect(p.getByTestId('renovation-sign-by')).toHaveValue('陈建国')
  })
  await expect(page.getByTestId('renovation-safety-letter')).toContainText('已签')
  await expect(page.getByTestId('renovation-blocker-fees')).toHaveAttribute('data-open', 'yes')

  // F6 收费: both lines on the room, then paid at once with a normal receipt.
  await step(page, 'F6', 'charge')
  await payFees(page)
  const garbage = page.getByTestId('renovation-fee-garbage')
  const deposit = page.getByTestId('renovation-fee-deposit')
  for (const line of [garbage, deposit]) {
    await expect(line).not.toContainText('待缴')
    await expect(line).not.toContainText('未收费')
  }
  // One receipt paid both lines: the same code beside each.
  expect((await garbage.textContent())!.trim()).toBe((await deposit.textContent())!.trim())
  await expect(page.getByTestId('renovation-ready')).toBeVisible()

  // F7 发证: the permit's number; the prints offered.
  await page.keyboard.press('F7')
  await page.getByTestId('renovation-issue-dialog-ok').click()
  const issued = page.getByTestId('renovation-issued-number')
  await expect(issued).toHaveText(/^ZX\d{4}-\d{6}$/)
  const permitNumber = (await issued.textContent())!
  await settle(page)
  await page.screenshot({ path: join(OUT, 'issued-zh-CN.png') })
  await page.getByTestId('renovation-issued-close').click()
  await expect(drawerStatus(page)).toHaveText('施工中')
  await expect(page.getByTestId('renovation-permit-number').first()).toHaveText(permitNumber)
  await expect(page.getByTestId('renovation-permit-standing-1')).toHaveText('有效')
  await expect(page.getByTestId('renovation-event-permitted')).toBeVisible()
  await settle(page)
  await page.screenshot({ path: join(OUT, 'drawer-zh-CN.png') })
  await page.getByTestId('renovation-permit').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(OUT, 'drawer-fees-permit-zh-CN.png') })

  // The list shows it in works with its permit.
  await page.keyboard.press('Escape')
  const row = page.getByTestId(`renovation-row-${number}`)
  await expect(row).toContainText(permitNumber)
  await expect(row).toContainText('施工中')
})
