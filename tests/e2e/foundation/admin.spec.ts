import { expect, test } from '../fixtures'
import { expectWorkbench, signIn } from '../helpers'

test('an administrator adds a staff member, who must change the initial password, and disables them', async ({
  page,
  browser
}) => {
  await signIn(page, 'admin')
  await expectWorkbench(page)
  await page.getByTestId('main-nav').getByText('设置').click()
  await page.getByRole('tab', { name: /员工管理/ }).click()
  await page.getByTestId('staff-add').click()
  await page.getByTestId('staff-username').fill('clerk9')
  await page.getByTestId('staff-display-name').fill('孙小红')
  await page.getByTestId('staff-password').fill('abc')
  await page
    .getByTestId('staff-dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click()
  await expect(page.getByTestId('staff-dialog')).toContainText('密码至少 8 位')
  await page.getByTestId('staff-password').fill('start1234')
  await page
    .getByTestId('staff-dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click()
  const row = page.getByTestId('staff-table').getByRole('row', { name: /clerk9/ })
  await expect(row).toContainText('孙小红')
  await expect(row).toContainText('客服管理员')
  await expect(row).toContainText('待改初始密码')

  const other = await browser.newPage()
  await signIn(other, 'clerk9', 'start1234')
  await expect(other.getByTestId('change-password-dialog')).toContainText('初始密码')
  await other.close()

  await row.getByRole('button', { name: /停\s*用/ }).click()
  await page.getByRole('button', { name: /确\s*定/ }).click()
  await expect(row).toContainText('已停用')
})

test('a clerk sees the estate settings read-only and no staff management', async ({ page }) => {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await page
    .getByTestId('main-nav')
    .getByText(/设置|設定|Settings/)
    .click()
  await expect(page.getByText('只有系统管理员可以修改这些设置')).toBeVisible()
  await expect(page.getByRole('tab', { name: /员工管理/ })).toHaveCount(0)
  await page.getByRole('tab', { name: /关于/ }).click()
  await expect(page.getByTestId('about-info')).toContainText('frontdesk.db')
})
