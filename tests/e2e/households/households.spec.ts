import { expect, test, type Page } from '../fixtures'
import { expectWorkbench, residentId, signIn } from '../helpers'

async function search(page: Page, q: string) {
  await page.keyboard.press('F3')
  await page.getByTestId('global-search').fill(q)
  await expect(page.getByTestId('search-hit').first()).toBeVisible()
}

test('a clerk finds a household by room code, surname, pinyin initials and phone tail, and opens it', async ({
  page
}) => {
  await signIn(page, 'clerk1')
  await expectWorkbench(page)
  await search(page, '3-2-1502')
  await expect(page.getByTestId('search-hit').first()).toContainText('3栋2单元1502')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('household-room')).toHaveText('3栋2单元1502')

  await search(page, '张')
  await expect(page.getByTestId('search-hit').first()).toContainText('张')
  await search(page, 'zs')
  await expect(page.getByTestId('search-hit').first()).toContainText('拼音')
  // The demo owner of 3-2-1502's first phone, by its last four digits.
  const masked = await page
    .getByTestId('current-persons')
    .getByText(/\d{3}\*{4}\d{4}/)
    .first()
    .textContent()
  const tail = masked!.trim().slice(-4)
  await search(page, tail)
  await expect(page.getByTestId('search-results')).toContainText(`****${tail}`)
})

test('the household page shows masked data, the documents checklist with an attached scan, and the timeline', async ({
  page
}) => {
  await signIn(page, 'super')
  await expectWorkbench(page)
  await search(page, '3-2-1502')
  await page.keyboard.press('Enter')
  const persons = page.getByTestId('current-persons')
  await expect(persons.getByText(/^\d{4}\*{10}[\dX]{4}$/).first()).toBeVisible()

  // A supervisor may reveal one ID number; it is written to the timeline.
  await persons.getByTestId('reveal').first().click()
  await expect(persons.getByText(/^\d{17}[\dX]$/).first()).toBeVisible()

  await page.getByRole('tab', { name: /资料/ }).click()
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005fe02fea7d6a8ef0000000049454e44ae426082',
    'hex'
  )
  await page
    .getByTestId('upload-keySignOff')
    .locator('..')
    .locator('input[type=file]')
    .setInputFiles({ name: '钥匙签收表.png', mimeType: 'image/png', buffer: png })
  await expect(page.getByTestId('documents').getByTestId('attachment')).toContainText('钥匙签收表.png')
  await page.getByTestId('attachment').first().click()
  await expect(page.getByRole('dialog').locator('img')).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: /时间线/ }).click()
  await expect(page.getByTestId('timeline')).toContainText('上传附件：钥匙签收表.png')
  await expect(page.getByTestId('timeline')).toContainText('查看完整证件号码')
})

test('a new resident is registered with an ID checked as it is typed', async ({ page }) => {
  await signIn(page, 'clerk2')
  await expectWorkbench(page)
  await search(page, '2-1-101')
  await page.keyboard.press('Enter')
  await page.getByTestId('add-relation').click()
  const dialog = page.getByTestId('relation-dialog')
  await page.getByTestId('person-name').fill('测试租客')
  const id = residentId('44010619800101123')
  const wrong = id.slice(0, 17) + (id.endsWith('1') ? '2' : '1')
  await page.getByTestId('person-id-number').fill(wrong)
  await expect(dialog).toContainText('身份证号校验位不正确')
  await page.getByTestId('person-id-number').fill(id)
  await expect(dialog).toContainText('出生日期 1980-01-01')
  await page.getByTestId('person-phone-0').fill('1391234')
  await expect(dialog).toContainText('电话号码格式不正确')
  await page.getByTestId('person-phone-0').fill('13911112222')
  await page.getByTestId('relation-select').click()
  await page.getByTitle('租户').click()
  await dialog.getByRole('button', { name: /保\s*存/ }).click()
  await expect(page.getByTestId('current-persons')).toContainText('测试租客')
  await expect(page.getByTestId('current-persons')).toContainText('139****2222')
})
