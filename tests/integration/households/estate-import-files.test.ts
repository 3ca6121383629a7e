import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { expectOk } from '../../helpers/core'
import { eachTest } from '../../helpers/each-test'
import { HEADER, ID_A, ID_B, gbk, readBack, setUpImport, type ImportEnv } from '../../helpers/estate-import'

/** Files as Excel and other software write them, not as the template does. */

let env: ImportEnv
eachTest(setUpImport, (e) => {
  env = e
})
const sqlOf = (env: ImportEnv) => (sql: string) => env.core.store.sqlite.prepare(sql).all()

/** An Excel workbook with a real date cell in 备注 and areas Excel computed (float noise). */
async function excelMade(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('房屋与住户')
  sheet.addRow(HEADER)
  const computed = 20.91 * 3 // what Excel stores for =20.91*3, shown as 62.73
  expect(String(computed)).toBe('62.730000000000004')
  sheet.addRow(['8', '1', '101', computed, '住宅', '空置', '', '', '', '', '', new Date(Date.UTC(2020, 2, 15))])
  sheet.addRow([
    '8',
    '1',
    '102',
    { formula: 'D2', result: computed },
    '住宅',
    '已入住',
    '\u200B林\u200D海\uFEFF',
    '业主',
    '居民身份证',
    `${ID_A}\u2060`,
    '13912345678',
    new Date(Date.UTC(2020, 2, 15, 14, 30))
  ])
  sheet.addRow(['\u200B9', '1', '101', { formula: '50.5+12.23', result: 50.5 + 12.23 }, '', '', '', '', '', '', '', ''])
  sheet.getCell('L2').numFmt = 'yyyy-mm-dd'
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

/** Excel's "Unicode 文本": UTF-16LE with a byte-order mark, tab-separated, CRLF. */
function unicodeText(lines: string[][]): string {
  const text = lines.map((cells) => cells.join('\t')).join('\r\n')
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('base64')
}

describe('importing files made by other software', () => {
  it('a real Excel date is the local date, a computed area is its two-decimal figure, zero-width characters are gone', async () => {
    const sql = sqlOf(env)
    const preview = await env.previewOf(await excelMade())
    expect(preview).toMatchObject({ rows: 3, newRooms: 3, newBuildings: ['8', '9'], problems: [] })
    expectOk(await env.commit(await excelMade()))
    expect(sql(`select code, area_centi, notes from rooms order by code`)).toEqual([
      { code: '8-1-101', area_centi: 6273, notes: '2020-03-15' },
      { code: '8-1-102', area_centi: 6273, notes: '' },
      { code: '9-1-101', area_centi: 6273, notes: '' }
    ])
    expect(sql(`select name, id_number, notes from persons`)).toEqual([
      { name: '林海', id_number: ID_A, notes: '2020-03-15 14:30' }
    ])
    expect(sql(`select code from buildings order by code`)).toEqual([{ code: '8' }, { code: '9' }])
  })

  it('a number with a real third decimal is still refused', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('房屋与住户')
    sheet.addRow(HEADER)
    sheet.addRow(['8', '1', '101', 62.735, '', '', '', '', '', '', '', ''])
    sheet.addRow(['8', '1', '102', 62.7300001, '', '', '', '', '', '', '', ''])
    const data = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    expect((await env.previewOf(data)).problems.map((p) => `${p.row} ${p.message}`)).toEqual([
      '2 面积最多两位小数',
      '3 面积最多两位小数'
    ])
  })

  it('Excel’s “Unicode 文本” (UTF-16LE, tab-separated) imports', async () => {
    const data = unicodeText([
      HEADER,
      [
        '7',
        '1',
        '0901',
        '88.80',
        '住宅',
        '已入住',
        '欧阳娜娜',
        '业主',
        '居民身份证',
        ID_B,
        '13912345678',
        '“带引号”, 逗号'
      ],
      ['7', '1', '0902', '88.8', '', '', '', '', '', '', '', '']
    ])
    expect(expectOk(await env.commit(data, 'rooms.txt'))).toMatchObject({
      rows: 2,
      newRooms: 2,
      newBuildings: ['7'],
      persons: 1,
      problems: []
    })
    expect(sqlOf(env)(`select name, notes from persons`)).toEqual([{ name: '欧阳娜娜', notes: '“带引号”, 逗号' }])
    // Saved under a .csv name it is still recognised by its byte-order mark and tabs.
    expect(await env.previewOf(data, 'rooms.csv')).toMatchObject({ rows: 2, newRooms: 0, problems: [] })
  })

  it('a GBK-encoded CSV saved by Excel imports, and so does UTF-8 with a BOM', async () => {
    const csv = [
      HEADER.join(','),
      `7,1,0901,88.8,住宅,已入住,欧阳娜娜,业主,居民身份证,${ID_B},13912345678,`,
      '7,1,0902,88.8,住宅,空置,,,,,,'
    ].join('\r\n')
    expect(expectOk(await env.commit(gbk(csv).toString('base64'), 'rooms.csv'))).toMatchObject({
      rows: 2,
      newRooms: 2,
      persons: 1,
      relations: 1,
      problems: []
    })
    expect(env.core.store.sqlite.prepare(`select name from persons`).all()).toEqual([{ name: '欧阳娜娜' }])
    expect(env.core.store.sqlite.prepare(`select code from rooms order by code`).all()).toEqual([
      { code: '7-1-901' },
      { code: '7-1-902' }
    ])
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv.replace('0902', '0903'), 'utf8')])
    expect(expectOk(await env.commit(utf8.toString('base64'), 'rooms.csv'))).toMatchObject({
      newRooms: 1,
      persons: 0,
      relations: 0,
      problems: []
    })
    expect(env.counts()).toMatchObject({ rooms: 3, persons: 1 })
  })

  it('an ID Excel saved as 3.50102E+17 in a GBK CSV gets the same message as in .xlsx', async () => {
    const csv = [HEADER.join(','), '7,1,901,88.8,住宅,已入住,欧阳娜娜,业主,居民身份证,3.50102E+17,13912345678,'].join(
      '\r\n'
    )
    const preview = await env.previewOf(gbk(csv).toString('base64'), 'rooms.csv')
    expect(preview.problems).toEqual([
      {
        row: 2,
        column: '证件号码/信用代码',
        message: '证件号码被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”后重新填写'
      }
    ])
  })

  it('a file of another type is refused with its real reason, not a generic validation error', async () => {
    const data = Buffer.from('%PDF-1.7 not a sheet').toString('base64')
    expect((await env.previewOf(data, '房屋清单.pdf')).problems).toEqual([
      {
        row: 1,
        column: '',
        message: '不能导入“房屋清单.pdf”：请选择 .xlsx 工作簿、.csv 文件或 Excel 另存的“Unicode 文本”(.txt)'
      }
    ])
    expect((await env.previewOf(data, '房屋清单.xls')).problems).toEqual([
      { row: 1, column: '', message: '不能直接导入旧版 .xls 文件：请在 Excel 或 WPS 中“另存为” .xlsx 工作簿后再导入' }
    ])
  })
})

