import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { addDays } from '../../../shared/kernel/calendar'
import { expect, test, type Page } from '../fixtures'
import {
  capturePrints,
  E2E_NOW,
  expectWorkbench,
  printDialogDone,
  setLanguage,
  signIn,
  type CapturedPrint
} from '../helpers'

const OUT = join('test-results', 'e2e', 'complaints')
const TODAY = E2E_NOW.slice(0, 10)
const ROOM = '2-1-102'

let printed: () => Promise<CapturedPrint[]>
test.beforeEach(async ({ page }) => {
  printed = await capturePrints(page)
})

/** For a screenshot: the drawer's and the dialog's slide-in and the messages are over. */
async function settle(page: Page) {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 })
  await page.waitForTimeout(400)
}

/** Opens a step's dialog by its key, types into its first field and saves with Enter. */
async function step(page: Page, key: string, action: string, text: string) {
  const dialog = page.getByTestId(`complaint-${action}-dialog`)
  // The last dialog's closing panel still holds the keys for a moment: press again until this one opens.
  await expect(async () => {
    if ((await dialog.getByTestId('complaint-step-main').count()) === 0) await page.keyboard.press(key)
    await expect(dialog.getByTestId('complaint-step-main')).toBeFocused({ timeout: 1000 })
  }).toPass({ timeout: 8000 })
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
}

/** The slip as printed, saved as an A5 PDF and read back with pdftotext. */
async function slipText(page: Page, html: string): Promise<string> {
  mkdirSync(OUT, { recursive: true })
  const pdf = join(OUT, 'contact-slip.pdf')
  const paper = await page.context().newPage()
  await paper.setContent(html)
  await paper.pdf({
    path: pdf,
    width: '148mm',
    height: '210mm',
    printBackground: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' }
  })
  await paper.close()
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')])
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\n/)
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8')
}

async function registerMajor(page: Page) {
  // The tab's keys are bound once it is on screen (a key pressed while the page mounts is lost).
  await expect(page.getByTestId('complaints-new')).toBeEnabled()
  await page.keyboard.press('F2')
  const dialog = page.getByTestId('complaint-new-dialog')
  await expect(page.getByTestId('complaint-new-customer')).toBeFocused()
  await page.keyboard.type('投诉测试客户')
  await page.keyboard.press('Tab')
  await page.keyboard.type('13912345678')
  await page.keyboard.press('Tab')
  await page.keyboard.type(ROOM)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('complaint-new-room-found')).toContainText(ROOM)
  await page.getByTestId('complaint-new-description').focus()
  await page.keyboard.type('夜间保安巡逻时态度恶劣')
  await page.keyboard.press('Tab')
  await page.keyboard.type('当面道歉')
  await page.keyboard.press('Tab')
  await page.keyboard.type('服务态度')
  await page.keyboard.press('Enter')
  await dialog.getByTestId('complaint-new-severity').getByText('重大').click()
  await page.getByTestId('complaint-new-department').click()
  await page.getByTitle('保安部').click()
  await page.keyboard.press('F9')
  await expect(dialog).toBeHidden()
}

