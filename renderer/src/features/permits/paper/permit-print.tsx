import type { ReactNode } from 'react'
import type { PrintJob } from '@shared/kernel/bridge'
import type { PaperView, RenovationView } from '@shared/permits/renovation-types'
import { fitFont, wrappedLines } from '../../fees/paper/receipt-layout'
import { A4, A5, fitBlockFont } from './paper-layout'
import {
  centerName,
  CheckCode,
  paperDate,
  paperJob,
  paperList,
  paperRange,
  paperRoom,
  QrCode,
  sheetStyle,
  titleStyle,
  type PaperContext,
  type PaperWords
} from './paper-kit'

/**
 * 装修施工许可证, drawn for A4 (posted on the door) and scaled down whole for A5: the title large,
 * the number and edition, the facts of the renovation, the hours and the prohibited works the
 * settings restate, the issuer, and the QR code (42 mm on A4, readable from a step back) with the
 * check code under it for a guard without a scanner.
 */

/** Millimetres on A4; the A5 sheet is the same drawing times 148 / 210. */
const BASE = {
  padTop: 13,
  padSide: 16,
  labelWidth: 34,
  rowHeight: 10,
  font: 4.2,
  hoursBox: 12,
  worksBox: 15,
  prohibitedBox: 100,
  qr: 42
}

const CONTENT_WIDTH = A4.widthMm - 2 * BASE.padSide
/** The value cell of a full-width row: the table less its label column and the cells' padding. */
const VALUE_WIDTH = CONTENT_WIDTH - BASE.labelWidth - 4
const HALF_VALUE_WIDTH = (CONTENT_WIDTH - 2 * BASE.labelWidth) / 2 - 4

function Row({ label, height, top, children }: { label: string; height: number; top?: boolean; children: ReactNode }) {
  return (
    <tr style={{ height: `${height}mm` }}>
      <td className="k">{label}</td>
      <td colSpan={3} style={top ? { verticalAlign: 'top', paddingTop: '1.5mm' } : undefined}>
        {children}
      </td>
    </tr>
  )
}

/**
 * The prohibited works' font (shrunk to fit the largest box) and box: as tall as its list, at
 * least a few lines' worth; the space left goes above the QR code.
 */
function prohibitedLayout(prohibited: readonly string[]): { font: number; box: number } {
  const numbered = prohibited.map((p, i) => `${i + 1}. ${p}`)
  const listWidth = VALUE_WIDTH - 6
  const font = fitBlockFont(numbered, { widthMm: listWidth, heightMm: BASE.prohibitedBox - 3 }, BASE.font, 2.4)
  const listHeight = numbered.reduce((sum, p) => sum + wrappedLines(p, listWidth, font), 0) * font * 1.4
  return { font, box: Math.min(BASE.prohibitedBox, Math.max(30, listHeight + 4)) }
}

