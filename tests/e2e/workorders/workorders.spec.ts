import { addDays } from '../../../shared/kernel/calendar'
import { expect, test, type Page } from '../fixtures'
import { E2E_NOW, expectWorkbench, signIn } from '../helpers'

/** The booking dialog offers the next morning at 10:00. */
const TOMORROW_10 = `${addDays(E2E_NOW.slice(0, 10), 1)} 10:00`

async function closeDialogAndWait(page: Page, testId: string) {
  await expect(page.getByTestId(testId)).toBeHidden()
}

test('a defect from the move-in inspection is repaired, booked for re-inspection and signed off, all from the keyboard', async ({
  page
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'clerk1')
  await expectWorkbench(page)

  // Alt+7 is 报修投诉: the work orders the demo's check-ins made.
  await page.keyboard.press('Alt+7')
  await expect(page).toHaveURL(/#\/workorders$/)
  const table = page.getByTestId('workorders-table')
  await expect(table.locator('[data-testid^="workorder-row-"]').first()).toBeVisible()
  await expect(table).toContainText('入住验收')

  // Only the move-in inspection's orders waiting for the repair; the first is selected, Enter opens it.
  await page.getByTestId('workorders-source').click()
  await page.locator('.ant-select-dropdown').getByText('入住验收', { exact: true }).click()
  await page.getByTestId('workorders-status').getByText('待派工').click()
  await expect(table.locator('[data-testid^="workorder-status-"]').first()).toHaveText('待派工')
  await expect(table).not.toContainText('已关闭')
  await page.getByTestId('workorders-count').click()
  await page.keyboard.press('Enter')
  const drawer = page.getByTestId('workorder-drawer')
  await expect(drawer).toBeVisible()
  const number = (await page.getByTestId('workorder-number').textContent())!
  const room = (await page.getByTestId('workorder-room').textContent())!
  expect(number).toMatch(/^WX\d{4}-\d{6}$/)
  await expect(page).toHaveURL(/#\/workorders\/\d+$/)
  await expect(page.getByTestId('workorder-complete')).toContainText('F6')
  await expect(page.getByTestId('workorder-accept')).toBeDisabled()

  // F6: 维修完成（已复检）.
  await page.keyboard.press('F6')
  await expect(page.getByTestId('workorder-complete-note')).toBeFocused()
  await page.keyboard.type('更换密封条，复检合格')
  await page.keyboard.press('Enter')
  await closeDialogAndWait(page, 'workorder-complete-dialog')
  await expect(drawer.locator('[data-testid^="workorder-status-"]')).toHaveText('已完成')
  await expect(page.getByTestId('workorder-event-completed')).toContainText('更换密封条，复检合格')
  // The keyboard goes on from the drawer's first step still open.
  await expect(page.getByTestId('workorder-book')).toBeFocused()

  // The owner cannot sign before a re-inspection is booked: the core says so, in Chinese.
  await page.keyboard.press('F8')
  await expect(page.getByTestId('workorder-accept-name')).toBeFocused()
  await page.keyboard.type('业主')
  await page.keyboard.press('Enter')
  await expect(page.locator('.ant-message')).toContainText(
    `工作单 ${number} 当前为“已完成，尚未预约复验”，不能业主签收`
  )
  await page.keyboard.press('Escape')
  await closeDialogAndWait(page, 'workorder-accept-dialog')

  // F7: the re-inspection, at the time offered (tomorrow 10:00).
  await page.keyboard.press('F7')
  await expect(page.getByTestId('workorder-book-note')).toBeFocused()
  await page.keyboard.press('Enter')
  await closeDialogAndWait(page, 'workorder-book-dialog')
  await expect(page.getByTestId('workorder-reinspection')).toHaveText(TOMORROW_10)
  await expect(page.getByTestId('workorder-event-reinspectionBooked')).toContainText(`复验时间：${TOMORROW_10}`)

  // F8: the owner signs; the order closes.
  await page.keyboard.press('F8')
  await page.keyboard.type('王业主')
  await page.keyboard.press('Enter')
  await closeDialogAndWait(page, 'workorder-accept-dialog')
  await expect(drawer.locator('[data-testid^="workorder-status-"]')).toHaveText('已关闭')
  await expect(page.getByTestId('workorder-event-accepted')).toContainText('签收人：王业主')
  await expect(page.getByTestId('workorder-complete')).toBeDisabled()
  await expect(page.getByTestId('workorder-book')).toBeDisabled()

  // Escape closes the order; it is now among the closed ones.
  await expect(async () => {
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/#\/workorders$/, { timeout: 500 })
  }).toPass({ timeout: 5000 })
  await page.getByTestId('workorders-status').getByText('已关闭').click()
  await expect(page.getByTestId(`workorder-row-${number}`)).toContainText(TOMORROW_10)

  // The household file's 维修 tab lists the room's orders; a row opens the order on 报修投诉.
  await page.keyboard.press('F3')
  await page.getByTestId('global-search').fill(room)
  await expect(page.getByTestId('search-hit').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await page.getByTestId('household-tabs').getByRole('tab', { name: '维修' }).click()
  await page.getByTestId('room-workorders').getByTestId(`workorder-row-${number}`).click()
  await expect(page.getByTestId('workorder-number')).toHaveText(number)
  await expect(page.getByTestId('workorder-event-accepted')).toBeVisible()
})
