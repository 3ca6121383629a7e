import { join } from 'node:path'
import { formatFen } from '../../../shared/domain/money'
import { DENOMINATIONS_FEN } from '../../../shared/handover/types'
import { expect, test, type Locator, type Page } from '../fixtures'
import { capturePrints, expectWorkbench, printDialogDone, signIn } from '../helpers'

const OUT = join('test-results', 'e2e', 'handover')
const CLERK1 = '李晓梅'
const CLERK2 = '赵雨婷'

/** ¥1,234.50 → 123450 fen. */
const fenOf = (text: string | null) => Math.round(Number((text ?? '').replace(/[^\d.-]/g, '')) * 100)

/** The notes and coins of an amount, the largest first (what lands in a drawer). */
function piecesOf(fen: number): number[] {
  let rest = Math.max(0, fen)
  return DENOMINATIONS_FEN.map((d) => {
    const n = Math.floor(rest / d)
    rest -= n * d
    return n
  })
}

async function openFees(page: Page, room: string) {
  await page.getByTestId('main-nav').getByText('收费').click()
  const input = page.getByPlaceholder(/输入房号/)
  await input.fill(room)
  await input.press('Enter')
  await expect(page.getByTestId('fees-room-title')).toBeVisible()
  await page
    .getByTestId('unpaid')
    .getByRole('checkbox')
    .first()
    .uncheck()
    .catch(() => undefined)
  await page.locator('input[data-testid^="prepay-"], [data-testid^="prepay-"] input').first().fill('1')
}

async function openHandover(page: Page) {
  await page.keyboard.press('Alt+8')
  await expect(page).toHaveURL(/#\/handover$/)
  await expect(page.getByTestId('handover-header')).toBeVisible()
}

/** Types the pieces from F2 with Enter between them (Enter walks the counts); returns the amount typed. */
async function countCash(page: Page, fen: number): Promise<number> {
  await page.keyboard.press('F2')
  await expect(page.getByTestId('handover-cash-10000')).toBeFocused()
  const pieces = piecesOf(fen)
  for (const n of pieces) {
    await page.keyboard.type(String(n))
    await page.keyboard.press('Enter')
  }
  return pieces.reduce((sum, n, i) => sum + n * DENOMINATIONS_FEN[i]!, 0)
}

/** Each key cabinet and tool counted as expected (the expected figure is the row's second cell). */
async function countLines(rows: Locator, input: (row: Locator) => Locator) {
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i)
    await input(row).fill((await row.locator('td').nth(1).textContent())!.trim())
  }
}

async function countKeysAndTools(page: Page) {
  await countLines(
    page
      .getByTestId('handover-keys')
      .locator('tbody tr')
      .filter({ has: page.locator('input') }),
    (r) => r.locator('input')
  )
  await countLines(page.getByTestId('handover-tools').locator('tbody tr'), (r) =>
    r.locator('input[data-testid^="handover-tool-"]').first()
  )
}

/** Whoever holds the demo's open shift this morning hands it to clerk1, counted exactly, so the story starts with clerk1's shift. */
async function takeOverAsClerk1(page: Page) {
  await openHandover(page)
  if ((await page.getByTestId('handover-holder').textContent()) === CLERK1) return
  const expected = fenOf(await page.getByTestId('handover-cash-expected').textContent())
  const counted = await countCash(page, expected)
  if (counted !== expected) await page.getByTestId('handover-cash-reason').fill('分币零头另袋存放')
  await countKeysAndTools(page)
  if (counted !== expected) await page.getByTestId('handover-acknowledge').check()
  await page.getByTestId('handover-incoming-username').fill('clerk1')
  await page.getByTestId('handover-incoming-password').fill('demo1234')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('handover-done')).toBeVisible()
  await printDialogDone(page)
  await expect(page.getByTestId('header-staff')).toHaveText(CLERK1)
}

async function takePayments(page: Page) {
  // Cash at the counter: F9, then Enter on the confirmation.
  await openFees(page, '2-1-101')
  await page.keyboard.press('F9')
  await expect(page.getByTestId('pay-confirm')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('receipt-result')).toContainText('收款成功')
  await page.getByTestId('next-payment').click()
  // WeChat.
  await openFees(page, '3-2-1502')
  await page.getByTestId('method-0').click()
  await page.getByTitle('微信').click()
  await page.getByTestId('pay-submit').click()
  await page.getByTestId('pay-confirm').click()
  await expect(page.getByTestId('receipt-result')).toContainText('微信')
  await page.keyboard.press('Escape')
}

