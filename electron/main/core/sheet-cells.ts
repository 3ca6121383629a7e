/**
 * Cell values between the program and spreadsheet files, both ways: what a cell Excel wrote
 * means as text (dates, numbers Excel computed, invisible characters), and text written out so
 * that no spreadsheet ever takes it for a formula.
 */
import type ExcelJS from 'exceljs'

/** Zero-width space, non-joiner and joiner, word joiner, BOM: pasted from web pages and chat apps. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g
export const stripInvisible = (text: string) => text.replace(INVISIBLE, '')

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * Excel dates have no time zone: exceljs hands them over as the instant of that wall-clock time
 * in UTC, so the UTC fields are the day and time the sheet shows ('2020-03-15', '2020-03-15 14:30').
 */
export function excelDateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const time = date.getUTCHours() * 60 + date.getUTCMinutes()
  return time === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
}

/**
 * A number Excel typed as a number, as the figure it shows. Arithmetic in Excel leaves binary
 * noise (62.73 computed as 62.730000000000004); a value that two decimals express within a
 * relative 1e-9 is that two-decimal figure. Anything else keeps every digit, so 50.123 is still
 * refused by the checks that follow. Only cells typed as numbers come here: text is never parsed.
 */
export function excelNumberText(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const rounded = Number(value.toFixed(2))
  const close = Math.abs(rounded - value) <= 1e-9 * Math.max(Math.abs(value), 1e-9)
  return close ? String(rounded) : String(value)
}

/** A formula cell's last computed result (what Excel shows), else the value itself. */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && 'result' in value) return value.result
  return value
}

/** The cell as the text it stands for: trimmed, invisible characters removed. */
export function cellString(cell: ExcelJS.Cell): string {
  const value = plainValue(cell.value)
  let text: string
  if (value instanceof Date) text = excelDateText(value)
  else if (typeof value === 'number') text = excelNumberText(value)
  else {
    const shown: unknown = cell.text
    text = typeof shown === 'string' ? shown : ''
  }
  return unneutralize(stripInvisible(text).trim())
}

/**
 * An ID number Excel turned into a number: a numeric cell of more than 15 digits, or in a CSV
 * the scientific notation Excel saved it as ('3.50102E+17'); its last digits are gone either way.
 */
export function idLostToExcel(cell: ExcelJS.Cell): boolean {
  const value = plainValue(cell.value)
  if (typeof value === 'number') return Math.abs(value) >= 1e15
  return typeof value === 'string' && /^\s*\d(?:\.\d+)?E\+\d+\s*$/i.test(value)
}

/** What makes a spreadsheet read text as a formula (OWASP ASVS 1.2.10): =, +, -, @, tab, CR, NUL. */
const FORMULA_START = /^[=+\-@\t\r\0]/

/**
 * Text written to a sheet: one that would start a formula gets a leading apostrophe, the escape
 * OWASP recommends, so neither opening the file nor editing the cell in Excel runs it.
 */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** The reverse, on import: the program's own export reads back as what was on file. */
export function unneutralize(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}
