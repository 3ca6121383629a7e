import type { PrintJob } from '@shared/kernel/bridge'
import type { DemandLetter, ReminderKind } from '@shared/fees/arrears'
import { reasonKey } from '@shared/kernel/i18n'
import { message } from '@shared/messages'
import {
  A4,
  chineseDate,
  fitLines,
  footStyle,
  MoneyTable,
  PaperSheet,
  PaperSign,
  paperJob,
  paperRoom,
  rowHeight,
  yuan,
  type ExtraColumn,
  type SheetLook
} from './arrears-print'

/** 催缴函 on A4 (the shared paper pieces are in arrears-print). */

// A reminder is named on paper as in the core's timeline and exports (paper is Chinese).
const KIND_PAPER = (kind: ReminderKind) => message('zh-CN', reasonKey('arrears.kind', kind))

const LETTER_TABLE_MM = 74
const LETTER_MAX_ROWS = 12
const LETTER_MAX_REMINDERS = 8
const LETTER_LOOK: SheetLook = {
  size: A4,
  padding: '18mm 20mm 14mm',
  fontMm: 4,
  lineHeight: 1.75,
  companyMm: 4.2,
  title: { fontSize: '9mm', letterSpacing: '5mm', margin: '2mm 0 6mm', paddingLeft: '5mm' }
}
const AGE_COLUMN: ExtraColumn = {
  head: '逾期',
  widthMm: 20,
  cell: (l) => (l.ageMonths ? `${l.ageMonths}个月` : '')
}

function LetterSheet({ letter }: { letter: DemandLetter }) {
  const lines = fitLines(letter.lines, LETTER_MAX_ROWS)
  const row = rowHeight(lines.length + 2, LETTER_TABLE_MM, 7, 5.2)
  const cell = { height: `${row}mm` }
  const reminders = letter.reminders.slice(-LETTER_MAX_REMINDERS)
  const earlier = letter.reminders.length - reminders.length
  const room = paperRoom(letter.roomCode, letter.roomDisplay)
  const place = `${letter.estateName}${room}`
  return (
    <PaperSheet look={LETTER_LOOK} company={letter.companyName} title="催缴函">
      <p style={{ fontWeight: 'bold' }}>{letter.ownerNames || '尊敬的'} 业主：</p>
      <p className="indent">
        您好！您名下位于{place}的房屋，自{letter.oldestDue ? chineseDate(letter.oldestDue) : '—'}
        起尚有物业服务费用未按约定缴纳，至今已逾期
        {letter.ageMonths}个月，累计欠费人民币 <b>{yuan(letter.totalFen)}</b> 元（大写：
        <span className="capital">{letter.totalCapital}</span>）。明细如下：
      </p>
      <MoneyTable
        lines={lines}
        widthsMm={[9, 36, 26, 28]}
        cell={cell}
        style={{ margin: '2.5mm 0 3mm', fontSize: '3.5mm' }}
        extra={[AGE_COLUMN]}
        totalLabel="合计"
        totalFen={letter.totalFen}
      />
      {reminders.length > 0 ? (
        <>
          <p className="indent">
            此前，我司已就上述欠费向您催缴{earlier > 0 ? `（另有更早的 ${earlier} 次，从略）` : ''}
            ，至今仍未收到上述款项：
          </p>
          <table style={{ margin: '2mm 0 3mm', fontSize: '3.3mm' }}>
            <colgroup>
              <col style={{ width: '26mm' }} />
              <col style={{ width: '24mm' }} />
              <col style={{ width: '28mm' }} />
              <col />
            </colgroup>
            <thead>
              <tr style={{ height: '6mm' }}>
                <th className="c">日期</th>
                <th className="c">方式</th>
                <th className="num">当时欠费（元）</th>
                <th>结果</th>
              </tr>
            </thead>
            <tbody>
              {reminders.map((r) => (
                <tr key={r.id} style={{ height: '6mm' }}>
                  <td className="c">{r.at.slice(0, 10)}</td>
                  <td className="c">{KIND_PAPER(r.kind)}</td>
                  <td className="num">{yuan(r.amountFen)}</td>
                  <td>{r.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="indent">上述款项至今未收到。</p>
      )}
      <p className="indent">
        根据《中华人民共和国民法典》第九百四十四条及《物业服务合同》的约定，业主应当按照约定向物业服务人支付物业费。现特函告：请您于
        <b>{chineseDate(letter.deadline)}</b>前到{letter.estateName}
        物业服务中心缴清上述欠款。逾期仍未缴纳的，我司将依法提起诉讼或者申请仲裁。
      </p>
      <p className="indent">如您对上述费用有异议或已经缴纳，请携带相关凭证到物业服务中心核对。</p>
      <p className="indent">特此函告。</p>
      <PaperSign company={letter.companyName} date={letter.issuedOn} style={{ marginTop: '6mm' }} />
      <div style={footStyle(20, 14, 3.5, 1.8)}>
        <div className="cut" style={{ paddingTop: '2mm' }}>
          <b>回　执</b>　本人已收到{letter.companyName}于{chineseDate(letter.issuedOn)}发出的关于{place}欠费 ¥
          {yuan(letter.totalFen)} 的催缴函。
        </div>
        <div>业主签收：＿＿＿＿＿＿＿＿　　送达人：＿＿＿＿＿＿＿＿　　签收日期：＿＿＿＿年＿＿月＿＿日</div>
      </div>
    </PaperSheet>
  )
}

/** 催缴函 of one room on A4. */
export function demandLetterJob(letter: DemandLetter): PrintJob {
  return paperJob(
    `催缴函 ${letter.roomCode}`,
    A4,
    <LetterSheet letter={letter} />,
    `demand-letter-${letter.roomCode.replace(/[^A-Za-z0-9-]/g, '_')}`
  )
}
