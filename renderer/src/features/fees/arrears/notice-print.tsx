import { renderToStaticMarkup } from 'react-dom/server'
import type { ReactNode } from 'react'
import type { PrintJob } from '@shared/kernel/bridge'
import type { DemandLetter, PaymentNotice, PaymentNotices, ReminderKind } from '@shared/fees/arrears'
import { formatFen, sumFen } from '@shared/domain/money'
import { foldMonths } from '@shared/kernel/calendar'
import { displayRoom, parseRoomQuery } from '@shared/domain/room-code'
import { PAPER_STYLE } from '../../../lib/print/paper-style'
import { reasonKey } from '@shared/kernel/i18n'
import { message } from '@shared/messages'

/**
 * The papers of the arrears chase as self-contained HTML (inline CSS, no scripts, `@page` at the
 * exact size with no margins): 付款请求书 on A5, one page per room, all rooms in one document with
 * page breaks; 催缴函 on A4. Paper text is Chinese whatever the screen's language.
 */

const A5 = { widthMm: 148, heightMm: 210 }
const A4 = { widthMm: 210, heightMm: 297 }

// A reminder is named on paper as in the core's timeline and exports (paper is Chinese).
const KIND_PAPER = (kind: ReminderKind) => message('zh-CN', reasonKey('arrears.kind', kind))

/** '2026-11-20' → '2026年11月20日'; '2026-11' → '2026年11月'. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return d === undefined ? `${y}年${m}月` : `${y}年${m}月${d}日`
}

/** The room as written on paper ('3栋2单元1502'), from its stored code; the model's own text otherwise. */
function paperRoom(code: string, fallback: string): string {
  const parts = parseRoomQuery(code)
  return parts ? displayRoom(parts, 'zh-CN') : fallback
}

const yuan = (fen: number) => formatFen(fen)

interface PaperLine {
  itemName: string
  periodLabel: string
  dueOn: string
  amountFen: number
  overdue: boolean
  ageMonths?: number
}

/**
 * Lines as printed. When there are more than fit, consecutive months of one item (same overdue
 * state) become one line '2026-01 至 2026-06（6个月）' with their sum, so the total never changes.
 */
export function fitLines(lines: readonly PaperLine[], max: number): PaperLine[] {
  if (lines.length <= max) return [...lines]
  const sameItem = (a: PaperLine, b: PaperLine) => a.itemName === b.itemName && a.overdue === b.overdue
  return foldMonths(lines, (line) => line.periodLabel, sameItem).map(({ from, to, items }) =>
    items.length === 1
      ? items[0]!
      : {
          ...items[0]!,
          periodLabel: `${from} 至 ${to}（${items.length}个月）`,
          amountFen: sumFen(items.map((l) => l.amountFen))
        }
  )
}

const STYLE = `${PAPER_STYLE}.info { display: flex; flex-wrap: wrap; }
.info > div { width: 50%; box-sizing: border-box; padding-right: 2mm; }
.info .wide { width: 100%; }
.label { color: #333; }
p { margin: 0; text-align: justify; }
.indent { text-indent: 2em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.25mm solid #000; padding: 0 1.2mm; white-space: nowrap; overflow: hidden; }
th { font-weight: bold; background: #f2f2f2; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.c, th.c { text-align: center; }
tr.total td { font-weight: bold; }
.capital { font-weight: bold; letter-spacing: 0.3mm; }
.sign { text-align: right; }
.small { color: #333; }
.cut { border-top: 0.3mm dashed #000; }
`

