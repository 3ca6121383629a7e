import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import dayjs from 'dayjs'
import type { PrintJob } from '@shared/kernel/bridge'
import { displayRoom, parseRoomQuery } from '@shared/domain/room-code'
import { PAPER_STYLE } from '../../../lib/print/paper-style'

/**
 * What the papers of 报修投诉 share: sizes, the document frame and the Chinese forms of rooms and
 * times. Paper is Chinese whatever the screen's language (as every paper of the app), so its
 * words are written here in Chinese and never come from the screen catalog.
 */

export interface PaperContext {
  companyName: string
  estateName: string
}

export const A4 = { widthMm: 210, heightMm: 297 }
export const A5 = { widthMm: 148, heightMm: 210 }

export const paperTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '')
export const paperRoom = (code: string) => {
  const parts = parseRoomQuery(code)
  return parts ? displayRoom(parts, 'zh-CN') : code
}

const STYLE = `${PAPER_STYLE}
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.25mm solid #000; padding: 0.8mm 1.6mm; overflow: hidden; vertical-align: top; }
th { font-weight: bold; background: #f2f2f2; white-space: nowrap; }
td.k { background: #f7f7f7; white-space: nowrap; vertical-align: middle; }
td.r { text-align: right; }
.mono { font-family: 'Consolas', 'Courier New', monospace; font-weight: bold; letter-spacing: 0.3mm; }
.blank { height: 100%; }
.foot { display: flex; justify-content: space-between; }
`

const escapeText = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function paperJob(
  title: string,
  fileName: string,
  size: { widthMm: number; heightMm: number },
  body: ReactNode
): PrintJob {
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeText(title)}</title>` +
    `<style>@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: 0 }\nhtml, body { width: ${size.widthMm}mm; }${STYLE}</style></head>` +
    `<body>${renderToStaticMarkup(<>{body}</>)}</body></html>`
  return {
    html,
    pageWidthMm: size.widthMm,
    pageHeightMm: size.heightMm,
    target: 'printer',
    fileName: fileName.replace(/[^A-Za-z0-9_-]/g, '_')
  }
}

export const sheetStyle = (size: { widthMm: number; heightMm: number }, padding: string, fontMm: number) => ({
  width: `${size.widthMm}mm`,
  height: `${size.heightMm}mm`,
  padding,
  fontSize: `${fontMm}mm`,
  lineHeight: 1.5
})
