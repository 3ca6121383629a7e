import type { ReactNode } from 'react'
import type { ReleaseView } from '@shared/permits/releases-api'
import { A6, fitBlockFont } from './paper-layout'
import { centerName, CheckCode, QrCode, titleStyle, type PaperContext, type PaperWords } from './paper-kit'
import { slipFacts } from './slip-facts'

/** 物品放行条 on A6: the facts down the sheet, the items table, the QR code and check code at the foot. */

const mm = (v: number) => `${Math.round(v * 100) / 100}mm`

/** The items on A6: one column of up to 8, two beyond; rows shrink to the box. */
function ItemsTable({ release, w, boxMm }: { release: ReleaseView; w: PaperWords; boxMm: number }) {
  const columns = release.items.length > 8 ? 2 : 1
  const rows = Math.ceil(release.items.length / columns)
  // Rows shrink to share the box: 30 items still fit (small), nothing is cut off.
  const rowMm = Math.min(5.4, boxMm / (rows + 1))
  const font = Math.min(3.2, rowMm * 0.7)
  const cells = Array.from({ length: rows }, (_, r) => release.items.slice(r * columns, r * columns + columns))
  const head = [w.t('permitPaper.slip.label.items'), w.t('permitPaper.slip.label.quantity')]
  return (
    <table className="items" style={{ fontSize: mm(font), lineHeight: 1.1 }} data-part="items">
      <colgroup>
        {Array.from({ length: columns }, (_, c) => [
          <col key={`n${c}`} />,
          <col key={`q${c}`} style={{ width: mm(12) }} />
        ])}
      </colgroup>
      <tbody>
        <tr style={{ height: mm(rowMm) }}>
          {Array.from({ length: columns }, () =>
            head.map((h, i) => (
              <td key={`${h}${i}`} className="k">
                {h}
              </td>
            ))
          )}
        </tr>
        {cells.map((run, r) => (
          <tr key={r} style={{ height: mm(rowMm) }}>
            {Array.from({ length: columns }, (_, c) => [
              <td key={`n${c}`} style={{ whiteSpace: 'nowrap' }}>
                {run[c]?.name ?? ''}
              </td>,
              <td key={`q${c}`} style={{ textAlign: 'right' }}>
                {run[c]?.quantity ?? ''}
              </td>
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function a6Slip(release: ReleaseView, ctx: PaperContext, w: PaperWords): ReactNode {
  const { t } = w
  const f = slipFacts(release, w)
  const line = (text: string, extra: object = {}) =>
    text ? <div style={{ overflowWrap: 'anywhere', ...extra }}>{text}</div> : null
  return (
    <div
      className="sheet"
      style={{ width: mm(A6.widthMm), height: mm(A6.heightMm), padding: mm(6), fontSize: mm(3.1), lineHeight: 1.35 }}
      data-paper="slip"
      data-size="A6"
    >
      <div className="company" style={{ fontSize: mm(2.8) }}>
        {ctx.companyName}
      </div>
      <h1
        className="title"
        style={{ ...titleStyle(t('papers.kind.slip'), A6.widthMm - 12, 6, 1.5), margin: `${mm(0.5)} 0` }}
      >
        {t('papers.kind.slip')}
      </h1>
      <div className="sub" style={{ fontSize: mm(2.6), marginBottom: mm(1.5) }}>
        {centerName(w, ctx)}
      </div>
      {line(f.number, { fontWeight: 'bold', fontSize: mm(3.6) })}
      {line(f.room)}
      {line(f.applicant)}
      {line(f.phone)}
      <div style={{ height: mm(40), margin: `${mm(1.2)} 0 ${mm(0.6)}`, overflow: 'hidden' }}>
        <ItemsTable release={release} w={w} boxMm={36} />
        <div style={{ fontSize: mm(2.6), textAlign: 'right' }}>{f.total}</div>
      </div>
      {line(f.plate)}
      {line(f.validOn, { fontWeight: 'bold' })}
      {line(t('permitPaper.slip.onlyOn'), { fontSize: mm(2.6) })}
      {line(f.consent, { fontSize: mm(2.6) })}
      {line(f.remarks, { fontSize: mm(fitBlockFont([f.remarks], { widthMm: 93, heightMm: 7.5 }, 2.6, 1.8, 1.35)) })}
      <div
        style={{
          position: 'absolute',
          left: mm(6),
          right: mm(6),
          bottom: mm(5),
          display: 'flex',
          gap: mm(3),
          alignItems: 'flex-end'
        }}
      >
        <div style={{ width: mm(30) }}>
          <QrCode payload={release.paper.payload} sizeMm={30} quiet={2} />
        </div>
        <div style={{ flex: 1, fontSize: mm(2.6), lineHeight: 1.4 }}>
          <CheckCode w={w} code={release.paper.checkCode} fontMm={3} />
          <div style={{ textAlign: 'center' }}>{t('permitPaper.verifyHint')}</div>
          <div style={{ textAlign: 'center', fontWeight: 'bold', fontSize: mm(3.4), margin: `${mm(2)} 0` }}>
            {t('permitPaper.slip.collect')}
          </div>
          <div>{f.issued}</div>
        </div>
      </div>
    </div>
  )
}
