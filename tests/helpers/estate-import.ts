/** Files as other software writes them, and a core to import them into (estate-import tests). */
import ExcelJS from 'exceljs'
import type { ImportPreview } from '../../shared/households/estate'
import { creditCodeCheckChar } from '../../shared/domain/credit-code'
import { idCheckDigit } from '../../shared/domain/id-card'
import type { ApiResult } from '../../shared/kernel/errors'
import { expectOk, setUpCore } from './core'

export const HEADER = [
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
export const id = (first17: string) => first17 + idCheckDigit(first17)
export const credit = (first17: string) => first17 + creditCodeCheckChar(first17)
export const ID_A = id('35010219800101123')
export const ID_B = id('35010219850505224')
export const CREDIT = credit('91350100MA2XY4123')
/** The same ID with the last character changed: a wrong check digit. */
export const wrongCheck = (value: string) => value.slice(0, 17) + (value.endsWith('1') ? '2' : '1')

export type Row = ExcelJS.CellValue[]

/** A row of text cells written as one line, the cells between bars: `3|2|1503|102.30|住宅|空置||||||`. */
export function cells(line: string): Row {
  const row = line.split('|')
  if (row.length !== HEADER.length) throw new Error(`${row.length} cells, not ${HEADER.length}: ${line}`)
  return row
}

/** Four rooms in buildings 3 and A with their residents, every cell valid: the file a clerk fixes towards. */
export const GOOD: Row[] = [
  cells(`3|2|1502|89.5|住宅|已入住|林海|业主|居民身份证|${ID_A}|13912345678|`),
  cells(`3|2|1502||住宅|已入住|陈静|家庭成员|居民身份证|${ID_B}|13800001111、0591-87654321|夫妻`),
  cells('3|2|1503|102.30|住宅|空置||||||'),
  cells(`A|1|101|56|商铺|托管|福建榕城贸易有限公司|业主|统一社会信用代码|${CREDIT}||`),
  cells('A|1|102|56|商铺|已入住|王小明|租户|||13700002222|')
]

export async function xlsx(rows: Row[], header: string[] = HEADER): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('房屋与住户')
  sheet.addRow(header)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

/** GBK bytes for the text, from the decoder's own table (Node has a GBK decoder but no encoder). */
export function gbk(text: string): Buffer {
  const table = new Map<string, number[]>()
  const decoder = new TextDecoder('gbk')
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const char = decoder.decode(Uint8Array.of(lead, trail))
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail])
    }
  }
  const bytes: number[] = []
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0))
    else bytes.push(...(table.get(char) ?? []))
  }
  return Buffer.from(bytes)
}

export async function readBack<T = string>(
  base64: string,
  read: (cell: ExcelJS.Cell) => T = (cell) => cell.text as T
): Promise<T[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer)
  const sheet = workbook.getWorksheet('房屋与住户')!
  const rows: T[][] = []
  sheet.eachRow((row) => rows.push(HEADER.map((_, i) => read(row.getCell(i + 1)))))
  return rows
}

/** A core with an administrator, and the import's calls and table counts. */
export async function setUpImport(dir: string) {
  const env = await setUpCore(dir)
  const { core, adminToken, mutate } = env
  const count = (table: string) =>
    (core.store.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
  const counts = () => ({
    rooms: count('rooms'),
    persons: count('persons'),
    relations: count('room_persons'),
    phones: count('person_phones')
  })
  const previewOf = async (dataBase64: string, fileName = 'rooms.xlsx') =>
    expectOk(
      (await core.call(
        'estate.importPreview',
        { fileName, dataBase64 },
        { session: adminToken }
      )) as ApiResult<ImportPreview>
    )
  const commit = async (dataBase64: string, fileName = 'rooms.xlsx') =>
    (await mutate('estate.importCommit', { fileName, dataBase64 }, adminToken)) as ApiResult<ImportPreview>
  return { ...env, counts, previewOf, commit }
}

export type ImportEnv = Awaited<ReturnType<typeof setUpImport>>
