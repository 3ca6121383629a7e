/**
 * The rooms-and-residents sheet (房屋与住户), one format for the template, the import and the
 * export: one row per room and person; a room without residents has the person columns empty; a
 * room with several residents repeats its room columns. This file holds the columns, the labels
 * and the writer; reading an uploaded file is in estate-workbook-read.ts.
 */
import ExcelJS from 'exceljs'
import type { IdType, Relation, RoomStatus, RoomType } from '../../../../shared/domain/person-fields'
import { neutralize } from '../../core/sheet-cells'

export const SHEET_NAME = '房屋与住户'
export const HELP_SHEET_NAME = '说明'
/** A larger estate is imported in parts: one import is one transaction. */
export const MAX_ROWS = 20_000

/** `text`: stored as text in Excel so long numbers keep every digit and leading zeros. */
export const COLUMNS = [
  { key: 'building', header: '楼栋', width: 8, text: true },
  { key: 'unit', header: '单元', width: 8, text: true },
  { key: 'number', header: '房号', width: 10, text: true },
  { key: 'area', header: '建筑面积(㎡)', width: 14, text: false },
  { key: 'type', header: '房屋类型', width: 11, text: false },
  { key: 'status', header: '房屋状态', width: 11, text: false },
  { key: 'name', header: '姓名/单位名称', width: 24, text: false },
  { key: 'relation', header: '关系', width: 11, text: false },
  { key: 'idType', header: '证件类型', width: 26, text: false },
  { key: 'idNumber', header: '证件号码/信用代码', width: 24, text: true },
  { key: 'phone', header: '手机', width: 16, text: true },
  { key: 'notes', header: '备注', width: 30, text: false }
] as const

export type ColumnKey = (typeof COLUMNS)[number]['key']
export type Cells = Record<ColumnKey, string>
export const HEADERS = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>

export const ROOM_TYPE_LABELS: Record<RoomType, string> = {
  residence: '住宅',
  shop: '商铺',
  parking: '车位',
  storage: '储藏室',
  other: '其他'
}
export const ROOM_STATUS_LABELS: Record<RoomStatus, string> = {
  undelivered: '未交付',
  vacant: '空置',
  occupied: '已入住',
  trusteeship: '托管',
  renovating: '装修中'
}
export const RELATION_LABELS: Record<Relation, string> = {
  owner: '业主',
  coowner: '共有人',
  family: '家庭成员',
  tenant: '租户',
  agent: '受托人'
}
export const ID_TYPE_LABELS: Record<IdType, string> = {
  resident: '居民身份证',
  passport: '护照',
  hkmo: '港澳居民来往内地通行证',
  taiwan: '台湾居民来往大陆通行证',
  other: '其他'
}
/** Not a document type of a person: this label makes the row's owner a company (单位). */
export const COMPANY_ID_LABEL = '统一社会信用代码'

/** Traditional-character spellings an office working in zh-TW may type. */
const ALIASES: Readonly<Record<string, string>> = {
  業主: '业主',
  家庭成員: '家庭成员',
  租戶: '租户',
  受託人: '受托人',
  託管: '托管',
  裝修中: '装修中',
  儲藏室: '储藏室',
  車位: '车位',
  商舖: '商铺',
  居民身分證: '居民身份证',
  居民身份證: '居民身份证',
  護照: '护照',
  統一社會信用代碼: '统一社会信用代码',
  其它: '其他'
}

/** The code for a label ('业主' → 'owner'); the code itself is accepted too. */
export function fromLabel<K extends string>(labels: Record<K, string>, value: string): K | undefined {
  const plain = ALIASES[value] ?? value
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    if (label === plain || code === plain.toLowerCase()) return code
  }
  return undefined
}

export const labelList = (labels: Record<string, string>, ...extra: string[]) =>
  [...Object.values(labels), ...extra].join('、')

type ListColumn = { key: ColumnKey; values: string }
const LIST_COLUMNS: readonly ListColumn[] = [
  { key: 'type', values: labelList(ROOM_TYPE_LABELS) },
  { key: 'status', values: labelList(ROOM_STATUS_LABELS) },
  { key: 'relation', values: labelList(RELATION_LABELS) },
  { key: 'idType', values: labelList(ID_TYPE_LABELS, COMPANY_ID_LABEL) }
]

/** Not in exceljs' typings, but the writer supports range addresses ('E2:E2000'). */
interface RangeValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void }
}

