import { addMonths } from '../../../shared/kernel/calendar'
import { expect, test } from '../fixtures'
import { E2E_MONTH, expectWorkbench, signIn } from '../helpers'

/**
 * 统计 and the 工作台's 到期提醒 on the demo: the month's figures with their charts, ← and → through
 * the months, the recurring problems linking to their orders, the workbook by its key; and the
 * due card opening what it lists. The charts draw under the shell's strict CSP (no eval).
 */

test('the due card lists what is overdue and opens it', async ({ page }) => {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  const card = page.getByTestId('workorders-due')
  await expect(card).toBeVisible()
  await expect(page.getByTestId('due-overdue')).toContainText('已逾期')
  const first = card.locator('[data-testid^="due-"][data-urgency]').first()
  await expect(first).toHaveAttribute('data-urgency', 'overdue')
  const testId = (await first.getAttribute('data-testid'))!
  const [, type, id] = /^due-(repair|service|complaint)-(\d+)$/.exec(testId)!
  await first.click()
  await expect(page).toHaveURL(
    type === 'complaint' ? `#/workorders/complaints/${id}` : new RegExp(`#/workorders/${id}$`)
  )
})

test('the month’s statistics: figures, charts, months by the arrow keys, recurring problems and the export', async ({
  page
}) => {
  test.setTimeout(90_000)
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await page.keyboard.press('Alt+7')
  await page.getByRole('tab', { name: '统计' }).click()
  await expect(page).toHaveURL(/#\/workorders\/stats$/)

  const rate = page.getByTestId('stats-follow-up')
  await expect(rate).toContainText('回访率')
  await expect(rate).toContainText('%')
  await expect(page.getByTestId('stats-sum-repairs')).toBeVisible()
  for (const chart of ['categories', 'severity', 'trend'])
    await expect(page.getByTestId(`stats-chart-${chart}`).locator('canvas')).toHaveCount(1)
  await expect(page.getByTestId('stats-repair-steps')).toContainText('派工')
  await expect(page.getByTestId('stats-complaint-steps')).toContainText('处理完毕')

  // ← and →: the month before and back again.
  const month = page.getByTestId('stats-month')
  await expect(month).toHaveValue(E2E_MONTH)
  await page.getByTestId('stats-summary').click()
  await page.keyboard.press('ArrowLeft')
  await expect(month).toHaveValue(addMonths(E2E_MONTH, -1))
  await page.keyboard.press('ArrowRight')
  await expect(month).toHaveValue(E2E_MONTH)

  // The workbook by its key, named by the month.
  await expect(page.getByTestId('stats-export')).toContainText('Alt+X')
  const download = page.waitForEvent('download')
  await page.keyboard.press('Alt+X')
  expect((await download).suggestedFilename()).toBe(`报修投诉统计-${E2E_MONTH}.xlsx`)

  // The demo's room with its third leak in 90 days: a number opens that order.
  const recurring = page.getByTestId('stats-recurring')
  await expect(recurring).toContainText('同一房间')
  const link = recurring.locator('a[href^="#/workorders/"]').first()
  const href = (await link.getAttribute('href'))!
  await link.click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.getByTestId('workorder-drawer')).toBeVisible()

  expect(problems.filter((p) => /Content Security Policy|unsafe-eval|EvalError/i.test(p))).toEqual([])
})
