import { dutyDayOf, shiftKindAt } from '../../../shared/handover/shift-kinds'
import { DEFAULT_HANDOVER_SETTINGS } from '../../../shared/handover/settings'
import { expect, test, type Page } from '../fixtures'
import { E2E_NOW, expectWorkbench, setLanguage, signIn } from '../helpers'

// The servers read E2E_NOW as local time on this machine, and so does this file.
const START = new Date(E2E_NOW)
const TODAY = dutyDayOf(DEFAULT_HANDOVER_SETTINGS, START)
const KIND = shiftKindAt(DEFAULT_HANDOVER_SETTINGS, START)

async function signOutAndIn(page: Page, username: string) {
  await page.getByTestId('user-menu').click()
  await page.getByText('退出登录').click()
  await signIn(page, username)
  await expectWorkbench(page)
}

/** Opens a roster cell, empties it (Backspace takes the last person) and puts the named people on. */
async function rosterCell(page: Page, kind: string, names: string[]) {
  await page.getByTestId(`roster-${TODAY}-${kind}`).click()
  const staff = page.getByTestId('roster-staff')
  await expect(staff.locator('input')).toBeFocused()
  for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace')
  for (const name of names) {
    await page.keyboard.type(name)
    await page.keyboard.press('Enter')
  }
  // Ctrl+Enter saves from anywhere in the dialog, the staff list with its dropdown open too.
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId(`roster-${TODAY}-${kind}`)).toHaveText(names.join('、'))
}

test('a supervisor rosters today and the header, the card and a clerk’s read-only tab show it', async ({ page }) => {
  test.setTimeout(90_000)
  await signIn(page, 'super')
  await expectWorkbench(page)
  await page.keyboard.press('Alt+8')
  await page.getByRole('tab', { name: '值班表' }).click()
  await expect(page.getByTestId('roster-week')).toContainText(TODAY)
  await rosterCell(page, KIND, ['李晓梅', '赵雨婷'])
  await rosterCell(page, 'manager', ['张国强'])
  const header = page.getByTestId('header-duty')
  await expect(header).toContainText('李晓梅、赵雨婷')
  await expect(header).toContainText('总值班 张国强')
  // Compact: one line that leaves the search box its place.
  const box = (await header.boundingBox())!
  expect(box.height).toBeLessThan(32)
  await expect(page.getByTestId('global-search').first()).toBeVisible()

  // ←/→ move a week and back.
  await page.getByTestId('roster-week').click()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('roster-week')).not.toContainText(TODAY)
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByTestId('roster-week')).toContainText(TODAY)

  await signOutAndIn(page, 'clerk1')
  await expect(page.getByTestId('duty-card-manager')).toHaveText('张国强')
  await expect(page.getByTestId(`duty-card-${KIND}`)).toHaveText('李晓梅、赵雨婷')
  await page.keyboard.press('Alt+8')
  await page.getByRole('tab', { name: '值班表' }).click()
  await expect(page.getByTestId('roster-tab')).toContainText('值班表由主管排定')
  await expect(page.getByTestId(`roster-${TODAY}-manager`)).toHaveText('张国强')
  await expect(page.getByTestId(`roster-${TODAY}-manager`)).not.toHaveRole('button')
})

test('设置 → 交接班 saves a tool and the float, and they stay; the night role sees no 收费', async ({ page }) => {
  test.setTimeout(90_000)
  await signIn(page, 'super')
  await expectWorkbench(page)
  await page.getByTestId('main-nav').getByText('设置').click()
  await page.getByRole('tab', { name: '交接班' }).click()
  const form = page.getByTestId('handover-settings')
  await expect(page.getByTestId('times-summer-night-start')).toHaveValue(/^\d\d:\d\d$/)
  await page.getByTestId('tool-add').click()
  const tools = form.getByTestId('handover-settings-tools')
  const last = tools.locator('input[data-testid^="tool-name-"]').last()
  await last.fill('对讲机')
  await page.getByTestId('handover-settings-save').click()
  await expect(form).toContainText('物品名称重复')
  await last.fill('急救箱')
  await page.getByTestId('handover-settings-cashFloat').fill('500')
  await page.getByTestId('handover-settings-save').click()
  await expect(page.locator('.ant-message-notice').filter({ hasText: '已保存' })).toBeVisible()
  await page.reload()
  await page.getByTestId('main-nav').getByText('设置').click()
  await page.getByRole('tab', { name: '交接班' }).click()
  await expect(page.getByTestId('handover-settings-cashFloat')).toHaveValue('500.00')
  const names = page.getByTestId('handover-settings-tools').locator('input[data-testid^="tool-name-"]')
  await expect(names.last()).toHaveValue('急救箱')

  await signOutAndIn(page, 'night1')
  await expect(page.getByTestId('main-nav')).toContainText('交接班')
  await expect(page.getByTestId('main-nav')).not.toContainText('收费')
  await expect(page.getByTestId('main-nav')).not.toContainText('入住办理')
})

test('the duty words in English and traditional Chinese', async ({ page }) => {
  test.setTimeout(90_000)
  await signIn(page, 'clerk2')
  await expectWorkbench(page)
  await setLanguage(page, 'en')
  await page.getByTestId('main-nav').getByText('Handover').click()
  await page.getByRole('tab', { name: 'Duty roster' }).click()
  await expect(page.getByTestId('roster-tab')).toContainText('Duty manager')
  await expect(page.getByTestId('roster-tab')).toContainText('The roster is set by a supervisor')
  await page.getByTestId('main-nav').getByText('Settings').click()
  await page.getByRole('tab', { name: 'Language' }).click()
  await page.getByTestId('language-zh-TW').click()
  await expect(page.getByTestId('main-nav')).toContainText('設定')
  await page.getByTestId('main-nav').getByText('交接班').click()
  await page.getByRole('tab', { name: '值班表' }).click()
  await expect(page.getByTestId('roster-tab')).toContainText('總值班')
  await expect(page.getByTestId('roster-next')).toContainText('下一週')
  await setLanguage(page, 'zh-CN')
})