test('a major complaint is registered from the keyboard, shows its deadlines, prints its contact slip and goes through escalate, resolve, reply and visit', async ({
  page
}) => {
  test.setTimeout(150_000)
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await page.keyboard.press('Alt+7')
  await page.getByRole('tab', { name: '投诉' }).click()
  await expect(page).toHaveURL(/#\/workorders\/complaints$/)
  await expect(page.getByTestId('complaints-new')).toContainText('F2')

  await registerMajor(page)
  const drawer = page.getByTestId('complaint-drawer')
  await expect(drawer).toBeVisible()
  await expect(page).toHaveURL(/#\/workorders\/complaints\/\d+$/)
  const number = (await page.getByTestId('complaint-number').textContent())!
  expect(number).toMatch(/^TS\d{4}-\d{6}$/)
  await expect(page.getByTestId('complaint-room')).toHaveText(ROOM)
  // 重大: escalated today, a clear answer within 2 days, solved within 10.
  const deadlines = page.getByTestId('complaint-deadlines')
  await expect(deadlines).toContainText(`${TODAY} 23:59`)
  await expect(deadlines).toContainText(`${addDays(TODAY, 2)} 23:59`)
  await expect(deadlines).toContainText(`${addDays(TODAY, 10)} 23:59`)
  await expect(page.getByTestId('complaint-due-escalate')).toHaveAttribute('data-urgency', /dueToday|dueSoon/)
  await expect(page.getByTestId('complaint-escalate')).toContainText('F4')
  await expect(page.getByTestId('complaint-reply')).toBeDisabled()
  await settle(page)
  await page.screenshot({ path: join(OUT, 'drawer-zh-CN.png') })

  // Ctrl+P: the 工作联系单 to the department, A5.
  await page.keyboard.press('Control+p')
  await expect.poll(async () => (await printed()).length).toBe(1)
  await printDialogDone(page)
  const [slip] = await printed()
  expect(slip!.html).toContain('工作联系单')
  const text = await slipText(page, slip!.html)
  for (const word of ['工作联系单', number, '保安部', '投诉测试客户', '重大', '夜间保安巡逻时态度恶劣', '部门回复'])
    expect(text).toContain(word)

  await step(page, 'F4', 'escalate', '李经理')
  await expect(page.getByTestId('complaint-due-escalate')).toHaveAttribute('data-urgency', 'done')
  await expect(page.getByTestId('complaint-event-escalated')).toContainText('李经理')
  await step(page, 'F8', 'resolve', '当事保安已当面道歉')
  await expect(drawer.getByText('待告知结果')).toBeVisible()
  await step(page, 'F10', 'reply', '已电话告知客户处理结果')
  await expect(drawer.getByText('已关闭')).toBeVisible()
  await expect(page.getByTestId('complaint-due-visit')).toBeVisible()
  await step(page, 'F9', 'visit', '客户表示满意')
  await expect(drawer.getByText('已回访')).toBeVisible()
  await expect(page.getByTestId('complaint-event-visited')).toContainText('客户表示满意')
  await settle(page)
  await page.screenshot({ path: join(OUT, 'drawer-visited-zh-CN.png') })

  // The list shows it, and the household file's 投诉 tab.
  await page.keyboard.press('Escape')
  await expect(page.getByTestId(`complaint-row-${number}`)).toBeVisible()
  await page.screenshot({ path: join(OUT, 'list-zh-CN.png') })

  // The household file's 投诉 tab lists the room's complaints; a row opens it on 报修投诉.
  await page.keyboard.press('F3')
  await page.getByTestId('global-search').fill(ROOM)
  await expect(page.getByTestId('search-hit').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await page.getByTestId('household-tabs').getByRole('tab', { name: '投诉' }).click()
  await page.getByTestId('room-complaints').getByTestId(`complaint-row-${number}`).click()
  await expect(page.getByTestId('complaint-number')).toHaveText(number)
  await expect(page).toHaveURL(/#\/workorders\/complaints\/\d+$/)
  await expect(async () => {
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/#\/workorders\/complaints$/, { timeout: 500 })
  }).toPass({ timeout: 5000 })

  await setLanguage(page, 'en')
  await page.goto(page.url().replace(/#.*$/, '#/workorders/complaints'))
  await expect(page.getByTestId(`complaint-row-${number}`)).toBeVisible()
  await page.screenshot({ path: join(OUT, 'list-en.png') })
  await page.getByTestId(`complaint-row-${number}`).click()
  await expect(page.getByTestId('complaint-deadlines')).toContainText('Escalate')
  await settle(page)
  await page.screenshot({ path: join(OUT, 'drawer-en.png') })
  await expect(async () => {
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/#\/workorders\/complaints$/, { timeout: 500 })
  }).toPass({ timeout: 5000 })
  // The list's keys are the closed drawer's render's once the drawer is gone from the page.
  await expect(page.getByTestId('complaint-number')).toBeHidden()
  await page.keyboard.press('F2')
  await expect(page.getByTestId('complaint-new-customer')).toBeFocused()
  await settle(page)
  await page.screenshot({ path: join(OUT, 'new-en.png') })
})
