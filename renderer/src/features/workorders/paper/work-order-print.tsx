import type { ReactNode } from 'react'
import type { PrintJob } from '@shared/kernel/bridge'
import { formatFen } from '@shared/domain/money'
import type { WorkOrderView } from '@shared/workorders/api'
import { translate } from '../../../lib/translate'
import { quantityText } from '../money-input'
import { A5, paperJob, paperRoom, paperTime, sheetStyle, type PaperContext } from './paper-kit'

/** Paper words the core already has (the source's name) are its zh-CN ones. */
const SOURCE_PAPER = (s: WorkOrderView['source']) => translate('zh-CN', `workOrders.source.${s}`)
const yuan = (fen: number | null) => (fen === null ? '' : `¥${formatFen(fen)}`)

/** 免费 (保修期内 / 保修期外), the repair's quote, or the service's item × quantity at its price. */
function feeText(o: WorkOrderView): string {
  if (o.charge === 'free') return o.warranty.inWarranty ? '免费（保修期内）' : '免费'
  if (o.kind === 'service' && o.serviceItem) {
    const price = o.serviceItem.priceFen === null ? '面议' : `${yuan(o.serviceItem.priceFen)}/${o.serviceItem.unit}`
    return `有偿：${o.serviceItem.name} ${price} × ${quantityText(o.quantityCenti)}${o.serviceItem.unit}　合计 ${yuan(o.feeFen)}`
  }
  const agreed = o.quoteAgreedBy ? `　（${o.quoteAgreedBy} 已同意）` : ''
  return `有偿：材料费 ${yuan(o.partsFen)}　人工费 ${yuan(o.labourFen)}　合计 ${yuan(o.feeFen)}${agreed}`
}

/** A fact the office filled in, or a blank for the repairer to write. */
const filled = (value: string | null | undefined) => value || ''

type Row = [string, ReactNode, string?, ReactNode?]

function FactsTable({ rows }: { rows: Row[] }) {
  return (
    <table style={{ marginBottom: '2mm' }}>
      <colgroup>
        <col style={{ width: '20mm' }} />
        <col />
        <col style={{ width: '20mm' }} />
        <col />
      </colgroup>
      <tbody>
        {rows.map(([k1, v1, k2, v2]) => (
          <tr key={k1} style={{ height: '7.5mm' }}>
            <td className="k">{k1}</td>
            {k2 === undefined ? (
              <td colSpan={3}>{v1}</td>
            ) : (
              <>
                <td>{v1}</td>
                <td className="k">{k2}</td>
                <td>{v2}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The lines the repairer fills in on site: work done, materials, times, the resident's signature. */
function OnSiteTable({ order }: { order: WorkOrderView }) {
  const line = (label: string, height: string, value = '') => (
    <tr style={{ height }}>
      <td className="k">{label}</td>
      <td colSpan={3}>{value}</td>
    </tr>
  )
  return (
    <table>
      <colgroup>
        <col style={{ width: '20mm' }} />
        <col />
        <col style={{ width: '20mm' }} />
        <col />
      </colgroup>
      <tbody>
        {line('处理情况', '30mm', filled(order.workDone))}
        {line('使用材料', '16mm', filled(order.materials))}
        <tr style={{ height: '8mm' }}>
          <td className="k">到场时间</td>
          <td>{paperTime(order.arrivedAt) || '　　月　　日　　时　　分'}</td>
          <td className="k">完工时间</td>
          <td>{paperTime(order.completedAt) || '　　月　　日　　时　　分'}</td>
        </tr>
        {line('试漏日期', '8mm', order.leakTestOn ?? '')}
        <tr style={{ height: '10mm' }}>
          <td className="k">住户签名</td>
          <td>{filled(order.signedBy)}</td>
          <td className="k">维修人员</td>
          <td />
        </tr>
        {line('住户评价', '9mm', '□ 满意　　□ 基本满意　　□ 不满意')}
        {line('住户意见', '18mm')}
      </tbody>
    </table>
  )
}

/**
 * 维修工作单 / 有偿服务单 on A5, for the repairer to carry: what the office registered (room,
 * reporter, contact as the view gives it, the fault, the appointment, who is sent, free or paid
 * with the quote), then blank lines for the work on site and the resident's signature.
 */
export function workOrderJob(order: WorkOrderView, ctx: PaperContext): PrintJob {
  const title = order.kind === 'service' ? '有偿服务单' : '维修工作单'
  const rows: Row[] = [
    ['工作单号', <span className="mono">{order.number}</span>, '登记时间', paperTime(order.createdAt)],
    [
      '房　　号',
      paperRoom(order.roomCode),
      '来　　源',
      `${SOURCE_PAPER(order.source)}${order.urgent ? '（紧急）' : ''}`
    ],
    ['报 修 人', filled(order.reporter), '联系电话', filled(order.contact)],
    ['位　　置', order.location, '类　　别', order.categoryName],
    ['问题描述', order.description],
    ['方便时间', filled(order.preferredTime), '预约时间', paperTime(order.appointmentAt)],
    ['维修人员', filled(order.assignee), '登 记 人', order.createdBy],
    ['费　　用', feeText(order)]
  ]
  const body = (
    <div className="sheet" style={sheetStyle(A5, '9mm 10mm 8mm', 3.3)} data-paper="work-order">
      <div className="company" style={{ fontSize: '3.3mm' }}>
        {ctx.companyName}
      </div>
      <h1 className="title" style={{ fontSize: '6.4mm', letterSpacing: '2mm', margin: '1mm 0 0.5mm' }}>
        {title}
      </h1>
      <div className="sub" style={{ fontSize: '3mm', marginBottom: '2.5mm' }}>
        {ctx.estateName}物业服务中心
      </div>
      <FactsTable rows={rows} />
      <OnSiteTable order={order} />
      <div className="foot" style={{ fontSize: '2.8mm', marginTop: '2mm' }}>
        <span>完工后请住户签名，本单交回客服中心存档。</span>
        <span>客服中心回访：＿＿＿＿＿＿</span>
      </div>
    </div>
  )
  return paperJob(`${title} ${order.number}`, `work-order-${order.number}`, A5, body)
}
