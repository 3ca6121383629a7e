import type { PrintJob } from '@shared/kernel/bridge'
import type { PaymentNotice, PaymentNotices } from '@shared/fees/arrears'
import { A5, chineseDate, documentHtml, fitLines, paperRoom, rowHeight, sheetStyle, yuan } from './arrears-print'

/** 付款请求书 on A5, one page per room (the shared paper pieces are in arrears-print). */

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
