import type { PrintJob } from '@shared/kernel/bridge'
import { interpolate, type MessageParams } from '@shared/kernel/i18n'
import { localDate } from '@shared/kernel/calendar'
import { formatFen } from '@shared/domain/money'
import { formatArea } from '@shared/domain/area'
import { displayRoom, parseRoomQuery } from '@shared/domain/room-code'
import { message } from '@shared/messages'
import type { CheckinParty } from '@shared/checkin/api'
import type { CheckinCase, CheckinDocument, CheckinStep, MeterKind } from '@shared/checkin/rules'
import { PAPER_STYLE } from '../../../lib/print/paper-style'
import { checkinPaperZhCN } from '../messages/paper-zh-CN'

/**
 * What the move-in papers share: A4 sheets of self-contained HTML (inline CSS, no scripts, `@page`
 * at the exact size, no margins), built as strings with every value escaped, and the Chinese
 * words they are printed in whatever the screen's language.
 */

export interface PaperContext {
  companyName: string
  estateName: string
}

export const A4 = { widthMm: 210, heightMm: 297 }

type PaperKey = keyof typeof checkinPaperZhCN

/** A word of the papers' own catalog, in Chinese (paper is Chinese). */
export const word = (key: PaperKey, params: MessageParams = {}) => interpolate(checkinPaperZhCN[key], params)

/** Text into HTML: every character that could open a tag, an entity or close an attribute. */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** 无 when a section or value has nothing to show: a blank could be read as "not checked". */
export const NONE = message('zh-CN', 'audit.checkin.none')
export const orNone = (text: string | null | undefined) => (text && text.trim() ? esc(text) : NONE)

// Cases, documents, steps and meters are the core's words (shared/checkin/messages.ts), as on screen and in the audit.
export const caseWord = (c: CheckinCase | null) => (c ? message('zh-CN', `audit.checkin.case.${c}`) : NONE)

/** A document as the owner knows it; the agent case names the owner's ID the principal's (委托人身份证). */
export function documentWord(c: CheckinCase | null, key: CheckinDocument): string {
  if (key === 'ownerId' && c === 'agent') return message('zh-CN', 'audit.checkin.doc.principalId')
  return message('zh-CN', `audit.checkin.doc.${key}`)
}

export const relationWord = (relation: CheckinParty['relation']) => message('zh-CN', `relation.${relation}`)
export const meterWord = (kind: MeterKind) => message('zh-CN', `trusteeship.meter.${kind}`)
export const stepWord = (step: CheckinStep) => message('zh-CN', `audit.checkin.step.${step}`)
export const unitWord = (kind: MeterKind) => word(`checkinPaper.unit.${kind}`)

/** Fen as yuan with two decimals and grouping ('1,234.50'). */
export const yuan = (fen: number) => formatFen(fen)
/** Hundredths (areas in m², meter readings) with two decimals. */
export const centi = (value: number) => formatArea(value)

/** The room as written on paper ('3栋2单元1502') from its stored code ('3-2-1502'). */
export function paperRoom(code: string): string {
  const parts = parseRoomQuery(code)
  return parts ? displayRoom(parts, 'zh-CN') : code
}

