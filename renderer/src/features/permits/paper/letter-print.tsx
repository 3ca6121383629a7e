import type { PrintJob } from '@shared/kernel/bridge'
import { formatFen } from '@shared/domain/money'
import type { FeeLine, RenovationView } from '@shared/permits/renovation-types'
import type { TranslateKey } from '../../../lib/translate'
import { A4 } from './paper-layout'
import {
  centerName,
  paperDate,
  paperJob,
  titleStyle,
  paperList,
  paperRoom,
  type PaperContext,
  type PaperWords
} from './paper-kit'

/**
 * 装修管理协议 (the owner's) and 安全责任书 (the contractor's) on A4 for signing: the catalog's
 * standard clauses completed with the renovation's facts and the estate's hours and prohibited
 * works, then the signature lines. The text flows over as many pages as it needs (page margins,
 * not a fixed sheet), and the signatures never split from each other.
 */

const CLAUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const
/** After this clause the prohibited works are listed. */
const PROHIBITED_AFTER = { agreement: 4, safety: 7 } as const
type LetterKind = keyof typeof PROHIBITED_AFTER

const money = (w: PaperWords, fee: FeeLine | null) =>
  fee ? w.t('permitPaper.money', { amount: formatFen(fee.amountFen) }) : w.t('permitPaper.agreement.bySchedule')

function facts(renovation: RenovationView, ctx: PaperContext, w: PaperWords) {
  const permit = renovation.permits[0]
  return {
    company: ctx.companyName,
    estate: ctx.estateName,
    room: paperRoom(w, renovation.roomCode),
    owner: renovation.ownerName,
    contractor: renovation.contractor.name,
    leader: renovation.contractor.leader,
    phone: renovation.contractor.phone,
    works: paperList(
      w,
      renovation.works.map((x) => x.name)
    ),
    from: paperDate(w, permit?.validFrom ?? renovation.startsOn),
    to: paperDate(w, permit?.validTo ?? renovation.endsOn),
    hours: renovation.workingHours,
    garbage: money(w, renovation.fees.garbage),
    deposit: money(w, renovation.fees.deposit)
  }
}

function Signatures({ w, lines }: { w: PaperWords; lines: TranslateKey[] }) {
  return (
    <div
      className="keep"
      style={{ display: 'flex', flexWrap: 'wrap', marginTop: '8mm', rowGap: '6mm' }}
      data-part="signatures"
    >
      {lines.map((key) => (
        <div key={key} style={{ width: '50%', lineHeight: 2 }}>
          <div>{w.t(key)}</div>
          <div>{w.t('permitPaper.letter.date')}</div>
        </div>
      ))}
    </div>
  )
}

function letterJob(kind: LetterKind, renovation: RenovationView, ctx: PaperContext, w: PaperWords): PrintJob {
  const { t } = w
  const f = facts(renovation, ctx, w)
  const title = t(`permitPaper.${kind}.title`)
  const parties: TranslateKey[] =
    kind === 'agreement'
      ? ['permitPaper.agreement.office', 'permitPaper.agreement.owner', 'permitPaper.agreement.contractor']
      : []
  const signatures: TranslateKey[] =
    kind === 'agreement'
      ? ['permitPaper.letter.sign.owner', 'permitPaper.letter.sign.leader', 'permitPaper.letter.sign.office']
      : [
          'permitPaper.letter.sign.contractor',
          'permitPaper.letter.sign.leader',
          'permitPaper.letter.sign.owner',
          'permitPaper.letter.sign.office'
        ]
  const body = (
    <div className="letter" style={{ fontSize: '3.5mm', lineHeight: 1.55 }} data-paper={kind}>
      <div className="company" style={{ fontSize: '3.4mm' }}>
        {centerName(w, ctx)}
      </div>
      <h1 className="title" style={{ ...titleStyle(title, A4.widthMm - 36, 7, 1.5), margin: '2mm 0 1mm' }}>
        {title}
      </h1>
      <div className="sub" style={{ fontSize: '3.3mm', marginBottom: '4mm' }}>
        <span style={{ marginRight: '5mm' }}>
          {t('permitPaper.pair', { label: t('permitPaper.label.number'), value: renovation.number })}
        </span>
        {t('permitPaper.letter.facts', { room: f.room, from: f.from, to: f.to })}
      </div>
      {parties.map((key) => (
        <p key={key} style={{ margin: 0 }}>
          {t(key, f)}
        </p>
      ))}
      <p style={{ textIndent: '2em', marginTop: '2mm' }}>{t(`permitPaper.${kind}.intro`, f)}</p>
      {CLAUSES.map((n) => (
        <div key={n}>
          <p style={{ paddingLeft: '2em', textIndent: '-2em' }}>
            {n}. {t(`permitPaper.${kind}.clause${n}`, f)}
          </p>
          {n === PROHIBITED_AFTER[kind] && (
            <ol style={{ margin: '0 0 1.6mm 2em' }} data-part="prohibited">
              {renovation.prohibited.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ol>
          )}
        </div>
      ))}
      <Signatures w={w} lines={signatures} />
    </div>
  )
  return paperJob(
    w,
    {
      title: `${title} ${renovation.number}`,
      fileName: `renovation-${kind}-${renovation.number}`,
      size: A4,
      marginMm: '14mm 18mm'
    },
    body
  )
}

export const agreementJob = (renovation: RenovationView, ctx: PaperContext, w: PaperWords) =>
  letterJob('agreement', renovation, ctx, w)
export const safetyLetterJob = (renovation: RenovationView, ctx: PaperContext, w: PaperWords) =>
  letterJob('safety', renovation, ctx, w)