describe('the export is safe to open and edit in Excel', () => {
  it('text that starts like a formula is neutralised and re-imports as it was', async () => {
    const csv = [
      HEADER.join(','),
      `7,1,901,88.8,住宅,已入住,"=HYPERLINK(""http://x.example"")",业主,居民身份证,${ID_B},13912345678,@SUM(A1)`,
      '7,1,902,88.8,住宅,空置,,,,,,-1+1',
      '7,1,903,88.8,住宅,空置,,,,,,+86 备注'
    ].join('\r\n')
    expectOk(await env.commit(Buffer.from(csv, 'utf8').toString('base64'), 'rooms.csv'))
    expect(sqlOf(env)(`select name, notes from persons`)).toEqual([
      { name: '=HYPERLINK("http://x.example")', notes: '@SUM(A1)' }
    ])
    const file = await env.admin.estate.exportWorkbook({})
    const cells = await readBack(file.dataBase64, (cell) => ({ type: cell.type, value: cell.value }))
    expect(cells.slice(1).map((r) => [r[6], r[11]])).toEqual([
      [
        { type: ExcelJS.ValueType.String, value: `'=HYPERLINK("http://x.example")` },
        { type: ExcelJS.ValueType.String, value: `'@SUM(A1)` }
      ],
      [
        { type: ExcelJS.ValueType.String, value: '' },
        { type: ExcelJS.ValueType.String, value: `'-1+1` }
      ],
      [
        { type: ExcelJS.ValueType.String, value: '' },
        { type: ExcelJS.ValueType.String, value: `'+86 备注` }
      ]
    ])
    expect(await env.previewOf(file.dataBase64)).toMatchObject({ newRooms: 0, persons: 0, relations: 0, problems: [] })
  })
})
