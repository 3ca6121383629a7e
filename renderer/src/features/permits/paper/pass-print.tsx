import type { PrintJob } from '@shared/kernel/bridge'
import type { PaperView, RenovationView } from '@shared/permits/renovation-types'
import { fitFont, textWidthEm } from '../../fees/paper/receipt-layout'
import { A4, chunk, PASS_CARD, passCardOrigin, PASSES_PER_SHEET } from './paper-layout'
import { centerName, paperDate, paperJob, paperRoom, QrCode, type PaperContext, type PaperWords } from './paper-kit'
import type { PassToPrint } from './paper-rules'

/**
 * 施工人员临时出入证: ID-card-size cards (85.6 × 54 mm), ten to an A4 sheet (2 × 5) with gaps to
 * cut along. Each card: the photo (or an empty frame to glue one in), the worker's name large,
 * trade, ID as the view masks it, room, contractor, the last day, the pass number and the QR
 * code with its check code — what a guard compares with the face at the gate.
 */

export interface PassCardData extends PassToPrint {
  /** The photo as a data: URL (households.attachment), null for an empty frame. */
  photo: string | null
}

const FIELDS = { left: 24.5, top: 10.4, width: 37, font: 2.7, line: 4.1 }
const QR = { left: 62.4, top: 9.8, size: 21.2 }
const mm = (v: number) => `${Math.round(v * 100) / 100}mm`

/** One line of the card at the largest font (up to `base`) that keeps it on one line. */
function Line({
  text,
  base,
  bold,
  width = FIELDS.width
}: {
  text: string
  base: number
  bold?: boolean
  width?: number
}) {
  return (
    <div
      style={{
        fontSize: mm(fitFont(text, width, base, base * 0.62)),
        lineHeight: mm(FIELDS.line),
        height: mm(FIELDS.line),
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        fontWeight: bold ? 'bold' : undefined
      }}
    >
      {text}
    </div>
  )
}

function Photo({ photo, w }: { photo: string | null; w: PaperWords }) {
  const frame = { position: 'absolute', left: mm(3), top: mm(11), width: mm(20), height: mm(26) } as const
  return photo ? (
    <img src={photo} alt="" style={{ ...frame, objectFit: 'cover', border: '0.2mm solid #000' }} data-part="photo" />
  ) : (
    <div
      style={{ ...frame, boxSizing: 'border-box', border: '0.25mm dashed #666', color: '#666', fontSize: mm(2.6) }}
      data-part="photo-frame"
    >
      <div style={{ textAlign: 'center', marginTop: mm(10) }}>{w.t('permitPaper.pass.photo')}</div>
    </div>
  )
}

/** The QR code with the check code under it: the label on one line, the code large on the next. */
function CardQr({ pass, w }: { pass: PaperView; w: PaperWords }) {
  const [codeLabel, codeAfter] = w.t('permitPaper.checkCode', { code: '\u0000' }).split('\u0000')
  return (
    <div style={{ position: 'absolute', left: mm(QR.left), top: mm(QR.top), width: mm(QR.size) }}>
      <QrCode payload={pass.payload} sizeMm={QR.size} quiet={2} />
      <div style={{ textAlign: 'center', fontSize: mm(2), lineHeight: 1.15 }} data-part="check-code">
        {codeLabel}
        {codeAfter}
        <br />
        <span className="mono" style={{ fontSize: mm(2.7) }}>
          {pass.checkCode}
        </span>
      </div>
    </div>
  )
}

/** The pass number and the rule of the card along its bottom edge. */
function CardFoot({ pass, w }: { pass: PaperView; w: PaperWords }) {
  const rule = w.t('permitPaper.pass.rule')
  const number = w.t('permitPaper.pair', { label: w.t('permitPaper.label.number'), value: pass.number })
  return (
    <div
      style={{
        position: 'absolute',
        left: mm(3),
        right: mm(3),
        top: mm(45.6),
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'baseline',
        whiteSpace: 'nowrap',
        borderTop: '0.2mm solid #000',
        paddingTop: mm(0.9)
      }}
    >
      <span className="mono" style={{ fontSize: mm(3) }}>
        {number}
      </span>
      <span style={{ fontSize: mm(fitFont(rule, 79.6 - textWidthEm(number) * 3 - 3, 2.1, 1.3)) }}>{rule}</span>
    </div>
  )
}

