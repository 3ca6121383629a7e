import { join } from 'node:path'
import { expect, type Page } from '../fixtures'

/** The renovation specs' steps: the settings' fee items, an application, the drawer's dialogs by their keys, paying. */

export const OUT = join('test-results', 'e2e', 'renovations')

/** For a screenshot: the drawer's and the dialog's slide-in and the messages are over. */
export async function settle(page: Page) {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 })
  await page.waitForTimeout(400)
}

type Focus = { document: { activeElement: { closest(selector: string): unknown } | null } }
/** Whether the focus is still in a (closing) dialog: the drawer's keys answer only once it is out. */
export const focusInDialog = (page: Page) =>
  page.evaluate(() => Boolean((globalThis as unknown as Focus).document.activeElement?.closest('.ant-modal-root')))

export const drawerStatus = (page: Page) => page.getByTestId('renovation-drawer-status')

/** 设置 → 证件 as a supervisor: the garbage-fee and deposit items named (the first of each category). */
export async function nameFeeItems(page: Page) {
  await page.getByTestId('main-nav').getByText('设置').click()
  await page.getByRole('tab', { name: '证件' }).click()
  const works = page.getByTestId('permit-settings-works').locator('input')
  await expect
    .poll(() => works.evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value)))
    .toContain('拆改主体结构')
  for (const field of ['permit-settings-garbage', 'permit-settings-deposit']) {
    const select = page.getByTestId(field)
    // Named already (the demo may have): the select shows the item's name.
    if (((await select.textContent()) ?? '').trim()) continue
    // Enter takes the first item of the category (the list holds only that category's).
    await select.click()
    await page.keyboard.press('Enter')
    await expect(select).not.toHaveText(/^\s*$/)
  }
  await page.getByTestId('permit-settings-save').click()
  await expect(page.locator('.ant-message')).toContainText('已保存')
}

/** A step's dialog by its key; `fill` types into it; its OK button saves and the dialog closes. */
export async function step(
  page: Page,
  key: string,
  action: string,
  fill: (page: Page) => Promise<void> = async () => {}
) {
  await page.keyboard.press(key)
  const dialog = page.getByTestId(`renovation-${action}-dialog`)
  const ok = page.getByTestId(`renovation-${action}-dialog-ok`)
  await expect(ok).toBeVisible()
  await fill(page)
  await ok.click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => focusInDialog(page)).toBe(false)
}

/**
 * F2 on 证件 → 装修: the room found by its code, its owner as the applicant, the contractor, the
 * works (the first of the checklist); F9 registers it and the drawer opens. Returns the number.
 */
export async function apply(page: Page, room: string): Promise<string> {
  // The tab's keys are bound once it is on screen (a key pressed while the page mounts is lost).
  await expect(page.getByTestId('renovations-new')).toBeEnabled()
  await page.keyboard.press('F2')
  await expect(page.getByTestId('renovation-new-room')).toBeFocused()
  await page.keyboard.type(room)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('renovation-new-room-found')).toContainText(room)
  await page.getByTestId('renovation-new-applicant').click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '业主' }).first().click()
  await page.getByTestId('renovation-new-contractor').locator('input').fill('锦华装饰工程有限公司')
  // Leaving the name closes its list of known contractors.
  await page.getByTestId('renovation-new-licence').fill('91440300MA5F000X1K')
  await page.getByTestId('renovation-new-leader').fill('陈建国')
  await page.getByTestId('renovation-new-phone').fill('13912345678')
  await page.getByTestId('renovation-work-plumbing').click()
  await page.getByTestId('renovation-work-walls').click()
  await expect(page.getByTestId('renovation-new-approval')).toBeHidden()
  await expect(page.getByTestId('renovation-new-rules')).toContainText('禁止事项')
  await page.keyboard.press('F9')
  await expect(page.getByTestId('renovation-new-dialog')).toBeHidden()
  await expect(page.getByTestId('renovation-drawer')).toBeVisible()
  const number = (await page.getByTestId('renovation-number').textContent())!
  expect(number).toMatch(/^ZS\d{4}-\d{6}$/)
  return number
}

/** The payment form under the drawer's steps: cash of the whole amount, F9, the payer confirms, the receipt. */
export async function payFees(page: Page) {
  const panel = page.getByTestId('renovation-pay-panel')
  await expect(panel).toBeVisible()
  const title = (await panel.locator('.ant-card-head-title').textContent()) ?? ''
  const total = /¥([\d,]+\.\d{2})/.exec(title)![1]!.replace(/,/g, '')
  await page.getByTestId('tendered').fill(total)
  await page.keyboard.press('F9')
  await expect(page.getByTestId('pay-confirm')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('receipt-result')).toContainText('收款成功')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('receipt-result')).toBeHidden()
}
