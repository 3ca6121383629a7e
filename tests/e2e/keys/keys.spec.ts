import { expect, test, type Page } from '../fixtures'
import { capturePrints, expectWorkbench, residentId, signIn, type CapturedPrint } from '../helpers'

// Every page sent to the printer is kept for the test (see capturePrints).
let printed: () => Promise<CapturedPrint[]>
test.beforeEach(async ({ page }) => {
  printed = await capturePrints(page)
})

const ROOM = '2-1-102'
const OWNER = '钥匙测试业主'
const OWNER_ID = residentId('11010519750315123')
const WORKERS = [
  { name: '王建国', relation: '装修工人', phone: '13912345678', idTail: '12345X' },
  { name: '李师傅', relation: '装修队长', phone: '13812345678', idTail: '654321' }
]

/** The tile of the key set's hook on the cabinet view. */
const tile = (page: Page, tag: string) => page.locator('[data-testid^="hook-"]', { hasText: tag })

async function openSet(page: Page, tag: string) {
  await page.keyboard.press('/')
  await expect(page.getByTestId('keys-search').locator('input')).toBeFocused()
  await page.keyboard.type(tag)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('keyset-tag')).toHaveText(tag)
}

async function closeSet(page: Page) {
  // The browser shell prints through a hidden frame that holds the focus until it is removed.
  await expect(page.locator('iframe')).toHaveCount(0)
  // A dialog that is still closing takes the first Escape; the drawer takes the next.
  await expect(async () => {
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/#\/keys$/, { timeout: 500 })
  }).toPass({ timeout: 5000 })
}

