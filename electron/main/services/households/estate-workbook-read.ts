/**
 * Reading the rooms-and-residents sheet (房屋与住户) from an uploaded file: xlsx, or the text
 * exports Excel makes (CSV, "Unicode 文本"). Columns are found by their header text, so a sheet
 * whose columns were moved or partly deleted still reads.
 */
import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'
import { cellString, idLostToExcel } from '../../core/sheet-cells'
import { COLUMNS, HEADERS, HELP_SHEET_NAME, MAX_ROWS, SHEET_NAME, type Cells, type ColumnKey } from './estate-workbook'

const REQUIRED_COLUMNS: readonly ColumnKey[] = ['building', 'number', 'area']

export interface SheetRow {
  /** As Excel shows it: the header is row 1. */
  row: number
  cells: Cells
  /** Excel turned the ID into a number (or its scientific notation): its last digits are lost. */
  idIsNumber: boolean
}

export interface SheetProblem {
  row: number
  /** The header text of the column, or '' for the file as a whole. */
  column: string
  key: string
  params?: Record<string, string | number>
}

export interface SheetData {
  rows: SheetRow[]
  problems: SheetProblem[]
}

/**
 * UTF-16 when it starts with its byte-order mark (Excel's "Unicode 文本"), else UTF-8 (with or
 * without a BOM), else GBK — what Excel in mainland China saves as "CSV".
 */
export function decodeText(data: Uint8Array): string {
  let text: string
  if (data[0] === 0xff && data[1] === 0xfe) text = new TextDecoder('utf-16le').decode(data)
  else if (data[0] === 0xfe && data[1] === 0xff) text = new TextDecoder('utf-16be').decode(data)
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data)
    } catch {
      text = new TextDecoder('gbk').decode(data)
    }
  }
  return text.replace(/^\uFEFF/, '')
}

/** Excel's text exports separate by tab ("Unicode 文本", .txt) or by comma (CSV): the header line tells. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? ''
  return (header.match(/\t/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? '\t' : ','
}

/** '建筑面积（㎡）' / ' 建筑面积 ' / '建筑面积' all name the area column. */
function normalizeHeader(value: string): string {
  return value.replace(/\s+/g, '').replace(/[（(].*$/, '')
}

function columnOf(headerText: string): ColumnKey | undefined {
  const plain = normalizeHeader(headerText)
  if (plain === '') return undefined
  return COLUMNS.find((c) => {
    const own = normalizeHeader(c.header)
    return own === plain || own.split('/')[0] === plain
  })?.key
}

/** The kinds of file the import reads; anything else is refused with its own reason. */
const TEXT_FILE = /\.(csv|txt|tsv)$/i
const XLSX_FILE = /\.(xlsx|xlsm)$/i

async function openSheet(fileName: string, data: Buffer): Promise<ExcelJS.Worksheet | undefined> {
  const workbook = new ExcelJS.Workbook()
  if (TEXT_FILE.test(fileName)) {
    // Every value stays the text it was: exceljs would turn '0901' into 901 and IDs into floats.
    const text = decodeText(data)
    const utf8 = Buffer.from(text, 'utf8')
    return workbook.csv.read(Readable.from(utf8), {
      map: (value: unknown) => value,
      parserOptions: { delimiter: delimiterOf(text) }
    })
  }
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer)
  return workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets.find((s) => s.name !== HELP_SHEET_NAME)
}

/** Why a file of this name cannot be read at all, before trying: a wrong type says so by name. */
function fileTypeProblem(fileName: string): SheetProblem | undefined {
  if (TEXT_FILE.test(fileName) || XLSX_FILE.test(fileName)) return undefined
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  if (extension === 'xls' || extension === 'et')
    return { row: 1, column: '', key: 'import.oldExcel', params: { extension } }
  return { row: 1, column: '', key: 'import.fileType', params: { file: fileName } }
}

/** Reads the sheet's rows as text. Problems of the file as a whole come back beside them. */
export async function readSheet(fileName: string, data: Buffer): Promise<SheetData> {
  const wrongType = fileTypeProblem(fileName)
  if (wrongType) return { rows: [], problems: [wrongType] }
  let opened: ExcelJS.Worksheet | undefined
  try {
    opened = await openSheet(fileName, data)
  } catch {
    opened = undefined
  }
  const sheet = opened
  if (!sheet) return { rows: [], problems: [{ row: 1, column: '', key: 'import.unreadable' }] }

  // The header is row 1 in the template; sheets kept by hand often have a title row or two above it.
  const headerAt = (n: number) => {
    const found = new Map<ColumnKey, number>()
    sheet.getRow(n).eachCell((cell, col) => {
      const key = columnOf(cellString(cell))
      if (key && !found.has(key)) found.set(key, col)
    })
    return found
  }
  const headerRow = [1, 2, 3, 4, 5].find((n) => REQUIRED_COLUMNS.every((key) => headerAt(n).has(key))) ?? 1
  const positions = headerAt(headerRow)
  const missing = REQUIRED_COLUMNS.filter((key) => !positions.has(key))
  if (missing.length) {
    return {
      rows: [],
      problems: missing.map((key) => ({
        row: 1,
        column: HEADERS[key],
        key: 'import.missingColumn',
        params: { column: HEADERS[key] }
      }))
    }
  }

  const rows: SheetRow[] = []
  const problems: SheetProblem[] = []
  sheet.eachRow((row, number) => {
    if (number <= headerRow || problems.length) return
    const cells = Object.fromEntries(
      COLUMNS.map((c) => {
        const col = positions.get(c.key)
        return [c.key, col === undefined ? '' : cellString(row.getCell(col))]
      })
    ) as Cells
    if (Object.values(cells).every((v) => v === '')) return
    if (rows.length >= MAX_ROWS) {
      problems.push({ row: number, column: '', key: 'import.tooManyRows', params: { max: MAX_ROWS } })
      return
    }
    const idCol = positions.get('idNumber')
    rows.push({ row: number, cells, idIsNumber: idCol !== undefined && idLostToExcel(row.getCell(idCol)) })
  })
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 2, column: '', key: 'import.empty' })
  return { rows, problems }
}
