import ExcelJS from 'exceljs'
import { expect, test } from '../fixtures'
import { expectWorkbench, residentId, signIn } from '../helpers'

const HEADER = [
  '楼栋',
  '单元',
  '房号',
  '建筑面积(㎡)',
  '房屋类型',
  '房屋状态',
  '姓名/单位名称',
  '关系',
  '证件类型',
  '证件号码/信用代码',
  '手机',
  '备注'
]

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('房屋与住户')
  sheet.addRow(HEADER)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}

test('an Excel file with two bad rows is refused with both reasons and nothing imported; the fixed file imports', async ({
  page
}) => {
  const good = [
    '30',
    '1',
    '101',
    '89.50',
    '住宅',
    '已入住',
    '郑美玲',
    '业主',
    '居民身份证',
    '11010519491231002X',
    '13955556666',
    ''
  ]
  const badId = [
    '30',
    '1',
    '102',
    '89.50',
    '住宅',
    '已入住',
    '何建平',
    '业主',
    '居民身份证',
    '110105194912310021',
    '13955557777',
    ''
  ]
  const badArea = ['30', '1', '201', 'abc', '住宅', '空置', '', '', '', '', '', '']
  await signIn(page, 'admin')
  await expectWorkbench(page)
  await page.getByTestId('main-nav').getByText('设置').click()
  await page.getByRole('tab', { name: /房屋/ }).click()

  const chooser = page
    .getByTestId('import-choose')
    .locator('xpath=ancestor::span[contains(@class,"ant-upload")]')
    .locator('input[type=file]')
  // A file of another type says why, by name, instead of "check the items marked red".
  await chooser.setInputFiles({ name: '房屋清单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') })
  await expect(page.getByTestId('import-problems')).toContainText(
    '不能导入“房屋清单.pdf”：请选择 .xlsx 工作簿、.csv 文件或 Excel 另存的“Unicode 文本”(.txt)'
  )
  await expect(page.getByText('输入有误，请检查标红的项目')).toHaveCount(0)

  await chooser.setInputFiles({
    name: '住户.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook([good, badId, badArea])
  })
  await expect(page.getByTestId('import-problems-alert')).toContainText('发现 2 处问题，未导入任何数据')
  const problems = page.getByTestId('import-problems')
  await expect(problems.getByRole('row', { name: /^3 / })).toContainText('身份证号校验位不正确')
  await expect(problems.getByRole('row', { name: /^4 / })).toContainText('面积不是数字')
  await expect(page.getByTestId('import-commit')).toHaveCount(0)

  badId[9] = residentId('11010519491231010')
  badArea[3] = '96.40'
  await chooser.setInputFiles({
    name: '住户-改正.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook([good, badId, badArea])
  })
  await expect(page.getByTestId('import-ok')).toContainText('检查通过：3 行，3 间房')
  await expect(page.getByTestId('import-ok')).toContainText('将新建 1 栋楼：30。')
  await page.getByTestId('import-commit').click()
  await expect(page.getByText('导入完成')).toBeVisible()

  await page.keyboard.press('F3')
  await page.getByTestId('global-search').fill('30-1-101')
  await expect(page.getByTestId('search-hit').first()).toContainText('郑美玲')
})