function FactsTable({
  renovation,
  permit,
  w,
  s
}: {
  renovation: RenovationView
  permit: PaperView
  w: PaperWords
  s: number
}) {
  const { t } = w
  const mm = (v: number) => `${Math.round(v * s * 100) / 100}mm`
  const hours = renovation.workingHours
  const room = paperRoom(w, renovation.roomCode)
  const works = paperList(
    w,
    renovation.works.map((x) => x.name)
  )
  const fit = (texts: string[], box: number) =>
    fitBlockFont(texts, { widthMm: VALUE_WIDTH, heightMm: box - 1.6 }, BASE.font, 2.6)
  const { font: prohibitedFont, box: prohibitedBox } = prohibitedLayout(renovation.prohibited)
  return (
    <table style={{ fontSize: mm(BASE.font) }} className="facts">
      <colgroup>
        <col style={{ width: mm(BASE.labelWidth) }} />
        <col />
        <col style={{ width: mm(BASE.labelWidth) }} />
        <col />
      </colgroup>
      <tbody>
        <tr style={{ height: mm(BASE.rowHeight) }}>
          <td className="k">{t('permitPaper.label.room')}</td>
          <td
            style={{
              fontWeight: 'bold',
              fontSize: mm(fitFont(room, HALF_VALUE_WIDTH, 5.2, 3.4)),
              whiteSpace: 'nowrap'
            }}
          >
            {room}
          </td>
          <td className="k">{t('permitPaper.label.owner')}</td>
          <td>{renovation.ownerName}</td>
        </tr>
        <Row label={t('permitPaper.label.contractor')} height={BASE.rowHeight * s}>
          {renovation.contractor.name}
        </Row>
        <tr style={{ height: mm(BASE.rowHeight) }}>
          <td className="k">{t('permitPaper.label.leader')}</td>
          <td>{renovation.contractor.leader}</td>
          <td className="k">{t('permitPaper.label.phone')}</td>
          <td>{renovation.contractor.phone}</td>
        </tr>
        <Row label={t('permitPaper.label.validity')} height={BASE.rowHeight * s}>
          <b style={{ fontSize: mm(5.2) }}>{paperRange(w, permit.validFrom, permit.validTo)}</b>
        </Row>
        <Row label={t('permitPaper.label.hours')} height={BASE.hoursBox * s}>
          <span style={{ fontSize: mm(fit([hours], BASE.hoursBox)) }}>{hours}</span>
        </Row>
        <Row label={t('permitPaper.label.works')} height={BASE.worksBox * s}>
          <span style={{ fontSize: mm(fit([works], BASE.worksBox)) }}>{works}</span>
        </Row>
        <Row label={t('permitPaper.label.prohibited')} height={prohibitedBox * s} top>
          <ol style={{ fontSize: mm(prohibitedFont), lineHeight: 1.4 }} data-part="prohibited">
            {renovation.prohibited.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
        </Row>
      </tbody>
    </table>
  )
}

function PermitSheet(props: {
  renovation: RenovationView
  permit: PaperView
  ctx: PaperContext
  w: PaperWords
  size: 'A4' | 'A5'
}) {
  const { renovation, permit, ctx, w, size } = props
  const { t } = w
  const page = size === 'A4' ? A4 : A5
  const s = page.widthMm / A4.widthMm
  const mm = (v: number) => `${Math.round(v * s * 100) / 100}mm`
  const title = t('papers.kind.permit')
  const edition = permit.edition > 1 ? t('permitPaper.edition', { n: permit.edition }) : ''
  return (
    <div
      className="sheet"
      style={{
        ...sheetStyle(page, `${mm(BASE.padTop)} ${mm(BASE.padSide)}`, BASE.font * s),
        display: 'flex',
        flexDirection: 'column'
      }}
      data-paper="permit"
    >
      <div className="company" style={{ fontSize: mm(4.2) }}>
        {ctx.companyName}
      </div>
      <h1
        className="title"
        style={{ ...titleStyle(title, CONTENT_WIDTH, 12, 3, s), margin: `${mm(1.5)} 0 ${mm(0.5)}` }}
      >
        {title}
      </h1>
      <div className="sub" style={{ fontSize: mm(4) }}>
        {centerName(w, ctx)}
      </div>
      <div style={{ textAlign: 'right', fontSize: mm(5), margin: `${mm(2)} 0 ${mm(1.5)}` }} data-part="number">
        {t('permitPaper.label.number')} <span className="mono">{permit.number}</span>
        {edition && <b style={{ marginLeft: mm(3) }}>{edition}</b>}
      </div>
      <FactsTable renovation={renovation} permit={permit} w={w} s={s} />
      <div style={{ flex: 1 }} />
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: mm(6) }}>
        <div style={{ flex: 1, fontSize: mm(4), lineHeight: 1.7 }}>
          <div>{t('permitPaper.pair', { label: t('permitPaper.label.issuer'), value: permit.issuedBy })}</div>
          <div>
            {t('permitPaper.pair', { label: t('permitPaper.label.issuedOn'), value: paperDate(w, permit.issuedAt) })}
          </div>
          <div style={{ margin: `${mm(5)} 0 ${mm(6)}` }}>{t('permitPaper.permit.seal')}</div>
          <div style={{ fontSize: mm(3.3), lineHeight: 1.5 }}>{t('permitPaper.permit.post')}</div>
        </div>
        <div style={{ width: mm(BASE.qr + 8), display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
          <QrCode payload={permit.payload} sizeMm={BASE.qr * s} />
          <CheckCode w={w} code={permit.checkCode} fontMm={4.2 * s} />
          <div style={{ fontSize: mm(2.9), textAlign: 'center', lineHeight: 1.3, marginTop: mm(0.8) }}>
            {t('permitPaper.verifyHint')}
          </div>
        </div>
      </div>
    </div>
  )
}

export function permitJob(
  renovation: RenovationView,
  permit: PaperView,
  size: 'A4' | 'A5',
  ctx: PaperContext,
  w: PaperWords
): PrintJob {
  return paperJob(
    w,
    {
      title: `${w.t('papers.kind.permit')} ${permit.number}`,
      fileName: `permit-${permit.number}-${permit.edition}-${size}`,
      size: size === 'A4' ? A4 : A5
    },
    <PermitSheet renovation={renovation} permit={permit} ctx={ctx} w={w} size={size} />
  )
}
