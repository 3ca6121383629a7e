import type { ReactNode } from 'react'
import type { PrintJob } from '@shared/kernel/bridge'
import type { ReleaseView } from '@shared/permits/releases-api'
import { THERMAL, THERMAL_WIDTH_MM, wrappedLines } from '../../fees/paper/receipt-layout'
import { A6, type PageSize } from './paper-layout'
import { a6Slip } from './slip-a6'
import { slipFacts } from './slip-facts'
import { centerName, CheckCode, paperJob, QrCode, type PaperContext, type PaperWords } from './paper-kit'

/**
 * 物品放行条 on the 80 mm thermal roll (as tall as its lines, so the cutter cuts after the last)
 * or on A6: number, room, applicant and kind, the items with quantities, plate, the day it is
 * valid on, the owner's consent for a tenant, the QR code with its check code, that the gate
 * keeps it, and who issued it.
 */

const mm = (v: number) => `${Math.round(v * 100) / 100}mm`

interface Row {
  height: number
  node: ReactNode
}

function textRow(text: string, options: { font?: number; line?: number; align?: 'center'; bold?: boolean } = {}): Row {
  const font = options.font ?? THERMAL.fontMm
  const line = options.line ?? THERMAL.lineMm
  const lines = Math.max(1, wrappedLines(text, THERMAL.contentMm, font))
  return {
    height: lines * line,
    node: (
      <div
        style={{
          height: mm(lines * line),
          lineHeight: mm(line),
          fontSize: mm(font),
          textAlign: options.align,
          fontWeight: options.bold ? 'bold' : undefined,
          overflow: 'hidden',
          overflowWrap: 'anywhere'
        }}
      >
        {text}
      </div>
    )
  }
}

const pairRow = (left: string, right: string, bold = false): Row => ({
  height: THERMAL.lineMm,
  node: (
    <div
      style={{
        display: 'flex',
        justifyContent: 'space-between',
        gap: mm(2),
        height: mm(THERMAL.lineMm),
        lineHeight: mm(THERMAL.lineMm),
        fontSize: mm(THERMAL.fontMm),
        whiteSpace: 'nowrap',
        fontWeight: bold ? 'bold' : undefined
      }}
    >
      <span style={{ overflow: 'hidden' }}>{left}</span>
      <span>{right}</span>
    </div>
  )
})

const rule: Row = {
  height: 2.4,
  node: <div style={{ height: mm(1.3), marginTop: mm(1.1), borderTop: '0.3mm dashed #000' }} />
}

function thermalRows(release: ReleaseView, ctx: PaperContext, w: PaperWords): Row[] {
  const { t } = w
  const f = slipFacts(release, w)
  const small = { font: THERMAL.smallMm, line: THERMAL.smallLineMm }
  const QR_MM = 40
  const rows: Row[] = [
    textRow(ctx.companyName, { font: 3.4, line: 4.8, align: 'center', bold: true }),
    textRow(centerName(w, ctx), { ...small, align: 'center' }),
    textRow(t('papers.kind.slip'), { font: 5, line: 7, align: 'center', bold: true }),
    textRow(f.number, { bold: true }),
    textRow(f.room),
    textRow(f.applicant),
    ...(f.phone ? [textRow(f.phone)] : []),
    rule,
    pairRow(t('permitPaper.slip.label.items'), t('permitPaper.slip.label.quantity'), true),
    ...release.items.map((i) => pairRow(i.name, String(i.quantity))),
    textRow(f.total, { ...small, align: 'center' }),
    rule,
    textRow(f.plate),
    textRow(f.validOn, { font: 3.8, line: 5.2, bold: true }),
    textRow(t('permitPaper.slip.onlyOn'), small)
  ]
  if (f.consent) rows.push(textRow(f.consent, small))
  if (f.remarks) rows.push(textRow(f.remarks, small))
  rows.push(
    rule,
    {
      height: QR_MM + 1,
      node: (
        <div style={{ display: 'flex', justifyContent: 'center', paddingTop: mm(1) }}>
          <QrCode payload={release.paper.payload} sizeMm={QR_MM} quiet={3} />
        </div>
      )
    },
    { height: 5.2, node: <CheckCode w={w} code={release.paper.checkCode} fontMm={3.6} /> },
    textRow(t('permitPaper.verifyHint'), { ...small, align: 'center' }),
    rule,
    textRow(t('permitPaper.slip.collect'), { font: 3.4, line: 4.8, align: 'center', bold: true }),
    textRow(f.issued, small)
  )
  return rows
}

const THERMAL_TOP_MM = 3
/** Paper fed after the last line so the tear bar does not cut through it. */
const THERMAL_FEED_MM = 10

function thermalSlip(release: ReleaseView, ctx: PaperContext, w: PaperWords): { size: PageSize; body: ReactNode } {
  const rows = thermalRows(release, ctx, w)
  const height = Math.ceil((THERMAL_TOP_MM + rows.reduce((s, r) => s + r.height, 0) + THERMAL_FEED_MM) * 10) / 10
  const size = { widthMm: THERMAL_WIDTH_MM, heightMm: height }
  const body = (
    <div className="sheet" style={{ width: mm(size.widthMm), height: mm(height) }} data-paper="slip" data-size="80mm">
      <div style={{ paddingTop: mm(THERMAL_TOP_MM), marginLeft: mm(THERMAL.marginMm), width: mm(THERMAL.contentMm) }}>
        {rows.map((r, i) => (
          <div key={i}>{r.node}</div>
        ))}
      </div>
    </div>
  )
  return { size, body }
}

/** The slip as a print job; the thermal size goes to the counter's thermal printer when one is set up. */
export function slipJob(
  release: ReleaseView,
  size: '80mm' | 'A6',
  ctx: PaperContext,
  w: PaperWords,
  deviceName?: string
): PrintJob {
  const sheet = size === '80mm' ? thermalSlip(release, ctx, w) : { size: A6, body: a6Slip(release, ctx, w) }
  return paperJob(
    w,
    {
      title: `${w.t('papers.kind.slip')} ${release.number}`,
      fileName: `slip-${release.number}-${size}`,
      size: sheet.size,
      ...(deviceName ? { deviceName } : {})
    },
    sheet.body
  )
}