function PassCard({
  card,
  renovation,
  ctx,
  w,
  index
}: {
  card: PassCardData
  renovation: RenovationView
  ctx: PaperContext
  w: PaperWords
  index: number
}) {
  const { t } = w
  const { worker, pass } = card
  const at = passCardOrigin(index)
  const pair = (label: Parameters<typeof t>[0], value: string) => t('permitPaper.pair', { label: t(label), value })
  return (
    <div
      className="card"
      data-paper="pass"
      data-number={pass.number}
      style={{
        position: 'absolute',
        left: mm(at.leftMm),
        top: mm(at.topMm),
        width: mm(PASS_CARD.widthMm),
        height: mm(PASS_CARD.heightMm),
        boxSizing: 'border-box',
        border: '0.25mm solid #000',
        borderRadius: mm(2.8),
        overflow: 'hidden'
      }}
    >
      <div style={{ height: mm(8.6), borderBottom: '0.3mm solid #000', textAlign: 'center', lineHeight: 1.15 }}>
        <div style={{ fontSize: mm(fitFont(centerName(w, ctx), 78, 2.2)), paddingTop: mm(1) }}>
          {centerName(w, ctx)}
        </div>
        <div
          style={{ fontSize: mm(fitFont(t('papers.kind.pass'), 78, 3.5)), fontWeight: 'bold', letterSpacing: mm(0.6) }}
        >
          {t('papers.kind.pass')}
        </div>
      </div>
      <Photo photo={card.photo} w={w} />
      <div style={{ position: 'absolute', left: mm(FIELDS.left), top: mm(FIELDS.top), width: mm(FIELDS.width) }}>
        <div
          style={{ fontSize: mm(fitFont(worker.name, FIELDS.width, 4, 2.6)), fontWeight: 'bold', lineHeight: mm(5.6) }}
        >
          {worker.name}
        </div>
        <Line text={pair('permitPaper.label.trade', worker.trade)} base={FIELDS.font} />
        <Line text={pair('permitPaper.label.idNumber', worker.idNumber)} base={FIELDS.font} />
        <Line text={pair('permitPaper.label.room', paperRoom(w, renovation.roomCode))} base={FIELDS.font} />
        <Line text={pair('permitPaper.label.contractor', renovation.contractor.name)} base={FIELDS.font} />
        <Line text={pair('permitPaper.label.validTo', paperDate(w, pass.validTo))} base={3} bold />
      </div>
      <CardQr pass={pass} w={w} />
      <CardFoot pass={pass} w={w} />
    </div>
  )
}

/** Sheets of up to ten cards; the file is named after the renovation and the first pass. */
export function passesJob(
  renovation: RenovationView,
  cards: readonly PassCardData[],
  ctx: PaperContext,
  w: PaperWords
): PrintJob {
  const sheets = chunk(cards, PASSES_PER_SHEET)
  const first = cards[0]!.pass.number
  return paperJob(
    w,
    {
      title: `${w.t('papers.kind.pass')} ${first}${cards.length > 1 ? ` +${cards.length - 1}` : ''}`,
      fileName: `passes-${renovation.number}-${first}-${cards.length}`,
      size: A4
    },
    sheets.map((run, s) => (
      <div key={s} className="sheet" style={{ width: mm(A4.widthMm), height: mm(A4.heightMm) }} data-paper="pass-sheet">
        {run.map((card, i) => (
          <PassCard key={card.pass.id} card={card} renovation={renovation} ctx={ctx} w={w} index={i} />
        ))}
      </div>
    ))
  )
}
