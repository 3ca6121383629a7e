import { FONT_MM, LINE_MM, TEXT_WIDTH_MM } from './sheet-kit'

/**
 * How tall the sheet's text comes out, estimated from the characters (nothing is laid out before
 * the print): the page flow packs pages by these heights, so they err on the tall side. The
 * printed sheet carries each block's estimate (data-mm) and the e2e test holds it against the
 * height the browser lays out.
 */

/** A cell's padding and border above and below its lines (the style: 0.6 mm each side and the rule), with a little over. */
export const ROW_EXTRA_MM = 1.6
/** Each heading with its margins (the style's h2 and h3). */
const HEADING_MM = { 2: 9.8, 3: 7.6 } as const
/** The horizontal padding and border of a cell. */
const CELL_SIDES_MM = 3.1
/** A line holds a little less than its width: wrapping breaks before a word or character that would not fit. */
const LINE_FILL = 0.95

/**
 * Width of a character in em, as the sheet's serif CJK faces draw it (measured in Chromium on
 * Noto Serif CJK; SimSun is narrower still): CJK and full-width forms 1, digits and Latin a little
 * over half (a monospace digit 0.6), capitals 0.65, spaces and thin punctuation about a third.
 */
function charEm(code: number): number {
  if (code >= 0x1100) return 1
  if (code >= 0x30 && code <= 0x39) return 0.58
  if (code >= 0x41 && code <= 0x5a) return 0.66
  if (code >= 0x61 && code <= 0x7a) return 0.53
  return 0.36
}

function textEm(text: string): number {
  let em = 0
  for (const ch of text) em += charEm(ch.codePointAt(0) ?? 0)
  return em
}

/** How many lines `text` takes in `widthMm` at the body type. */
function lineCount(text: string, widthMm: number): number {
  return Math.max(1, Math.ceil((textEm(text) * FONT_MM) / (widthMm * LINE_FILL)))
}

export interface MeasuredColumn {
  /** Width in mm; null shares what is left of the text width. */
  widthMm: number | null
}

export function columnWidths(columns: readonly MeasuredColumn[], totalMm = TEXT_WIDTH_MM): number[] {
  const fixed = columns.reduce((s, c) => s + (c.widthMm ?? 0), 0)
  const free = columns.filter((c) => c.widthMm === null).length
  return columns.map((c) => c.widthMm ?? (totalMm - fixed) / Math.max(free, 1))
}

/** The height of one row: its tallest cell's wrapped lines (a line break starts a new line). */
export function rowMm(texts: readonly string[], widthsMm: readonly number[]): number {
  const lines = texts.map((text, i) => {
    const width = Math.max((widthsMm[i] ?? 20) - CELL_SIDES_MM, 4)
    return text.split('\n').reduce((n, part) => n + lineCount(part, width), 0)
  })
  return Math.max(1, ...lines) * LINE_MM + ROW_EXTRA_MM
}

/** The height of a text block of `widthMm` at the body type. */
export const textMm = (text: string, widthMm = TEXT_WIDTH_MM) => rowMm([text], [widthMm]) - ROW_EXTRA_MM

export const headingMm = (level: 2 | 3) => HEADING_MM[level]
