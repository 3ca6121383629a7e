import type { ReactNode } from 'react'
import type { PrintJob } from '@shared/kernel/bridge'
import type { RenovationView } from '@shared/permits/renovation-types'
import { A4, A5, fitBlockFont } from './paper-layout'
import {
  centerName,
  paperDate,
  paperJob,
  paperList,
  paperRange,
  paperRoom,
  paperTime,
  sheetStyle,
  titleStyle,
  type PaperContext,
  type PaperWords
} from './paper-kit'

/**
 * 装修施工通知: one copy for each department the settings name (维修部, 安护部), so each keeps its
 * own and signs for it: the room, owner, contractor and who leads the works, the period, the
 * approved works, the hours, the permit number and the workers holding a pass; when it went out.
 */

/** Millimetres on A5; the A4 copy is the same drawing times 210 / 148. */
const BASE = { pad: 10, label: 24, row: 8, font: 3.4 }
const VALUE_WIDTH = A5.widthMm - 2 * BASE.pad - BASE.label - 4

/** The facts the departments need, as label, value and row height (A5 millimetres). */
function noticeRows(renovation: RenovationView, w: PaperWords, s: number): [string, ReactNode, number][] {
  const { t } = w
  const mm = (v: number) => `${Math.round(v * s * 100) / 100}mm`
  const permit = renovation.permits[0]
  const workers = renovation.workers
    .filter((x) => x.passes.some((p) => p.standing === 'valid' || p.standing === 'notYetValid'))
    .map((x) => t('permitPaper.pass.worker', { name: x.name, trade: x.trade }))
  const long = (label: string, text: string, box: number): [string, ReactNode, number] => [
    label,
    <span style={{ fontSize: mm(fitBlockFont([text], { widthMm: VALUE_WIDTH, heightMm: box - 1.4 }, BASE.font, 2.4)) }}>
      {text}
    </span>,
    box
  ]
  return [
    [t('permitPaper.label.room'), <b>{paperRoom(w, renovation.roomCode)}</b>, BASE.row],
    [t('permitPaper.label.owner'), renovation.ownerName, BASE.row],
    [t('permitPaper.label.contractor'), renovation.contractor.name, BASE.row],
    [t('permitPaper.label.leader'), `${renovation.contractor.leader}　${renovation.contractor.phone}`, BASE.row],
    [
      t('permitPaper.label.period'),
      paperRange(w, permit?.validFrom ?? renovation.startsOn, permit?.validTo ?? renovation.endsOn),
      BASE.row
    ],
    long(
      t('permitPaper.label.works'),
      paperList(
        w,
        renovation.works.map((x) => x.name)
      ),
      14
    ),
    long(t('permitPaper.label.hours'), renovation.workingHours, 12),
    [t('permitPaper.label.permitNumber'), <span className="mono">{permit?.number ?? ''}</span>, BASE.row],
    long(t('permitPaper.label.workers'), workers.length ? paperList(w, workers) : t('permitPaper.notice.none'), 16)
  ]
}

function NoticeSheet(props: {
  renovation: RenovationView
  department: string
  ctx: PaperContext
  w: PaperWords
  s: number
  at: string
}) {
  const { renovation, department, ctx, w, s, at } = props
  const { t } = w
  const permit = renovation.permits[0]
  const rows = noticeRows(renovation, w, s)
  const mm = (v: number) => `${Math.round(v * s * 100) / 100}mm`
  return (
    <div className="sheet" style={sheetStyle(s === 1 ? A5 : A4, mm(BASE.pad), BASE.font * s)} data-paper="notice">
      <div className="company" style={{ fontSize: mm(3.2) }}>
        {ctx.companyName}
      </div>
      <h1
        className="title"
        style={{
          ...titleStyle(t('permitPaper.notice.title'), A5.widthMm - 2 * BASE.pad, 6.6, 2, s),
          margin: `${mm(1)} 0 ${mm(0.5)}`
        }}
      >
        {t('permitPaper.notice.title')}
      </h1>
      <div className="sub" style={{ fontSize: mm(3), marginBottom: mm(3) }}>
        {centerName(w, ctx)}
      </div>
      <div style={{ fontWeight: 'bold', fontSize: mm(3.8) }}>{t('permitPaper.notice.to', { department })}</div>
      <p style={{ textIndent: '2em', margin: `${mm(1)} 0 ${mm(2.5)}` }}>
        {t('permitPaper.notice.body', { from: paperDate(w, permit?.validFrom ?? renovation.startsOn) })}
      </p>
      <table>
        <colgroup>
          <col style={{ width: mm(BASE.label) }} />
          <col />
        </colgroup>
        <tbody>
          {rows.map(([label, value, height]) => (
            <tr key={label} style={{ height: mm(height) }}>
              <td className="k" style={{ whiteSpace: 'normal' }}>
                {label}
              </td>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ textAlign: 'right', marginTop: mm(4), lineHeight: 1.8 }}>
        <div>{t('permitPaper.notice.from', { name: permit?.issuedBy ?? '' })}</div>
        <div>{t('permitPaper.notice.at', { at })}</div>
      </div>
      <div
        style={{
          position: 'absolute',
          left: mm(BASE.pad),
          right: mm(BASE.pad),
          bottom: mm(BASE.pad),
          borderTop: '0.25mm dashed #000',
          paddingTop: mm(2)
        }}
      >
        {department}　{t('permitPaper.notice.received')}
      </div>
    </div>
  )
}

/** One sheet per department; `at` is when the notice went out (the renovation's, else now). */
export function noticeJob(
  renovation: RenovationView,
  size: 'A4' | 'A5',
  ctx: PaperContext,
  w: PaperWords,
  nowIso: string
): PrintJob {
  const s = size === 'A4' ? A4.widthMm / A5.widthMm : 1
  const at = paperTime(w, renovation.noticeAt ?? nowIso)
  const departments = renovation.notifyDepartments.length ? renovation.notifyDepartments : ['']
  return paperJob(
    w,
    {
      title: `${w.t('permitPaper.notice.title')} ${renovation.number}`,
      fileName: `renovation-notice-${renovation.number}-${size}`,
      size: size === 'A4' ? A4 : A5
    },
    departments.map((department) => (
      <NoticeSheet key={department} renovation={renovation} department={department} ctx={ctx} w={w} s={s} at={at} />
    ))
  )
}
