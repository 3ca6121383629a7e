import { renderToStaticMarkup } from 'react-dom/server'
import dayjs from 'dayjs'
import type { PrintJob } from '@shared/kernel/bridge'
import { reasonKey } from '@shared/kernel/i18n'
import type { ComplaintView } from '@shared/workorders/complaints-api'
import { PAPER_STYLE } from '../../../lib/print/paper-style'
import { translate } from '../../../lib/translate'

/**
 * 工作联系单: the slip the service centre sends to the department that must act on a complaint,
 * A5 portrait, self-contained HTML (inline CSS, no scripts, `@page` at the exact size). The top
 * says what happened and by when; the bottom is the department's reply, filled in by hand and
 * returned. Paper is Chinese whatever the screen's language: its words are the catalog's zh-CN.
 */

export interface SlipContext {
  companyName: string
  estateName: string
  /** Who sends it: the signed-in clerk. */
  sender: string
  /** When it is printed (the counter's clock). */
  printedAt: string
}

const A5 = { widthMm: 148, heightMm: 210 }
const zh = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key)
const time = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '')
const blank = (v: string | null | undefined) => (v ? v : '—')

const STYLE = `${PAPER_STYLE}
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
td { border: 0.25mm solid #000; padding: 0.8mm 1.4mm; vertical-align: top; word-break: break-all; }
td.k { background: #f2f2f2; white-space: nowrap; width: 21mm; }
.head { display: flex; justify-content: space-between; margin: 1.5mm 0; }
.mono { font-family: 'Consolas', 'Courier New', monospace; font-weight: bold; }
.box { height: 24mm; }
.sign { display: flex; justify-content: space-between; margin-top: 2mm; }
`

/** The deadlines of the steps still to be done, as the department must meet them. */
function deadlineText(c: ComplaintView): string {
  const open = c.deadlines.filter((d) => d.doneAt === null)
  return open.map((d) => `${zh(reasonKey('complaints.step', d.step))} ${time(d.dueAt)} 前`).join('；') || '—'
}

function Slip({ c, ctx }: { c: ComplaintView; ctx: SlipContext }) {
  const row = (k1: string, v1: string, k2?: string, v2?: string) => (
    <tr>
      <td className="k">{k1}</td>
      <td colSpan={k2 ? 1 : 3}>{v1}</td>
      {k2 && <td className="k">{k2}</td>}
      {k2 && <td>{v2}</td>}
    </tr>
  )
  return (
    <div
      className="sheet"
      style={{ width: '148mm', height: '210mm', padding: '9mm 10mm', fontSize: '3.3mm', lineHeight: 1.5 }}
    >
      <div className="company" style={{ fontSize: '3.6mm' }}>
        {ctx.companyName} {ctx.estateName}
      </div>
      <h1 className="title" style={{ fontSize: '6mm', letterSpacing: '2mm' }}>
        工作联系单
      </h1>
      <div className="head">
        <span>
          编号：<span className="mono">{c.number}</span>
        </span>
        <span>日期：{dayjs(ctx.printedAt).format('YYYY年M月D日')}</span>
      </div>
      <table>
        <tbody>
          {row('送达部门', blank(c.department), '发出部门', '客服中心')}
          {row('投诉人', c.customer, '房号', blank(c.roomCode))}
          {row('联系电话', blank(c.contact), '投诉方式', zh(reasonKey('complaints.channel', c.channel)))}
          {row('发生时间', time(c.occurredAt), '发生地点', blank(c.place))}
          {row('类别', c.categoryName, '级别', zh(reasonKey('complaints.severity', c.severity)))}
          {row('被投诉对象', blank(c.subject))}
          {row('投诉内容', c.description)}
          {row('客户要求', blank(c.request))}
          {row('处理时限', deadlineText(c))}
          {row('发出人', ctx.sender, '登记时间', time(c.createdAt))}
        </tbody>
      </table>
      <div style={{ margin: '3mm 0 1mm', fontWeight: 'bold' }}>部门回复（处理后填写，交回客服中心）</div>
      <table>
        <tbody>
          <tr>
            <td className="k">处理情况</td>
            <td colSpan={3} className="box" />
          </tr>
          <tr>
            <td className="k">处理人</td>
            <td />
            <td className="k">完成时间</td>
            <td>　　月　　日　　时</td>
          </tr>
          <tr>
            <td className="k">部门负责人</td>
            <td />
            <td className="k">客服中心签收</td>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  )
}

export function complaintSlipJob(c: ComplaintView, ctx: SlipContext): PrintJob {
  const body = renderToStaticMarkup(<Slip c={c} ctx={ctx} />)
  const title = `工作联系单 ${c.number}`
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>` +
    `<style>@page { size: ${A5.widthMm}mm ${A5.heightMm}mm; margin: 0 }\nhtml, body { width: ${A5.widthMm}mm; }${STYLE}</style></head><body>${body}</body></html>`
  return {
    html,
    pageWidthMm: A5.widthMm,
    pageHeightMm: A5.heightMm,
    target: 'printer',
    fileName: `complaint-slip-${c.number.replace(/[^A-Za-z0-9_-]/g, '_')}`
  }
}
