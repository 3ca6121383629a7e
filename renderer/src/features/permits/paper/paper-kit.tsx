import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import dayjs from 'dayjs'
import type { PrintJob } from '@shared/kernel/bridge'
import type { Locale } from '@shared/kernel/locale'
import { displayRoom, parseRoomQuery } from '@shared/domain/room-code'
import { PAPER_STYLE } from '../../../lib/print/paper-style'
import type { Translate } from '../../../lib/translate'
import { fitFont } from '../../fees/paper/receipt-layout'
import { qrShape, type PageSize } from './paper-layout'

/**
 * What the papers of 证件 share: the estate's names, the counter's language (the papers print in
 * it), dates and rooms as that language writes them, the QR code with its check code, and the
 * self-contained HTML document the print bridge takes.
 */

export interface PaperContext {
  companyName: string
  estateName: string
}

export interface PaperWords {
  t: Translate
  locale: Locale
}

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' }

/** A local date (YYYY-MM-DD) or an instant, as a date of the paper's language: 2026年6月15日 / 15 Jun 2026. */
export const paperDate = (w: PaperWords, value: string | null | undefined) =>
  value ? dayjs(value).locale(DAYJS_LOCALE[w.locale]).format(w.t('permitPaper.format.date')) : ''
export const paperTime = (w: PaperWords, iso: string | null | undefined) =>
  iso ? dayjs(iso).format(w.t('permitPaper.format.time')) : ''
export const paperRange = (w: PaperWords, from: string, to: string) =>
  w.t('permitPaper.range', { from: paperDate(w, from), to: paperDate(w, to) })
export function paperRoom(w: PaperWords, code: string): string {
  const parts = parseRoomQuery(code)
  return parts ? displayRoom(parts, w.locale) : code
}
export const paperList = (w: PaperWords, items: readonly string[]) => items.join(w.t('permitPaper.listSeparator'))
export const centerName = (w: PaperWords, ctx: PaperContext) => w.t('permitPaper.center', { estate: ctx.estateName })

/**
 * A title letter-spaced as a Chinese title is; a longer (English) one closes up and shrinks until
 * it fits on one line of `widthMm`.
 */
export function titleStyle(title: string, widthMm: number, baseMm: number, spacingMm: number, scale = 1) {
  const chars = [...title].length
  const spacing = chars > 12 ? Math.min(spacingMm, 0.4) : spacingMm
  const fontMm = fitFont(title, widthMm - spacing * chars, baseMm, baseMm * 0.5)
  const mm = (v: number) => `${Math.round(v * scale * 100) / 100}mm`
  return { fontSize: mm(fontMm), letterSpacing: mm(spacing) }
}

/** The paper's QR code, drawn as vector squares so any printer renders it crisp. */
export function QrCode({ payload, sizeMm, quiet = 4 }: { payload: string; sizeMm: number; quiet?: number }) {
  const shape = qrShape(payload, quiet)
  return (
    <svg
      className="qr"
      data-part="qr"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shapeRendering="crispEdges"
      style={{ display: 'block' }}
    >
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  )
}

/** 校验码 K7QX-M2PD under the QR code, in a monospace face so a guard can read each character. */
export function CheckCode({ w, code, fontMm }: { w: PaperWords; code: string; fontMm: number }) {
  // The words around the code come from the catalog; only the code itself is set in monospace.
  const [before, after] = w.t('permitPaper.checkCode', { code: '\u0000' }).split('\u0000')
  return (
    <div className="check" style={{ fontSize: `${fontMm}mm`, whiteSpace: 'nowrap' }} data-part="check-code">
      {before}
      <span className="mono">{code}</span>
      {after}
    </div>
  )
}

const STYLE = `${PAPER_STYLE}
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.25mm solid #000; padding: 0.8mm 1.6mm; overflow: hidden; vertical-align: middle; overflow-wrap: anywhere; }
table.items td { padding: 0 1.2mm; }
td.k { background: #f2f2f2; font-weight: bold; white-space: nowrap; }
.facts td.k { white-space: normal; overflow-wrap: normal; }
.mono { font-family: 'Consolas', 'DejaVu Sans Mono', 'Courier New', monospace; font-weight: bold; letter-spacing: 0.2mm; }
.check { text-align: center; }
ol { margin: 0; padding-left: 1.6em; }
.letter p { margin: 0 0 1.6mm; text-align: justify; }
.keep { break-inside: avoid; page-break-inside: avoid; }
`

const escapeText = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A print job: `body` on pages of `size`. Fixed sheets (`.sheet`) lay themselves out with no page
 * margin; a flowing letter (`marginMm`) lets the browser break it across pages within the margins.
 */
export function paperJob(
  w: PaperWords,
  doc: { title: string; fileName: string; size: PageSize; marginMm?: string; deviceName?: string },
  body: ReactNode
): PrintJob {
  const { size } = doc
  const margin = doc.marginMm ?? '0'
  const html =
    `<!doctype html><html lang="${w.locale}"><head><meta charset="utf-8"><title>${escapeText(doc.title)}</title>` +
    `<style>@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: ${margin} }\n` +
    `html, body { width: ${doc.marginMm ? 'auto' : `${size.widthMm}mm`}; }${STYLE}</style></head>` +
    `<body>${renderToStaticMarkup(<>{body}</>)}</body></html>`
  return {
    html,
    pageWidthMm: size.widthMm,
    pageHeightMm: size.heightMm,
    target: 'printer',
    ...(doc.deviceName ? { deviceName: doc.deviceName } : {}),
    fileName: doc.fileName.replace(/[^A-Za-z0-9_-]/g, '_')
  }
}

/** The style of one fixed sheet of `size`. */
export const sheetStyle = (size: PageSize, padding: string, fontMm: number) => ({
  width: `${size.widthMm}mm`,
  height: `${size.heightMm}mm`,
  padding,
  fontSize: `${fontMm}mm`,
  lineHeight: 1.45
})