/** '2026-11-20' (or an ISO time, on the local calendar) → '2026年11月20日'; a blank to fill in by hand when there is none. */
export function paperDate(date: string | null | undefined): string {
  const day = date ? (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : localDate(date)) : ''
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return '＿＿＿＿年＿＿月＿＿日'
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** A PDF file name of letters, digits, - and _ only (the shell's rule for a kept copy). */
export const safeName = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_')

/** A line to sign or write on, `mm` wide. */
export const blank = (mm = 34) => `<span class="line" style="min-width:${mm}mm"></span>`

/** Signature blocks side by side: each a label, a line and a date line under it. */
export function signatures(labels: readonly string[]): string {
  const cells = labels
    .map((label) => `<div><div>${esc(label)}：${blank(32)}</div><div>日　　期：${paperDate(null)}</div></div>`)
    .join('')
  return `<div class="sign">${cells}</div>`
}

/** A section heading with its number: 一、验明资料. */
export const section = (title: string) => `<h2>${esc(title)}</h2>`

/** A bordered table: heading cells and rows of already-escaped cells; one row saying 无 when empty. */
export function table(
  heads: readonly string[],
  rows: readonly string[][],
  widths: readonly (number | null)[] = [],
  className = ''
) {
  const cols = heads.map((_, i) => (widths[i] ? `<col style="width:${widths[i]}mm">` : '<col>')).join('')
  const head = `<tr>${heads.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')
    : `<tr><td colspan="${heads.length}" class="c">${NONE}</td></tr>`
  return `<table${className ? ` class="${className}"` : ''}><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`
}

/** Label/value pairs, two per row, as a bordered grid (values already escaped). */
export function facts(pairs: readonly [string, string][]): string {
  const rows: string[] = []
  for (let i = 0; i < pairs.length; i += 2) {
    const [a, b] = [pairs[i]!, pairs[i + 1]]
    rows.push(
      `<tr><td class="k">${esc(a[0])}</td><td${b ? '' : ' colspan="3"'}>${a[1]}</td>` +
        (b ? `<td class="k">${esc(b[0])}</td><td>${b[1]}</td>` : '') +
        '</tr>'
    )
  }
  return `<table class="facts"><tbody>${rows.join('')}</tbody></table>`
}

/** The heading of a sheet: company, title, the estate's service centre (and a sub-line). */
export function heading(ctx: PaperContext, title: string, sub = ''): string {
  return (
    `<div class="company">${esc(ctx.companyName)}</div><h1 class="title">${esc(title)}</h1>` +
    `<div class="sub">${esc(ctx.estateName)}物业服务中心${sub ? ` · ${esc(sub)}` : ''}</div>`
  )
}

const STYLE = `${PAPER_STYLE}
html, body { width: 210mm; }
.sheet { width: 210mm; height: 297mm; padding: 14mm 16mm 12mm; font-size: 3.5mm; line-height: 1.5; }
.company { font-size: 3.8mm; }
.title { font-size: 7.5mm; letter-spacing: 1.5mm; margin: 1.5mm 0 0.5mm; }
.sub { font-size: 3.2mm; margin-bottom: 4mm; }
h2 { font-size: 3.9mm; margin: 3.5mm 0 1.2mm; }
p { margin: 0 0 1.2mm; text-align: justify; }
ol, ul { margin: 0 0 1.2mm; padding-left: 6mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 1mm; }
th, td { border: 0.25mm solid #000; padding: 0.7mm 1.4mm; vertical-align: top; overflow-wrap: anywhere; }
th { font-weight: bold; background: #f2f2f2; text-align: left; }
td.k { background: #f7f7f7; white-space: nowrap; width: 24mm; }
.c { text-align: center; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; }
.sign { display: flex; justify-content: space-between; gap: 6mm; margin-top: 6mm; line-height: 2.4; }
.sign > div { flex: 1; }
.sign .line { height: 1em; vertical-align: -0.2em; }
.line { display: inline-block; border-bottom: 0.25mm solid #000; height: 1.2em; vertical-align: bottom; }
.foot { position: absolute; left: 16mm; right: 16mm; bottom: 8mm; font-size: 2.8mm; color: #333; text-align: center; }
.defect { font-weight: bold; }
/* Rows written in or ticked by hand get room for a pen. */
table.tall td { height: 7.5mm; vertical-align: middle; }
.it { display: inline-block; white-space: nowrap; margin-right: 3.5mm; }
`

/** The whole document: one or more `.sheet` pages of one A4 job. */
export function a4Job(title: string, sheets: readonly string[], fileName: string): PrintJob {
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<style>@page { size: ${A4.widthMm}mm ${A4.heightMm}mm; margin: 0 }${STYLE}</style></head><body>` +
    sheets.join('') +
    '</body></html>'
  return { html, pageWidthMm: A4.widthMm, pageHeightMm: A4.heightMm, target: 'printer', fileName: safeName(fileName) }
}

/** One A4 sheet around a body, with a small footer (what the paper is and of which room). */
export const sheet = (kind: string, body: string, foot = '') =>
  `<div class="sheet" data-paper="${esc(kind)}">${body}${foot ? `<div class="foot">${esc(foot)}</div>` : ''}</div>`
