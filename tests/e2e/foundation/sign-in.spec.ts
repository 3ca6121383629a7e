import { expect, test } from '../fixtures'
import { DEMO, expectWorkbench, signIn } from '../helpers'

test('a clerk signs in with demo data and meets the workbench', async ({ page }) => {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await expect(page.getByTestId('header-staff')).toHaveText('李晓梅')
  await expect(page.getByTestId('header-estate')).toHaveText('锦绣家园')
  await expect(page.getByTestId('header-counter')).toHaveText('一号前台')
  await expect(page.getByTestId('demo-banner')).toContainText('演示数据')
  await expect(page.getByTestId('main-nav')).toContainText('工作台')
  // The demo's morning shift is open: clerk1 joins it; the activity shows its work, not the sign-ins.
  await expect(page.getByTestId('workbench-shift')).toContainText('一号前台')
  await expect(page.getByTestId('workbench-activity')).not.toContainText('登录（')
})

test('a wrong password gets a clear Chinese message; the fifth locks the account and the sixth is refused as locked', async ({
  page
}) => {
  await page.goto(DEMO)
  const attempt = async (password: string) => {
    await page.getByTestId('sign-in-username').fill('clerk2')
    await page.getByTestId('sign-in-password').fill(password)
    await page.getByTestId('sign-in-submit').click()
  }
  await attempt('wrong-pass1')
  await expect(page.getByTestId('sign-in-error')).toHaveText('用户名或密码错误（还可尝试 4 次）')
  for (let i = 2; i <= 4; i++) {
    await attempt('wrong-pass1')
    await expect(page.getByTestId('sign-in-error')).toContainText(`还可尝试 ${5 - i} 次`)
  }
  await attempt('wrong-pass1')
  await expect(page.getByTestId('sign-in-error')).toContainText('账户已锁定')
  await attempt('demo1234')
  await expect(page.getByTestId('sign-in-error')).toContainText('账户已锁定')

  // A supervisor lifts the lockout on the spot through the approval dialog.
  await page.getByTestId('unlock-account-open').click()
  await page.getByTestId('unlock-account-username').fill('clerk2')
  await page.getByTestId('unlock-account-username').press('Enter')
  const approval = page.getByTestId('approval-dialog')
  await expect(approval).toContainText('客服主管或管理处主任')
  await page.getByTestId('approval-username').fill('clerk1')
  await page.getByTestId('approval-password').fill('demo1234')
  await page.getByTestId('approval-password').press('Enter')
  await expect(approval).toContainText('审批人用户名或密码错误')
  await page.getByTestId('approval-username').fill('super')
  await page.getByTestId('approval-password').fill('demo1234')
  await page.getByTestId('approval-password').press('Enter')
  await expect(page.getByText('账户“clerk2”已解锁')).toBeVisible()

  await attempt('demo1234')
  await expectWorkbench(page)
  await expect(page.getByTestId('header-staff')).toHaveText('赵雨婷')
})

test('Ctrl+L locks the screen and only the same password opens it again', async ({ page }) => {
  await signIn(page, 'cashier')
  await expectWorkbench(page)
  await page.keyboard.press('Control+l')
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await page.getByTestId('lock-password').fill('not-mine1')
  await page.getByTestId('lock-password').press('Enter')
  await expect(page.getByTestId('lock-screen')).toContainText('用户名或密码错误')
  await page.getByTestId('lock-password').fill('demo1234')
  await page.getByTestId('lock-password').press('Enter')
  await expect(page.getByTestId('lock-screen')).toBeHidden()
  await expectWorkbench(page)
})

test('each person chooses their language: Traditional Chinese, English, and back', async ({ page }) => {
  await signIn(page, 'manager')
  await expectWorkbench(page)
  await page
    .getByTestId('main-nav')
    .getByText(/设置|設定|Settings/)
    .click()
  await page.getByRole('tab', { name: /界面语言/ }).click()
  await page.getByTestId('language-zh-TW').click()
  await expect(page.getByTestId('main-nav')).toContainText('設定')
  await page.getByTestId('language-en').click()
  await expect(page.getByTestId('main-nav')).toContainText('Workbench')
  await expect(page.getByTestId('main-nav')).toContainText('Settings')
  await expect(page.getByTestId('header-role')).toContainText('Office manager')
  await page.getByTestId('language-zh-CN').click()
  await expect(page.getByTestId('main-nav')).toContainText('工作台')
})

test('each menu entry has its own fixed key, listed on the 工作台', async ({ page }) => {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await expect(page.getByTestId('workbench-shortcuts')).toContainText('Alt+4打开“收费”')
  for (const [key, route] of [
    ['Alt+3', 'checkin'],
    ['Alt+4', 'fees'],
    ['Alt+5', 'keys'],
    ['Alt+6', 'permits'],
    ['Alt+7', 'workorders'],
    ['Alt+8', 'handover'],
    ['Alt+9', 'reports'],
    ['Alt+0', 'settings'],
    ['Alt+2', 'households']
  ] as const) {
    await page.keyboard.press(key)
    await expect(page).toHaveURL(new RegExp(`#/${route}$`))
  }
  await page.keyboard.press('Alt+1')
  await expectWorkbench(page)
})
