import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { CORRUPT, dataDir, EMPTY } from '../helpers'

test('an empty data folder shows first-run setup; the new administrator signs in', async ({ page }) => {
  await page.goto(EMPTY)
  // First the choice of where the data lives; this PC's own data is the default (focused: Enter takes it).
  await expect(page.getByText('本机的数据放在哪里？')).toBeVisible()
  await expect(page.getByTestId('choice-local')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('首次使用：初始设置')).toBeVisible()
  await page.getByTestId('setup-submit').click()
  await expect(page.getByTestId('setup-form')).toContainText('必填')
  await page.getByLabel('物业公司名称').fill('和美物业管理有限公司')
  await page.getByLabel('小区名称').fill('和美花园')
  await page.getByLabel('本前台名称').fill('东门前台')
  await page.getByLabel('登录用户名').fill('wang')
  await page.getByLabel('姓名').fill('王芳')
  await page.getByLabel('密码', { exact: true }).fill('password1')
  await page.getByLabel('再次输入密码').fill('password1')
  await page.getByTestId('setup-submit').click()
  await expect(page.getByTestId('sign-in-form')).toBeVisible()
  await expect(page.getByText('和美花园')).toBeVisible()
  await page.getByTestId('sign-in-username').fill('wang')
  await page.getByTestId('sign-in-password').fill('password1')
  await page.getByTestId('sign-in-password').press('Enter')
  await expect(page.getByTestId('header-counter')).toHaveText('东门前台')
  await expect(page.getByTestId('header-staff')).toHaveText('王芳')
})

test('a corrupted database shows the recovery screen and is left untouched on disk', async ({ page }) => {
  await page.goto(CORRUPT)
  await expect(page.getByTestId('recovery-page')).toContainText('数据库无法打开')
  await expect(page.getByTestId('recovery-backups')).toContainText('frontdesk-20261101-080000-000-manual.db')
  await expect(page.getByTestId('recovery-backups')).toContainText('已校验')
  const dir = dataDir('corrupt')
  const now = createHash('sha256')
    .update(readFileSync(join(dir, 'frontdesk.db')))
    .digest('hex')
  expect(now).toBe(readFileSync(join(dir, 'original.sha256'), 'utf8'))
})
