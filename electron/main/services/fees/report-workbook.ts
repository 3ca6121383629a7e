/**
 * The Excel files of the arrears list and the reports: one sheet per table, a title row naming
 * what and when, a bold frozen header, money as numbers in yuan (so Excel can sum them) shown with
 * two decimals, dates as real Excel dates (so they sort and filter as dates), codes kept as text so
 * leading zeros and long numbers survive, and no text that a spreadsheet could run as a formula.
 */
import ExcelJS from 'exceljs'
import { neutralize } from '../../core/sheet-cells'

/** `date`: 'YYYY-MM-DD'; `datetime`: 'YYYY-MM-DD HH:mm' — the counter's local calendar and clock. */
export type ColumnKind = 'text' | 'fen' | 'int' | 'date' | 'datetime'
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

const FORMATS: Record<ColumnKind, string> = {
  text: '@',
  fen: '#,##0.00',
  int: '0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm'
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/

/**
 * A local date or time as an Excel date. Excel dates carry no time zone and exceljs writes a
 * Date by its UTC fields, so the wall-clock figures go in as UTC and read back unchanged.
 */
function excelDate(text: string): Date | string {
  const m = LOCAL_TIME.exec(text)
  if (!m) return text
  const [, y, mo, d, h = '0', mi = '0'] = m
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)))
}

/** Fen → yuan for the cell only; the figures themselves were summed in integer fen. */
function cellValue(value: Cell, kind: ColumnKind): Cell | Date {
  if (value === null) return null
  if (kind === 'fen' && typeof value === 'number') return value / 100
  if (typeof value !== 'string') return value
  if ((kind === 'date' || kind === 'datetime') && value !== '') {
    const date = excelDate(value)
    if (date instanceof Date) return date
  }
  return neutralize(value)
}

export async function workbookBase64(sheets: readonly SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'FrontDesk'
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 2 }] })
    sheet.columns = spec.columns.map((c) => ({ width: c.width, style: { numFmt: FORMATS[c.kind ?? 'text'] } }))
    sheet.addRow([neutralize(spec.title)]).font = { bold: true, size: 13 }
    sheet.addRow(spec.columns.map((c) => c.header)).font = { bold: true }
    const add = (row: readonly Cell[]) => sheet.addRow(row.map((v, i) => cellValue(v, spec.columns[i]?.kind ?? 'text')))
    for (const row of spec.rows) add(row)
    if (spec.totals) add(spec.totals).font = { bold: true }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

export const yyyymmdd = (date: string) => date.replaceAll('-', '')