export interface WriteOptions {
  /** Drop-down lists on the enumerated columns (the template). */
  validations?: boolean
  /** A second sheet, 说明: [column, explanation] pairs. */
  help?: readonly (readonly [string, string])[]
}

/**
 * A row as cells: the area a number (formatted 0.00) so Excel can sum and sort it, every text
 * neutralised so a name or note that starts like a formula stays text.
 */
function sheetRow(cells: Cells): Record<ColumnKey, string | number> {
  const area = /^\d+(?:\.\d{1,2})?$/.test(cells.area) ? Number(cells.area) : neutralize(cells.area)
  const row = Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, neutralize(value)])) as Record<
    ColumnKey,
    string | number
  >
  return { ...row, area }
}

/** The workbook as base64: widths set, header bold and frozen, number-like columns kept as text. */
export async function writeSheet(rows: readonly Cells[], options: WriteOptions = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'FrontDesk'
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.text ? { numFmt: '@' } : c.key === 'area' ? { numFmt: '0.00' } : {}
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(sheetRow(row))
  if (options.validations) {
    const lastRow = Math.max(rows.length + 1, 2000)
    for (const list of LIST_COLUMNS) {
      const letter = sheet.getColumn(list.key).letter
      ;(sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.values.replaceAll('、', ',')}"`],
        showErrorMessage: true,
        errorTitle: HEADERS[list.key],
        error: `请从列表中选择：${list.values}`
      })
    }
  }
  if (options.help) {
    const help = workbook.addWorksheet(HELP_SHEET_NAME)
    help.columns = [
      { header: '列', key: 'column', width: 22 },
      { header: '填写说明', key: 'text', width: 100 }
    ]
    help.getRow(1).font = { bold: true }
    for (const [column, text] of options.help)
      help.addRow({ column, text }).alignment = { wrapText: true, vertical: 'top' }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

/** The template's 说明 sheet: what goes in each column, in the words of the office. */
export const HELP: readonly (readonly [string, string])[] = [
  ['楼栋', '必填。楼栋编号，只能是字母和数字，如 3、A、B1；写成“3栋”“3号楼”也可以，导入时去掉“栋”“号楼”。'],
  ['单元', '选填。单元编号；不填视为 1 单元。'],
  ['房号', '必填。如 1502（15 层 2 号房），地下室如 B101。一间房有几位住户就填几行，每行都重复填写房屋各列。'],
  [
    '建筑面积(㎡)',
    '新房屋必填，以平方米为单位，最多两位小数，如 89.50。已登记的房屋可以不填；填写时须与登记的面积一致。'
  ],
  ['房屋类型', '住宅、商铺、车位、储藏室、其他；不填视为住宅。'],
  [
    '房屋状态',
    '未交付、空置、已入住、托管、装修中；不填视为空置。已登记房屋的类型和状态须与登记一致，修改请到房屋页面。'
  ],
  ['姓名/单位名称', '住户姓名或单位全称。没有住户的房屋，本列及右边各列留空（备注除外）。'],
  [
    '关系',
    '业主、共有人、家庭成员、租户、受托人。受托人须在房屋页面登记（要填写委托事项和期限），导入文件中只能保留已登记的受托人。'
  ],
  [
    '证件类型',
    '居民身份证、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证、其他；住户是单位时选“统一社会信用代码”。填了号码但没填类型的，按居民身份证检查。'
  ],
  [
    '证件号码/信用代码',
    '身份证号会检查出生日期和校验位；单位填 18 位统一社会信用代码。请保持本列为“文本”格式，否则 Excel 会把号码末几位变成 0。证件号码已登记的人员直接沿用，不会重复建档；含 * 的号码（导出文件中打码的号码）表示沿用已登记的同名人员。'
  ],
  [
    '手机',
    '手机 11 位，座机带区号如 0591-87654321；多个号码用顿号分隔，最多 4 个。含 * 的号码（打码）对已登记的人员表示保留原号码；新住户须填写完整号码。'
  ],
  ['备注', '住户的备注；没有住户的行，作为新建房屋的备注。'],
  [
    '导入规则',
    '先预览检查，全部无误才能导入；只要有一行有误，整个文件都不导入，数据不会改变。已登记且一致的房屋、人员和关系不会重复建立，同一文件重复导入不会产生重复数据。已登记人员的资料（电话、备注等）不会被导入修改，请到人员页面修改。'
  ],
  ['示例', `“${SHEET_NAME}”表第 2、3 行是示例，导入前请改为实际数据或删除。`]
]