test('keys deposited for a renovation go out only to the listed workers, a manager overrides, a short return is an incident, the owner withdraws', async ({
  page
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'clerk1')
  await expectWorkbench(page)

  // The owner is on file with their ID: only an owner (or a current agent) may leave keys.
  await page.keyboard.press('F3')
  await page.getByTestId('global-search').fill(ROOM)
  await expect(page.getByTestId('search-hit').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('household-room')).toHaveText('2栋1单元102')
  await page.getByTestId('add-relation').click()
  await page.getByTestId('relation-select').click()
  await page.getByTitle('共有人').click()
  await page.getByTestId('person-name').fill(OWNER)
  await page.getByTestId('person-id-number').fill(OWNER_ID)
  await page.getByTestId('person-phone-0').fill('13700002222')
  await page
    .getByTestId('relation-dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click()
  await expect(page.getByTestId('current-persons')).toContainText(OWNER)

  // 存入 from the household's 钥匙 tab: two kinds of keys, two workers allowed for the renovation.
  await page.getByTestId('household-tabs').getByRole('tab', { name: '钥匙' }).click()
  await page.getByTestId('room-keys-deposit').click()
  await expect(page.getByTestId('deposit-room')).toHaveValue(ROOM)
  await page.getByTestId('deposit-depositor').click()
  await page.locator('.ant-select-dropdown:visible').getByText(OWNER).click()
  await page.getByTestId('piece-count').first().fill('2')
  await page.getByTestId('add-piece').click()
  await expect(page.getByTestId('deposit-hook')).toContainText(/\d+-\d+/)
  for (const [i, w] of WORKERS.entries()) {
    await page.getByTestId('add-authorized').click()
    const row = page.getByTestId(`authorized-${i}`)
    await row.getByTestId('auth-name').fill(w.name)
    await row.getByTestId('auth-relation').fill(w.relation)
    await row.getByTestId('auth-phone').fill(w.phone)
    await row.getByTestId('auth-id-tail').fill(w.idTail)
  }
  await page.getByTestId('deposit-notes').fill('装修期间使用')
  await page.getByTestId('deposit-notes').press('Enter')
  const done = page.getByTestId('deposit-open')
  await expect(done).toBeVisible()
  const tag = /标签\s*(K[A-Z0-9]+)/.exec((await page.getByTestId('deposit-done').textContent()) ?? '')![1]!

  // The entrustment with the commitment (two A4 pages, one job) and the tag label went to the printer.
  await expect.poll(async () => (await printed()).length).toBe(2)
  const [entrustment, label] = await printed()
  expect(entrustment!.pageWidthMm).toBe(210)
  expect(entrustment!.html).toContain('保管钥匙委托书')
  expect(entrustment!.html).toContain('保管钥匙承诺书')
  for (const w of WORKERS) expect(entrustment!.html).toContain(w.name)
  expect(entrustment!.html).toContain(OWNER)
  expect(label!.pageWidthMm).toBe(50)
  expect(label!.pageHeightMm).toBe(30)
  expect(label!.html).toContain(tag)
  expect(label!.html).toContain('data:image/png;base64,')
  expect(label!.html).not.toContain(ROOM) // the tag never says which room
  expect(label!.html).not.toContain('2栋1单元102')

  await done.click()
  await expect(page).toHaveURL(/#\/keys\/\d+$/)
  await expect(page.getByTestId('keyset-status')).toHaveText('在柜')
  await expect(page.getByTestId('keyset-authorized')).toContainText(WORKERS[0]!.name)
  await closeSet(page)
  await expect(tile(page, tag)).toHaveAttribute('data-state', 'in')

  // An authorised worker borrows with their ID; the sign-out record prints.
  await openSet(page, tag)
  await page.getByTestId('action-borrow').click()
  await page.getByTestId('borrow-pick').click()
  await page.locator('.ant-select-dropdown:visible').getByText(WORKERS[0]!.name).click()
  await expect(page.getByTestId('borrow-name')).toHaveValue(WORKERS[0]!.name)
  await expect(page.getByTestId('borrow-id-tail')).toBeFocused()
  await page.getByTestId('borrow-id-tail').fill(WORKERS[0]!.idTail.toLowerCase())
  await page.getByTestId('borrow-id-tail').press('Enter')
  await expect(page.getByText(`${tag} 已借给 ${WORKERS[0]!.name}`)).toBeVisible()
  await expect(page.getByTestId('keyset-status')).toHaveText('借出中')
  await expect.poll(async () => (await printed()).at(-1)?.html ?? '').toContain('钥匙签收单')
  expect((await printed()).at(-1)!.html).toContain(WORKERS[0]!.idTail)
  await closeSet(page)
  await expect(tile(page, tag)).toHaveAttribute('data-state', 'out')
  await expect(tile(page, tag)).toContainText(WORKERS[0]!.name)

  // Back in full.
  await openSet(page, tag)
  await page.getByTestId('action-return').click()
  await expect(page.getByTestId('return-count')).toHaveValue('3')
  await page.getByTestId('return-count').press('Enter')
  await expect(page.getByTestId('keyset-status')).toHaveText('在柜')

  // Someone not on the list is refused, with the reason.
  await page.getByTestId('action-borrow').click()
  await page.getByTestId('borrow-name').fill('赵六')
  await page.getByTestId('borrow-id-tail').fill('998877')
  await page.getByTestId('borrow-id-tail').press('Enter')
  await expect(page.getByTestId('borrow-refusal')).toContainText('授权名单')
  await expect(page.getByTestId('keyset-status')).toHaveText('在柜')

  // 经理特批: a reason, then the manager approves on the spot; the override is in the history.
  await page.getByTestId('borrow-override').click()
  await page.getByTestId('borrow-phone').fill('13700001111')
  await page.getByTestId('borrow-override-reason').fill('业主电话确认同意')
  await page.getByTestId('borrow-override-reason').press('Enter')
  await page.getByTestId('approval-username').fill('manager')
  await page.getByTestId('approval-password').fill('demo1234')
  await page.getByTestId('approval-password').press('Enter')
  await expect(page.getByText(`${tag} 已借给 赵六`)).toBeVisible()
  await expect(page.getByTestId('keyset-status')).toHaveText('借出中')
  await expect(page.getByTestId('history-override').first()).toContainText('业主电话确认同意')

  // One key short: the warning, then a missing-key incident on file.
  await page.getByTestId('action-return').click()
  await page.getByTestId('return-count').fill('2')
  await expect(page.getByTestId('return-short')).toContainText('少 1 把')
  await page.getByTestId('return-note').fill('少还一把单元门钥匙')
  await page.getByTestId('return-note').press('Enter')
  await expect(page.getByTestId('keyset-status')).toHaveText('在柜')
  await expect(page.getByTestId('keyset-history')).toContainText('钥匙遗失')
  await expect(page.getByTestId('keyset-history')).toContainText('缺 1 把')
  await closeSet(page)
  await expect(tile(page, tag)).toHaveAttribute('data-state', 'in')
  await expect(tile(page, tag)).toContainText('2 把')

  // The owner takes the keys back with their ID: the hook is free again.
  const place = (await tile(page, tag).getAttribute('data-testid'))!
  await openSet(page, tag)
  await page.getByTestId('action-withdraw').click()
  await expect(page.getByTestId('withdraw-name')).toHaveValue(OWNER)
  await page.getByTestId('withdraw-id-tail').fill(OWNER_ID.slice(-6))
  await page.getByTestId('withdraw-id-tail').press('Enter')
  await expect(page.getByTestId('keyset-status')).toHaveText('已取回')
  await expect(page.getByTestId('keyset-authorized')).toContainText('已关闭')
  await closeSet(page)
  await expect(page.getByTestId(place)).toHaveAttribute('data-state', 'empty')
})

test('the 工作台 lists the keys not back in time; a row opens the key set', async ({ page }) => {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  const rows = page.getByTestId('overdue-keys').locator('tbody tr.ant-table-row')
  await expect(rows.first()).toBeVisible()
  await expect(rows.first()).toContainText(/1[3-9]\d{9}/) // the borrower's phone in full, to call them
  await rows.first().click()
  await expect(page).toHaveURL(/#\/keys\/\d+$/)
  await expect(page.getByTestId('keyset-status')).toHaveText('逾期未还')
  await expect(page.getByTestId('keyset-borrow')).toBeVisible()
})
