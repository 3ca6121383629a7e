import QRCode from 'qrcode'
import { wrappedLines } from '../../fees/paper/receipt-layout'

/**
 * The millimetre arithmetic of the 证件 papers, apart from the markup so it can be tested without
 * rendering: page sizes, where the pass cards sit on an A4 sheet, how small a block of text must
 * be set to fit its box, and the QR code as one SVG path (built synchronously, so a print job is
 * ready without waiting on a canvas).
 */

export interface PageSize {
  widthMm: number
  heightMm: number
}

export const A4: PageSize = { widthMm: 210, heightMm: 297 }
export const A5: PageSize = { widthMm: 148, heightMm: 210 }
export const A6: PageSize = { widthMm: 105, heightMm: 148 }
/** ISO/IEC 7810 ID-1, the size of an ID card. */
export const PASS_CARD: PageSize = { widthMm: 85.6, heightMm: 54 }

/** Cards on an A4 sheet: 2 across, 5 down, with gaps to cut between them. */
export const PASS_GRID = { columns: 2, rows: 5, gapXmm: 8, gapYmm: 3.5 } as const
export const PASSES_PER_SHEET = PASS_GRID.columns * PASS_GRID.rows

/** Top-left corner of card `index` (0–9) on its sheet, the grid centred on the page. */
export function passCardOrigin(index: number): { leftMm: number; topMm: number } {
  const { columns, rows, gapXmm, gapYmm } = PASS_GRID
  const gridWidth = columns * PASS_CARD.widthMm + (columns - 1) * gapXmm
  const gridHeight = rows * PASS_CARD.heightMm + (rows - 1) * gapYmm
  const column = index % columns
  const row = Math.floor(index / columns) % rows
  const round = (v: number) => Math.round(v * 100) / 100
  return {
    leftMm: round((A4.widthMm - gridWidth) / 2 + column * (PASS_CARD.widthMm + gapXmm)),
    topMm: round((A4.heightMm - gridHeight) / 2 + row * (PASS_CARD.heightMm + gapYmm))
  }
}

/** `items` in runs of `size` (one run per sheet). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = []
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size))
  return runs
}

/**
 * The largest font (from `baseMm` down to `minMm`, in 0.1 mm steps) at which the paragraphs, each
 * wrapping within `widthMm` at `lineHeight` × font, fill no more than `heightMm`.
 */
export function fitBlockFont(
  paragraphs: readonly string[],
  box: { widthMm: number; heightMm: number },
  baseMm: number,
  minMm: number,
  lineHeight = 1.4
): number {
  for (let font = baseMm; font >= minMm; font = Math.round((font - 0.1) * 10) / 10) {
    const lines = paragraphs.reduce((sum, p) => sum + Math.max(1, wrappedLines(p, box.widthMm, font)), 0)
    if (lines * font * lineHeight <= box.heightMm) return font
  }
  return minMm
}

export interface QrShape {
  /** Modules across, the quiet zone included: the SVG's viewBox is 0 0 size size. */
  size: number
  /** Every dark module, one run of a row per subpath. */
  path: string
}

/**
 * The QR code of a payload (error correction M: a scratched door permit still scans) as one path,
 * with a quiet zone of `quiet` modules each side.
 */
export function qrShape(payload: string, quiet = 4): QrShape {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' })
  const n = modules.size
  let path = ''
  for (let row = 0; row < n; row += 1) {
    let col = 0
    while (col < n) {
      if (!modules.get(row, col)) {
        col += 1
        continue
      }
      const start = col
      while (col < n && modules.get(row, col)) col += 1
      path += `M${start + quiet} ${row + quiet}h${col - start}v1h${start - col}z`
    }
  }
  return { size: n + 2 * quiet, path }
}
