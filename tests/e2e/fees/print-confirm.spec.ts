import { expect, test } from '../fixtures'
import { capturePrints, signIn } from '../helpers'

test('a print of more than 50 pages asks first with its page count; cancelling sends nothing', async ({ page }) => {
  // Every page sent to the printer is kept for the test (see capturePrints).
  const printed = await capturePrints(page)
  await signIn(page, 'super')
  await page.getByTestId('main-nav').getByText('收费').click()
  await page.getByTestId('fees-tabs').getByRole('tab', { name: '催缴' }).click()
  await page.getByTestId('notices-open').click()
  const dialog = page.getByTestId('notices-dialog')
  const summary = dialog.getByTestId('notices-summary')
  await expect(summary).toBeVisible()
  // The whole estate: one page per room that owes.
  const rooms = Number(/(\d+)\s*户/.exec((await summary.textContent()) ?? '')?.[1])
  expect(rooms).toBeGreaterThan(50)
  await dialog.getByTestId('notices-print').click()
  const ask = page.locator('.ant-modal-confirm').filter({ hasText: `要打印 ${rooms} 页吗？` })
  await expect(ask).toContainText(`这次打印共 ${rooms} 页`)
  await ask.getByRole('button', { name: /取\s*消/ }).click()
  await expect(ask).toHaveCount(0)
  expect(await printed()).toEqual([])
  // The notices dialog stays open, ready to narrow the choice and print again.
  await expect(dialog.getByTestId('notices-print')).toBeEnabled()
})
