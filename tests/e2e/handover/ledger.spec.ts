import { join } from 'node:path'
import { expect, test, type Page } from '../fixtures'
import { expectWorkbench, signIn } from '../helpers'

const OUT = join('test-results', 'e2e', 'ledger')
const ROOM = '2-1-102'

/** F2 to the fast form, the caller, phone and room typed, the content; F9 logs it. Returns the new row's number. */
async function logCall(page: Page, caller: string, content: string, extra?: (page: Page) => Promise<void>) {
  await page.keyboard.press('F2')
  await expect(page.getByTestId('ledger-form-caller')).toBeFocused()
  await page.keyboard.type(caller)
  await page.keyboard.press('Tab')
  await page.keyboard.type('13912345678')
  await page.keyboard.press('Tab')
  await page.keyboard.type(ROOM)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('ledger-form-room-found')).toContainText(ROOM)
  await page.getByTestId('ledger-form-content').focus()
  await page.keyboard.type(content)
  if (extra) await extra(page)
  // The last call's notice may still be up (a message stays 3 s): the number is the one not seen before.
  const notices = page.locator('.ant-message-notice').filter({ hasText: '已登记' })
  const numbersShown = async () => (await notices.allTextContents()).map((text) => /TZ\d{4}-\d{6}/.exec(text)?.[0])
  const before = new Set(await numbersShown())
  await page.keyboard.press('F9')
  let number = ''
  await expect
    .poll(async () => (number = (await numbersShown()).find((shown) => shown && !before.has(shown)) ?? ''))
    .toMatch(/^TZ\d{4}-\d{6}$/)
  await expect(page.getByTestId('ledger-form-caller')).toBeFocused()
  await expect(page.getByTestId('ledger-form-content')).toHaveValue('')
  return number
}

async function openRow(page: Page, number: string) {
  await page.getByTestId('ledger-table').getByText(number).click()
  const drawer = page.getByTestId('ledger-drawer')
  await expect(drawer.getByTestId('ledger-drawer-number')).toHaveText(number)
  await expect(page).toHaveURL(/#\/handover\/ledger\/\d+$/)
  return drawer
}

/** Presses a drawer key until its dialog is open (the last dialog's closing panel may still hold the keys). */
async function openDialog(page: Page, key: string, testId: string, firstField: string) {
  const dialog = page.getByTestId(testId)
  const field = dialog.getByTestId(firstField)
  await expect(async () => {
    if (!(await field.isVisible())) await page.keyboard.press(key)
    await expect(field).toBeFocused({ timeout: 1000 })
  }).toPass({ timeout: 8000 })
  return dialog
}

test('a call is logged from the keyboard, becomes a repair with its link, and a promised one is answered', async ({
  page
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await page.keyboard.press('Alt+8')
  await page.getByRole('tab', { name: '台帐' }).click()
  await expect(page).toHaveURL(/#\/handover\/ledger$/)
  await expect(page.getByTestId('ledger-form')).toContainText('F2')
  await expect(page.getByTestId('ledger-contacts')).toContainText('10000')

  // 来电报修 → 转报修 (Alt+R): the work order made, the link on the entry opens it.
  const leak = await logCall(page, '王女士', '卫生间天花渗水，楼上漏水')
  const drawer = await openRow(page, leak)
  await expect(drawer.getByTestId('ledger-drawer-status')).toHaveText('待答复')
  await expect(drawer.getByTestId('ledger-drawer-phone')).toHaveText('13912345678')
  const repair = await openDialog(page, 'Alt+R', 'ledger-repair-dialog', 'ledger-convert-location')
  await expect(repair.getByTestId('ledger-convert-description')).toHaveValue('卫生间天花渗水，楼上漏水')
  await expect(repair.getByTestId('ledger-convert-location')).toBeFocused()
  await page.keyboard.type('卫生间')
  await repair.getByTestId('ledger-convert-category').click()
  await page.locator('.ant-select-dropdown').getByTitle('渗漏水').click()
  await page.keyboard.press('F9')
  await expect(repair.getByTestId('ledger-convert-location')).toBeHidden()
  await expect(drawer.getByTestId('ledger-drawer-status')).toHaveText('已转单')
  const link = drawer.getByTestId('ledger-converted-link')
  await expect(link).toContainText(/WX\d{4}-\d{6}/)
  const orderNumber = /WX\d{4}-\d{6}/.exec((await link.textContent())!)![0]
  await expect(drawer.getByTestId('ledger-answer')).toBeDisabled()
  await page.screenshot({ path: join(OUT, 'converted-zh-CN.png') })
  await link.click()
  await expect(page).toHaveURL(/#\/workorders\/\d+$/)
  await expect(page.getByTestId('workorder-number')).toHaveText(orderNumber)

  // A specialist question promised for later (the settings' hours), then answered (Alt+A).
  await page.keyboard.press('Alt+8')
  await page.getByRole('tab', { name: '台帐' }).click()
  const question = await logCall(page, '李先生', '咨询车位租赁价格', async (p) => {
    await p.getByTestId('ledger-form-promise').click()
  })
  const second = await openRow(page, question)
  await expect(second).toContainText('未到期')
  const answer = await openDialog(page, 'Alt+A', 'ledger-answer-dialog', 'ledger-dialog-text')
  await expect(answer.getByTestId('ledger-dialog-text')).toBeFocused()
  await page.keyboard.type('已告知：地下车位每月 300 元')
  await page.keyboard.press('F9')
  await expect(answer.getByTestId('ledger-dialog-text')).toBeHidden()
  await expect(second.getByTestId('ledger-drawer-status')).toHaveText('已答复')
  await expect(second.getByTestId('ledger-drawer-answer')).toHaveText('已告知：地下车位每月 300 元')
  await expect(second).toContainText('按时')
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/#\/handover\/ledger$/)
  await expect(page.getByTestId('ledger-figures-daily')).toContainText('按时率')
  await page.screenshot({ path: join(OUT, 'ledger-zh-CN.png') })
})
