import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import dayjs from 'dayjs'
import type { KeyKind, KeyPurpose, KeySetView } from '@shared/keys/api'
import { displayRoom, parseRoomQuery } from '@shared/domain/room-code'
import { PAPER_STYLE } from '../../lib/print/paper-style'
import { reasonKey } from '@shared/kernel/i18n'
import { translate } from '../../lib/translate'

/**
 * What the papers of key custody share (sizes, Chinese wording, the document frame). The papers are self-contained HTML (inline CSS, no scripts, `@page` at the exact
 * size, no margins): 保管钥匙委托书 + 保管钥匙承诺书 (A4, two pages of one job), the 50 × 30 mm
 * tag label (code, QR, hook — never the room), the 钥匙签收单 (A5). Paper is Chinese whatever
 * the screen's language.
 */

export interface PaperContext {
  companyName: string
  estateName: string
}

export const A4 = { widthMm: 210, heightMm: 297 }
export const A5 = { widthMm: 148, heightMm: 210 }
export const LABEL = { widthMm: 50, heightMm: 30 }

// Paper is Chinese, so its words are the catalog's zh-CN ones: a purpose is worded as on screen and in the core's messages.
const KIND_PAPER = (kind: KeyKind) => translate('zh-CN', reasonKey('keys.kind', kind))
export const PURPOSE_PAPER = (purpose: KeyPurpose) => translate('zh-CN', reasonKey('keys.purpose', purpose))

export const paperDate = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format('YYYY年M月D日') : '＿＿＿＿年＿＿月＿＿日'
export const paperTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '')
export const paperRoom = (code: string) => {
  const parts = parseRoomQuery(code)
  return parts ? displayRoom(parts, 'zh-CN') : code
}
export const piecesText = (pieces: KeySetView['pieces']) =>
  pieces.map((p) => `${KIND_PAPER(p.kind)} ${p.count} 把`).join('、')
export const safeName = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_')

const STYLE = `${PAPER_STYLE}p { margin: 0; text-align: justify; }
ol { margin: 0; padding-left: 6mm; }
li { text-align: justify; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.25mm solid #000; padding: 0.6mm 1.4mm; overflow: hidden; }
th { font-weight: bold; background: #f2f2f2; white-space: nowrap; }
td.k { background: #f7f7f7; white-space: nowrap; width: 28mm; }
.c { text-align: center; }
.sign { display: flex; justify-content: space-between; gap: 8mm; }
.sign > div { flex: 1; }
.line { display: inline-block; border-bottom: 0.25mm solid #000; min-width: 34mm; height: 1.2em; vertical-align: bottom; }
.cut { border-top: 0.3mm dashed #000; }
.mono { font-family: 'Consolas', 'Courier New', monospace; font-weight: bold; letter-spacing: 0.3mm; }
`

export function documentHtml(title: string, size: { widthMm: number; heightMm: number }, body: ReactNode): string {
  const markup = renderToStaticMarkup(<>{body}</>)
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</title>` +
    `<style>@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: 0 }\nhtml, body { width: ${size.widthMm}mm; }${STYLE}</style></head><body>${markup}</body></html>`
  )
}

export const sheet = (size: { widthMm: number; heightMm: number }, padding: string, fontMm: number) => ({
  width: `${size.widthMm}mm`,
  height: `${size.heightMm}mm`,
  padding,
  fontSize: `${fontMm}mm`,
  lineHeight: 1.6
})