function documentHtml(title: string, size: { widthMm: number; heightMm: number }, body: ReactNode): string {
  const markup = renderToStaticMarkup(<>{body}</>)
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</title>` +
    `<style>@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: 0 }\n${STYLE}</style></head><body>${markup}</body></html>`
  )
}

const sheetStyle = (size: { widthMm: number; heightMm: number }, padding: string) => ({
  width: `${size.widthMm}mm`,
  height: `${size.heightMm}mm`,
  padding
})

/** Table rows sized to the room left for them: at most `areaMm` high, never above the comfortable height. */
function rowHeight(rows: number, areaMm: number, maxMm: number, minMm: number): number {
  return Math.max(minMm, Math.min(maxMm, Math.floor((areaMm / Math.max(rows, 1)) * 10) / 10))
}

const NOTICE_TABLE_MM = 82
const NOTICE_MAX_ROWS = 16

function NoticeSheet({ notices, notice }: { notices: PaymentNotices; notice: PaymentNotice }) {
  const lines = fitLines(notice.lines, NOTICE_MAX_ROWS)
  const row = rowHeight(lines.length + 2, NOTICE_TABLE_MM, 6.4, 4.8)
  const cell = { height: `${row}mm`, fontSize: `${Math.min(3.4, row * 0.6)}mm` }
  const room = paperRoom(notice.roomCode, notice.roomDisplay)
  return (
    <div
      className="sheet"
      style={{ ...sheetStyle(A5, '9mm 10mm 8mm'), fontSize: '3.4mm', lineHeight: 1.55 }}
      data-room={notice.roomCode}
    >
      <div className="company" style={{ fontSize: '3.6mm' }}>
        {notices.companyName}
      </div>
      <h1 className="title" style={{ fontSize: '7mm', letterSpacing: '2mm', margin: '1.5mm 0 0.5mm' }}>
        付款请求书
      </h1>
      <div className="sub" style={{ fontSize: '3.2mm', marginBottom: '3mm' }}>
        {notices.estateName} · {chineseDate(notices.period)}
      </div>
      <div className="info" style={{ marginBottom: '2.5mm' }}>
        <div>
          <span className="label">房　　号：</span>
          {room}
        </div>
        <div>
          <span className="label">房屋编号：</span>
          {notice.roomCode}
        </div>
        <div className="wide">
          <span className="label">业　　主：</span>
          {notice.ownerNames || '—'}
        </div>
      </div>
      <p style={{ marginBottom: '1mm' }}>尊敬的{notice.ownerNames ? ` ${notice.ownerNames} ` : ''}业主：</p>
      <p className="indent" style={{ marginBottom: '2.5mm' }}>
        根据《物业服务合同》约定，现将贵户截至{chineseDate(notices.period)}的未缴费用列示如下，请于
        <b>{chineseDate(notices.dueOn)}</b>前到物业服务中心缴纳。
      </p>
      <table>
        <colgroup>
          <col style={{ width: '8mm' }} />
          <col style={{ width: '30mm' }} />
          <col />
          <col style={{ width: '22mm' }} />
          <col style={{ width: '24mm' }} />
        </colgroup>
        <thead>
          <tr style={cell}>
            <th className="c">序</th>
            <th>收费项目</th>
            <th>所属期间</th>
            <th className="c">应缴日期</th>
            <th className="num">金额（元）</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} style={cell}>
              <td className="c">{i + 1}</td>
              <td>{l.itemName}</td>
              <td>
                {l.periodLabel}
                {l.overdue ? <span style={{ fontWeight: 'bold' }}>（欠）</span> : null}
              </td>
              <td className="c">{l.dueOn}</td>
              <td className="num">{yuan(l.amountFen)}</td>
            </tr>
          ))}
          <tr className="total" style={cell}>
            <td colSpan={4}>合计（小写）</td>
            <td className="num">¥{yuan(notice.totalFen)}</td>
          </tr>
        </tbody>
      </table>
      <p style={{ marginTop: '2mm' }}>
        合计（大写）：
        <span className="capital" data-capital>
          人民币{notice.totalCapital}
        </span>
      </p>
      {notice.overdueFen > 0 && (
        <p className="small" style={{ fontSize: '3.1mm' }}>
          其中标“（欠）”者为已过应缴日期的往期欠费，计 ¥{yuan(notice.overdueFen)}，请一并缴清。
        </p>
      )}
      <div
        style={{ position: 'absolute', left: '10mm', right: '10mm', bottom: '8mm', fontSize: '3.1mm', lineHeight: 1.5 }}
      >
        <p className="small">
          缴费地点：{notices.estateName}
          物业服务中心前台，可用现金、微信、支付宝或银行卡缴纳。如已缴纳，请忽略本通知；如对费用有疑问，请到服务中心核对。
        </p>
        <div className="sign" style={{ marginTop: '3mm', fontSize: '3.4mm' }}>
          <div>{notices.companyName}（盖章）</div>
          <div>{chineseDate(notices.issuedOn)}</div>
        </div>
      </div>
    </div>
  )
}

/** 付款请求书 of every room in one document: one A5 page each, broken by CSS. */
export function noticesJob(notices: PaymentNotices): PrintJob {
  const html = documentHtml(
    `付款请求书 ${notices.period}`,
    A5,
    notices.notices.map((n) => <NoticeSheet key={n.roomId} notices={notices} notice={n} />)
  )
  return {
    html,
    pageWidthMm: A5.widthMm,
    pageHeightMm: A5.heightMm,
    target: 'printer',
    fileName: `payment-requests-${notices.period}`
  }
}

const LETTER_TABLE_MM = 74
const LETTER_MAX_ROWS = 12
const LETTER_MAX_REMINDERS = 8

function LetterSheet({ letter }: { letter: DemandLetter }) {
  const lines = fitLines(letter.lines, LETTER_MAX_ROWS)
  const row = rowHeight(lines.length + 2, LETTER_TABLE_MM, 7, 5.2)
  const cell = { height: `${row}mm` }
  const reminders = letter.reminders.slice(-LETTER_MAX_REMINDERS)
  const earlier = letter.reminders.length - reminders.length
  const room = paperRoom(letter.roomCode, letter.roomDisplay)
  const place = `${letter.estateName}${room}`
  return (
    <div className="sheet" style={{ ...sheetStyle(A4, '18mm 20mm 14mm'), fontSize: '4mm', lineHeight: 1.75 }}>
      <div className="company" style={{ fontSize: '4.2mm' }}>
        {letter.companyName}
      </div>
      <h1 className="title" style={{ fontSize: '9mm', letterSpacing: '5mm', margin: '2mm 0 6mm', paddingLeft: '5mm' }}>
        催缴函
      </h1>
      <p style={{ fontWeight: 'bold' }}>{letter.ownerNames || '尊敬的'} 业主：</p>
      <p className="indent">
        您好！您名下位于{place}的房屋，自{letter.oldestDue ? chineseDate(letter.oldestDue) : '—'}
        起尚有物业服务费用未按约定缴纳，至今已逾期
        {letter.ageMonths}个月，累计欠费人民币 <b>{yuan(letter.totalFen)}</b> 元（大写：
        <span className="capital">{letter.totalCapital}</span>）。明细如下：
      </p>
      <table style={{ margin: '2.5mm 0 3mm', fontSize: '3.5mm' }}>
        <colgroup>
          <col style={{ width: '9mm' }} />
          <col style={{ width: '36mm' }} />
          <col />
          <col style={{ width: '26mm' }} />
          <col style={{ width: '20mm' }} />
          <col style={{ width: '28mm' }} />
        </colgroup>
        <thead>
          <tr style={cell}>
            <th className="c">序</th>
            <th>收费项目</th>
            <th>所属期间</th>
            <th className="c">应缴日期</th>
            <th className="c">逾期</th>
            <th className="num">金额（元）</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} style={cell}>
              <td className="c">{i + 1}</td>
              <td>{l.itemName}</td>
              <td>{l.periodLabel}</td>
              <td className="c">{l.dueOn}</td>
              <td className="c">{l.ageMonths ? `${l.ageMonths}个月` : ''}</td>
              <td className="num">{yuan(l.amountFen)}</td>
            </tr>
          ))}
          <tr className="total" style={cell}>
            <td colSpan={5}>合计</td>
            <td className="num">¥{yuan(letter.totalFen)}</td>
          </tr>
        </tbody>
      </table>
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
      <div className="sign" style={{ marginTop: '6mm' }}>
        <div>{letter.companyName}（盖章）</div>
        <div>{chineseDate(letter.issuedOn)}</div>
      </div>
      <div
        style={{
          position: 'absolute',
          left: '20mm',
          right: '20mm',
          bottom: '14mm',
          fontSize: '3.5mm',
          lineHeight: 1.8
        }}
      >
        <div className="cut" style={{ paddingTop: '2mm' }}>
          <b>回　执</b>　本人已收到{letter.companyName}于{chineseDate(letter.issuedOn)}发出的关于{place}欠费 ¥
          {yuan(letter.totalFen)} 的催缴函。
        </div>
        <div>业主签收：＿＿＿＿＿＿＿＿　　送达人：＿＿＿＿＿＿＿＿　　签收日期：＿＿＿＿年＿＿月＿＿日</div>
      </div>
    </div>
  )
}

/** 催缴函 of one room on A4. */
export function demandLetterJob(letter: DemandLetter): PrintJob {
  const html = documentHtml(`催缴函 ${letter.roomCode}`, A4, <LetterSheet letter={letter} />)
  return {
    html,
    pageWidthMm: A4.widthMm,
    pageHeightMm: A4.heightMm,
    target: 'printer',
    fileName: `demand-letter-${letter.roomCode.replace(/[^A-Za-z0-9-]/g, '_')}`
  }
}
