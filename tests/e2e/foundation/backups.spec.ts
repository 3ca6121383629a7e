import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '../fixtures'
import { dataDir, expectWorkbench, signIn } from '../helpers'

const backupsIn = (dir: string) => readdirSync(dir).filter((n) => /^frontdesk-.*\.db$/.test(n))

async function openAbout(page: Page) {
  await signIn(page, 'admin')
  await expectWorkbench(page)
  await page.getByTestId('main-nav').getByText('设置').click()
  await page.getByRole('tab', { name: /关于/ }).click()
  await expect(page.getByTestId('backup-panel')).toBeVisible()
}

test('the administrator backs up now, sees the verified backup with its age, and a second location receives it', async ({
  page
}) => {
  // A folder outside the data folder, as a USB drive would be; the browser shell takes its path as typed.
  const second = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-usb-'))
  try {
    await openAbout(page)
    await page.getByTestId('backup-now').click()
    const done = page.getByText(/备份完成：frontdesk-.*-manual\.db/)
    await expect(done).toBeVisible()
    const file = (await done.textContent())!.replace('备份完成：', '').trim()
    expect(backupsIn(join(dataDir('demo'), 'backups'))).toContain(file)

    const listed = page.getByTestId('about-backup').first()
    await expect(listed).toContainText(file)
    await expect(listed).toContainText('0 分钟前')
    await expect(listed).toContainText('已校验')
    await expect(page.getByTestId('backup-newest-age')).toContainText('0 分钟前')

    await page.getByTestId('backup-second-dir').fill(second)
    await page.getByTestId('backup-save').click()
    await expect(page.getByText('已保存')).toBeVisible()
    // Saving tried a real write there and copied the newest backup at once.
    expect(backupsIn(second)).toEqual([file])
    await expect(page.getByTestId('backup-second-state')).toContainText('正常，最近一次收到备份 0 分钟前')

    // The next backup goes to both folders.
    await page.getByTestId('backup-now').click()
    await expect.poll(() => backupsIn(second).length).toBe(2)
    const newest = backupsIn(second).sort().at(-1)!
    await expect(page.getByTestId('about-backup').first()).toContainText(newest)
  } finally {
    rmSync(second, { recursive: true, force: true })
  }
})

test('校验 re-computes every chain and shows each with its count, and when it was done', async ({ page }) => {
  await openAbout(page)
  const panel = page.getByTestId('verify-panel')
  await expect(panel).toContainText('还没有做过全面校验')
  await page.getByTestId('verify-run').click()
  const result = page.getByTestId('verify-result')
  await expect(result).toContainText('全部校验链完整，保护触发器齐全，每笔已收账单都与收据一致')
  await expect(result).toContainText(/上次全面校验：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  await expect(
    result.getByTestId('verify-chain').filter({ hasText: /^收据（号段 SJ\d{4}）：\d+ 条$/ })
  ).not.toHaveCount(0)
  await expect(result.getByTestId('verify-chain').filter({ hasText: /^操作日志：\d+ 条$/ })).toHaveCount(1)
  await expect(result.getByTestId('verify-chain').filter({ hasText: /^钥匙借还记录：\d+ 条$/ })).toHaveCount(1)

  // Kept: the panel shows the last check after a reload too.
  await page.reload()
  await page.getByTestId('main-nav').getByText('设置').click()
  await page.getByRole('tab', { name: /关于/ }).click()
  await expect(page.getByTestId('verify-result')).toContainText('全部校验链完整')
})
