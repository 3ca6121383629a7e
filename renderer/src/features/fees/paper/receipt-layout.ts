import type { PrintTemplate } from '@shared/fees/printing'

/**
 * Millimetre arithmetic of the receipt templates, kept apart from the markup so the sizes can be
 * reasoned about (and tested) without rendering. Text does not wrap or spill on a form: a cell
 * that is too narrow gets a smaller font, computed here from an estimate of the text's width.
 */

export const FONT_STACK = `'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif`

/** Fixed page sizes; the thermal roll's height follows its content (thermalHeightMm). */
export const PAGE_SIZES: Readonly<Record<Exclude<PrintTemplate, 'thermal80'>, { widthMm: number; heightMm: number }>> =
  {
    /** 9.5" × 11"/3: the 241 mm three-part continuous form. */
    form3: { widthMm: 241, heightMm: 93.1 },
    form241x140: { widthMm: 241, heightMm: 140 },
    a5: { widthMm: 148, heightMm: 210 }
  }
export const THERMAL_WIDTH_MM = 80

export const mm = (value: number) => `${Math.round(value * 100) / 100}mm`

/**
 * Width of a text in em: CJK characters and full-width forms are one em, Latin letters, digits
 * and punctuation a little over half (SimSun draws them at exactly half; the Noto fallbacks are
 * wider), so the estimate errs on the wide side.
 */
export function textWidthEm(text: string): number {
  let em = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    em += code < 0x1100 ? 0.6 : 1
  }
  return em
}

/** The largest font (up to `baseMm`, down to `minMm`) at which `text` fits on one line of `widthMm`. */
export function fitFont(text: string, widthMm: number, baseMm: number, minMm = baseMm * 0.7): number {
  const em = textWidthEm(text)
  if (em === 0 || em * baseMm <= widthMm) return baseMm
  return Math.max(minMm, Math.floor((widthMm / em) * 100) / 100)
}

/** How many lines `text` takes when it wraps within `widthMm` at `fontMm`. */
export function wrappedLines(text: string, widthMm: number, fontMm: number): number {
  if (text === '') return 0
  // Wrapping breaks at whole characters, so a line holds a little less than the full width.
  return Math.max(1, Math.ceil((textWidthEm(text) * fontMm) / (widthMm * 0.94)))
}

export interface FormGeometry {
  widthMm: number
  heightMm: number
  /** The printable band between the tractor strips (continuous forms) or the margins. */
  leftMm: number
  rightMm: number
  topMm: number
  bottomMm: number
  /** Column widths of the lines table, in mm, adding up to rightMm − leftMm. */
  columns: readonly [number, number, number, number, number]
  /** The 存根联 / 客户联 / 记账联 legend in the right margin (continuous forms only). */
  legend: boolean
  /** Continuous forms fill the form down to its bottom edge; A5 ends after the last line. */
  fill: boolean
  /** Preferred height of a line row; rows shrink when there are many lines. */
  rowMm: number
  fontMm: number
}

/**
 * Continuous forms: 12.7 mm tractor strips each side, torn off along the perforation, so text
 * stays within 18–218 mm and the part legend sits just inside the right perforation.
 */
const CONTINUOUS = { leftMm: 18, rightMm: 218, columns: [48, 44, 24, 46, 38] as const, legend: true, fill: true }

export const FORM_GEOMETRY: Readonly<Record<Exclude<PrintTemplate, 'thermal80'>, FormGeometry>> = {
  form3: { ...PAGE_SIZES.form3, ...CONTINUOUS, topMm: 4, bottomMm: 4, rowMm: 6, fontMm: 3.3 },
  form241x140: { ...PAGE_SIZES.form241x140, ...CONTINUOUS, topMm: 8, bottomMm: 8, rowMm: 7, fontMm: 3.5 },
  a5: {
    ...PAGE_SIZES.a5,
    leftMm: 12,
    rightMm: 136,
    topMm: 14,
    bottomMm: 14,
    columns: [31, 31, 16, 26, 20],
    legend: false,
    fill: false,
    rowMm: 7,
    fontMm: 3.2
  }
}

/**
 * Rows of the lines table: at least as many as fill the space at the preferred height (a form
 * shows its empty grid), more and shorter when there are more lines.
 */
export function tableRows(lineCount: number, areaMm: number, rowMm: number): { rows: number; rowMm: number } {
  const rows = Math.max(lineCount, Math.floor(areaMm / rowMm), 1)
  return { rows, rowMm: areaMm / rows }
}

/** The thermal roll: 4 mm margins each side, a 72 mm print line. */
export const THERMAL = {
  marginMm: 4,
  contentMm: THERMAL_WIDTH_MM - 8,
  fontMm: 3,
  lineMm: 4.2,
  smallMm: 2.6,
  smallLineMm: 3.6
} as const
