/**
 * The Excel files of the arrears list and the reports: one sheet per table, a title row naming
 * what and when, a bold frozen header, money as numbers in yuan (so Excel can sum them) shown with
 * two decimals, codes kept as text so leading zeros and long numbers survive.
 */
import ExcelJS from 'exceljs'

export type ColumnKind = 'text' | 'fen' | 'int'
export type Cell = string | number | null

export interface SheetColumn {
  header: string
  width: number
  kind?: ColumnKind
}

export interface SheetSpec {
  name: string
  /** Written above the header: the report and its parameters. */
  title: string
  columns: readonly SheetColumn[]
  rows: readonly (readonly Cell[])[]
  /** A last, bold row (合计). */
  totals?: readonly Cell[]
}

const FORMATS: Record<ColumnKind, string> = { text: '@', fen: '#,##0.00', int: '0' }

/** Fen → yuan for the cell only; the figures themselves were summed in integer fen. */
function cellValue(value: Cell, kind: ColumnKind): Cell {
  if (value === null) return null
  if (kind === 'fen' && typeof value === 'number') return value / 100
  return value
}

export async function workbookBase64(sheets: readonly SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'FrontDesk'
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 2 }] })
    sheet.columns = spec.columns.map((c) => ({ width: c.width, style: { numFmt: FORMATS[c.kind ?? 'text'] } }))
    sheet.addRow([spec.title]).font = { bold: true, size: 13 }
    sheet.addRow(spec.columns.map((c) => c.header)).font = { bold: true }
    const add = (row: readonly Cell[]) => sheet.addRow(row.map((v, i) => cellValue(v, spec.columns[i]?.kind ?? 'text')))
    for (const row of spec.rows) add(row)
    if (spec.totals) add(spec.totals).font = { bold: true }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

export const yyyymmdd = (date: string) => date.replaceAll('-', '')