test('clerk1 counts the drawer 10 元 short with a reason, clerk2 signs in on the screen and accepts', async ({
  page
}) => {
  test.setTimeout(180_000)
  const printed = await capturePrints(page)
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await takeOverAsClerk1(page)
  await takePayments(page)

  await openHandover(page)
  await expect(page.getByTestId('handover-holder')).toHaveText(CLERK1)
  await expect(page.getByTestId('handover-kind')).toHaveText(/白班|午间值班|夜班/)
  await expect(page.getByTestId('handover-money-method-cash')).toContainText('笔')
  await expect(page.getByTestId('handover-money-method-wechat')).toContainText('笔')
  await expect(page.getByTestId('handover-cash-card')).toContainText('F2')

  // 10 元 short: the difference shows as it is typed, and the reason is asked for.
  const expected = fenOf(await page.getByTestId('handover-cash-expected').textContent())
  const counted = await countCash(page, expected - 1000)
  const difference = counted - expected
  // 10 元 short, plus the fen below the smallest coin counted (0.1 元) when the payments had any.
  expect(difference).toBeLessThanOrEqual(-1000)
  expect(difference).toBeGreaterThan(-1010)
  await expect(page.getByTestId('handover-cash-counted')).toHaveText(`¥${formatFen(counted)}`)
  await expect(page.getByTestId('handover-cash-difference')).toHaveText(`短款 ¥${formatFen(-difference)}`)
  await expect(page.getByTestId('handover-cash-reason')).toBeFocused()
  await page.keyboard.type('找零多找给业主10元，已联系业主')
  await countKeysAndTools(page)
  await expect(page.getByTestId('handover-differences')).toContainText(`短款 ¥${formatFen(-difference)}`)

  // Not acknowledged, nobody signed in: refused on the screen, nothing sent.
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('handover-differences')).toContainText('存在差异，须交接双方确认')
  await page.getByTestId('handover-acknowledge').check()
  await page.getByTestId('handover-notes').fill('3-2-1502 业主下午来取装修许可证')
  await page.getByTestId('handover-notes-important').check()
  await page.getByTestId('handover-cleaning-ok').check()

  // The incoming person's wrong password is answered like the sign-in (and counted).
  await page.keyboard.press('F8')
  await expect(page.getByTestId('handover-incoming-username')).toBeFocused()
  await page.keyboard.type('clerk2')
  await page.getByTestId('handover-incoming-password').fill('wrong-password')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('handover-error')).toContainText('用户名或密码错误')
  await expect(page.getByTestId('handover-incoming-password')).toHaveValue('')
  await expect(page.getByTestId('header-staff')).toHaveText(CLERK1)
  await page.screenshot({ path: join(OUT, 'handover-zh-CN.png'), fullPage: true })

  await page.getByTestId('handover-incoming-password').fill('demo1234')
  await page.keyboard.press('Control+Enter')
  const number = page.getByTestId('handover-done-number')
  await expect(number).toHaveText(/^JB\S+-\d{4}-\d{6}$/)
  await printDialogDone(page)
  // The app is clerk2's now, and the sheet went to the printer.
  await expect(page.getByTestId('header-staff')).toHaveText(CLERK2)
  await expect(page.getByTestId('handover-done')).toContainText(`现由 ${CLERK2} 当班`)
  // One press, one handover: the key and the password's Enter did not send it twice.
  await expect(page.locator('.ant-message-notice').filter({ hasText: '已交接' })).toHaveCount(0)
  const jobs = await printed()
  expect(jobs.at(-1)!.html).toContain((await number.textContent())!)
  await page.screenshot({ path: join(OUT, 'handover-done-zh-CN.png') })

  // Enter: the 工作台, and the screen now shows clerk2's new shift.
  await page.keyboard.press('Enter')
  await expectWorkbench(page)
  await openHandover(page)
  await expect(page.getByTestId('handover-holder')).toHaveText(CLERK2)
})

test('nobody takes over: the clerk counts, a supervisor approves the close, and the counter signs in afresh', async ({
  page
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'clerk2')
  await expectWorkbench(page)
  await openHandover(page)
  await expect(page.getByTestId('handover-holder')).toHaveText(CLERK2)
  await expect(page.getByTestId('handover-close-alone')).toContainText('F10')

  // Nothing counted yet: F10 points at what is missing instead of opening the dialog.
  await page.keyboard.press('F10')
  await expect(page.getByTestId('handover-keys')).toContainText('请清点并填写数量')
  await expect(page.getByTestId('close-alone-dialog')).toHaveCount(0)

  const expected = fenOf(await page.getByTestId('handover-cash-expected').textContent())
  const counted = await countCash(page, expected)
  if (counted !== expected) await page.getByTestId('handover-cash-reason').fill('分币零头另袋存放')
  await countKeysAndTools(page)
  if (counted !== expected) await page.getByTestId('handover-acknowledge').check()
  await page.keyboard.press('F10')
  const dialog = page.getByTestId('close-alone-dialog')
  await expect(dialog.getByTestId('close-alone-reason')).toBeFocused()
  await page.keyboard.type('夜班人员病假，无人接班')
  await page.keyboard.press('Control+Enter')

  // A clerk may not close alone: the supervisor approves on the spot.
  await expect(page.getByRole('dialog', { name: /需要现场审批/ })).toContainText('客服主管')
  await page.getByTestId('approval-username').fill('super')
  await page.getByTestId('approval-password').fill('demo1234')
  await page.getByTestId('approval-password').press('Enter')
  await expect(page.locator('.ant-message-notice').filter({ hasText: /已结班 JB\S+-\d{4}-\d{6}/ })).toBeVisible()
  await expect(page.getByTestId('sign-in-username')).toBeVisible()

  // Whoever stays signs in again: a new shift of their own.
  await page.getByTestId('sign-in-username').fill('clerk1')
  await page.getByTestId('sign-in-password').fill('demo1234')
  await page.getByTestId('sign-in-password').press('Enter')
  await expect(page.getByTestId('header-staff')).toHaveText(CLERK1)
  await openHandover(page)
  await expect(page.getByTestId('handover-holder')).toHaveText(CLERK1)
  await expect(page.getByTestId('handover-previous-notes')).toHaveCount(0)
})
