import type { PrintJob } from '@shared/kernel/bridge'
import type { PaymentNotice, PaymentNotices } from '@shared/fees/arrears'
import {
  A5,
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
  type PaperLine,
  type SheetLook
} from './arrears-print'

/** 付款请求书 on A5, one page per room (the shared paper pieces are in arrears-print). */

const NOTICE_TABLE_MM = 82
const NOTICE_MAX_ROWS = 16
const NOTICE_LOOK: SheetLook = {
  size: A5,
  padding: '9mm 10mm 8mm',
  fontMm: 3.4,
  lineHeight: 1.55,
  companyMm: 3.6,
  title: { fontSize: '7mm', letterSpacing: '2mm', margin: '1.5mm 0 0.5mm' }
}

/** A line already overdue is marked （欠） after its period. */
const overdueMarked = (l: PaperLine) => (
  <>
    {l.periodLabel}
    {l.overdue ? <span style={{ fontWeight: 'bold' }}>（欠）</span> : null}
  </>
)

function NoticeSheet({ notices, notice }: { notices: PaymentNotices; notice: PaymentNotice }) {
  const lines = fitLines(notice.lines, NOTICE_MAX_ROWS)
  const row = rowHeight(lines.length + 2, NOTICE_TABLE_MM, 6.4, 4.8)
  const cell = { height: `${row}mm`, fontSize: `${Math.min(3.4, row * 0.6)}mm` }
  const room = paperRoom(notice.roomCode, notice.roomDisplay)
  return (
    <PaperSheet look={NOTICE_LOOK} company={notices.companyName} title="付款请求书" room={notice.roomCode}>
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
      <MoneyTable
        lines={lines}
        widthsMm={[8, 30, 22, 24]}
        cell={cell}
        period={overdueMarked}
        totalLabel="合计（小写）"
        totalFen={notice.totalFen}
      />
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
      <div style={footStyle(10, 8, 3.1, 1.5)}>
        <p className="small">
          缴费地点：{notices.estateName}
          物业服务中心前台，可用现金、微信、支付宝或银行卡缴纳。如已缴纳，请忽略本通知；如对费用有疑问，请到服务中心核对。
        </p>
        <PaperSign
          company={notices.companyName}
          date={notices.issuedOn}
          style={{ marginTop: '3mm', fontSize: '3.4mm' }}
        />
      </div>
    </PaperSheet>
  )
}

/** 付款请求书 of every room in one document: one A5 page each, broken by CSS. */
export function noticesJob(notices: PaymentNotices): PrintJob {
  return paperJob(
    `付款请求书 ${notices.period}`,
    A5,
    notices.notices.map((n) => <NoticeSheet key={n.roomId} notices={notices} notice={n} />),
    `payment-requests-${notices.period}`
  )
}
