import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { PrintJob } from '@shared/kernel/bridge'
import type { Locale } from '@shared/kernel/locale'
import { localDateTime } from '@shared/kernel/calendar'
import { formatFen } from '@shared/domain/money'
import { displayRoom, parseRoomQuery } from '@shared/domain/room-code'
import { isMessageKey } from '@shared/messages'
import type { MessageParams } from '@shared/kernel/i18n'
import { PAPER_STYLE } from '../../../lib/print/paper-style'
import type { Translate } from '../../../lib/translate'

/**
 * What the printed 交接班记录表 is made of: exact A4 sheets (no page margin, the sheet draws its
 * own), the counter's language, the estate's names, and the few forms of figures and moments it
 * prints. Sizes live here so the page flow (sheet-flow.tsx) and the style agree.
 */

export interface PaperContext {
  companyName: string
  estateName: string
}

export interface PaperWords {
  t: Translate
  locale: Locale
}

export const A4 = { widthMm: 210, heightMm: 297 }
/** The sheet's padding: the text block is 182 × 272 mm. */
export const MARGIN = { topMm: 11, sideMm: 14, bottomMm: 14 }
export const TEXT_WIDTH_MM = A4.widthMm - 2 * MARGIN.sideMm
export const TEXT_HEIGHT_MM = A4.heightMm - MARGIN.topMm - MARGIN.bottomMm
/** The body type and its line (the style's font-size and line-height). */
export const FONT_MM = 3.3
export const LINE_MM = FONT_MM * 1.45

const STYLE = `${PAPER_STYLE}
html, body { width: 210mm; }
.sheet { width: 210mm; height: 297mm; padding: ${MARGIN.topMm}mm ${MARGIN.sideMm}mm ${MARGIN.bottomMm}mm; font-size: ${FONT_MM}mm; line-height: 1.45; }
.company { font-size: 3.4mm; }
.title { font-size: 7mm; letter-spacing: 1.5mm; margin: 1mm 0 0.5mm; }
.sub { font-size: 3.2mm; margin-bottom: 3mm; }
.cont { display: flex; justify-content: space-between; align-items: flex-end; height: 5.5mm; font-size: 3.2mm; margin-bottom: 2mm; border-bottom: 0.25mm solid #000; padding-bottom: 0.8mm; }
.copy { position: absolute; top: 9mm; right: 14mm; border: 0.5mm solid #000; padding: 0.6mm 2.4mm; font-size: 4.6mm; font-weight: bold; letter-spacing: 0.6mm; }
.cont .copy { position: static; font-size: 3.4mm; padding: 0 1.6mm; line-height: 1.3; }
h2 { font-size: 3.8mm; margin: 3mm 0 1.2mm; }
h2 .note, h3 .note { font-weight: normal; font-size: ${FONT_MM}mm; margin-left: 3mm; }
h3 { font-size: 3.4mm; margin: 1.8mm 0 0.8mm; }
p { margin: 0 0 1mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.25mm solid #000; padding: 0.6mm 1.4mm; vertical-align: top; overflow-wrap: anywhere; }
th { font-weight: bold; background: #f2f2f2; text-align: left; }
td.k { background: #f7f7f7; white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.c { text-align: center; }
.diff { font-weight: bold; }
.mono { font-family: 'Consolas', 'DejaVu Sans Mono', 'Courier New', monospace; }
.important { font-weight: bold; }
.notes { border: 0.25mm solid #000; padding: 1.2mm 2mm; white-space: pre-wrap; overflow-wrap: anywhere; }
.sign { display: flex; gap: 8mm; margin-top: 2mm; line-height: 2.6; }
.sign > div { flex: 1; }
.line { display: inline-block; border-bottom: 0.25mm solid #000; height: 1.2em; vertical-align: bottom; }
.foot { position: absolute; left: ${MARGIN.sideMm}mm; right: ${MARGIN.sideMm}mm; bottom: 6mm; font-size: 2.8mm; color: #333; text-align: center; }
`

const escapeText = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The whole document: one `.sheet` per page, the size the printer is sent. */
export function sheetJob(title: string, fileName: string, locale: Locale, sheets: ReactNode): PrintJob {
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeText(title)}</title>` +
    `<style>@page { size: ${A4.widthMm}mm ${A4.heightMm}mm; margin: 0 }${STYLE}</style></head>` +
    `<body>${renderToStaticMarkup(<>{sheets}</>)}</body></html>`
  return {
    html,
    pageWidthMm: A4.widthMm,
    pageHeightMm: A4.heightMm,
    target: 'printer',
    fileName: fileName.replace(/[^A-Za-z0-9_-]/g, '_')
  }
}

/** Fen as the sheet prints money: '1,234.50'. */
export const yuan = (fen: number) => formatFen(fen)
/** A difference with its sign: '+10.00', '-10.00', '0.00'. */
export const signedYuan = (fen: number) => (fen > 0 ? `+${formatFen(fen)}` : formatFen(fen))
export const signedCount = (n: number) => (n > 0 ? `+${n}` : String(n))
/** A denomination in yuan without trailing zeros: 100, 0.5, 0.1. */
export const denomination = (fen: number) => formatFen(fen, { grouping: false }).replace(/\.?0+$/, '')
export const paperTime = (iso: string | null | undefined) => (iso ? localDateTime(iso) : '')

export function paperRoom(w: PaperWords, code: string | null): string {
  if (!code) return ''
  const parts = parseRoomQuery(code)
  return parts ? displayRoom(parts, w.locale) : code
}

/**
 * A word a capability named by key (a section's title, a matter's status): the catalog's when it
 * has the key, else the key itself, so a section from a capability without words still prints.
 */
export function namedWord(w: PaperWords, key: string, params?: MessageParams): string {
  return isMessageKey(key) ? w.t(key, params) : key
}

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** The section number as the language numbers headings: 一、二、… 十一 in Chinese, 1. 2. in English. */
export function sectionNumber(locale: Locale, n: number): string {
  if (locale === 'en' || n >= 100) return String(n)
  const tens = Math.floor(n / 10)
  const ones = ZH_DIGITS[n % 10]!
  if (tens === 0) return ones
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones}`
}
