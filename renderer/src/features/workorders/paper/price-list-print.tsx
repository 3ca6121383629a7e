import type { PrintJob } from '@shared/kernel/bridge'
import { formatFen } from '@shared/domain/money'
import { SERVICE_ITEM_CATEGORIES, type ServiceItem } from '@shared/workorders/repairs-api'
import { A4, paperJob, sheetStyle, type PaperContext } from './paper-kit'

/** The categories as the notice board reads them (paper is Chinese). */
export const CATEGORY_PAPER: Record<ServiceItem['category'], string> = {
  paid: '有偿维修服务',
  convenience: '便民服务',
  entrusted: '委托代办服务'
}

/**
 * 有偿服务收费标准 on A4 for the notice board: the published (active) items by category with
 * their price per unit, 面议 where the price is agreed case by case, and the date it was printed.
 */
export function priceListJob(items: ServiceItem[], ctx: PaperContext, today: string): PrintJob {
  const active = items.filter((i) => i.active)
  const groups = SERVICE_ITEM_CATEGORIES.map((c) => ({
    category: c,
    items: active.filter((i) => i.category === c).sort((a, b) => a.sortKey - b.sortKey || a.id - b.id)
  })).filter((g) => g.items.length > 0)
  let n = 0
  const body = (
    <div className="sheet" style={sheetStyle(A4, '16mm 16mm 14mm', 3.8)} data-paper="price-list">
      <div className="company" style={{ fontSize: '4mm' }}>
        {ctx.companyName}
      </div>
      <h1 className="title" style={{ fontSize: '8mm', letterSpacing: '1.5mm', margin: '2mm 0 1mm' }}>
        有偿服务收费标准
      </h1>
      <div className="sub" style={{ fontSize: '3.6mm', marginBottom: '5mm' }}>
        {ctx.estateName}物业服务中心
      </div>
      <table>
        <colgroup>
          <col style={{ width: '12mm' }} />
          <col />
          <col style={{ width: '20mm' }} />
          <col style={{ width: '32mm' }} />
          <col style={{ width: '52mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>服务项目</th>
            <th>单位</th>
            <th>收费标准</th>
            <th>备注</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => [
            <tr key={g.category}>
              <td colSpan={5} style={{ fontWeight: 'bold', background: '#f2f2f2' }}>
                {CATEGORY_PAPER[g.category]}
              </td>
            </tr>,
            ...g.items.map((i) => (
              <tr key={i.id} style={{ height: '8mm' }}>
                <td style={{ textAlign: 'center' }}>{(n += 1)}</td>
                <td>{i.name}</td>
                <td style={{ textAlign: 'center' }}>{i.unit}</td>
                <td className="r">
                  {i.priceFen === null ? '面议' : i.priceFen === 0 ? '免费' : `¥${formatFen(i.priceFen)}`}
                </td>
                <td>{i.note}</td>
              </tr>
            ))
          ])}
        </tbody>
      </table>
      <p style={{ fontSize: '3.4mm', marginTop: '5mm' }}>
        材料费按实际使用另计；服务前由客服中心报价，经住户同意后派工。如有疑问请到客服中心咨询。
      </p>
      <div style={{ textAlign: 'right', fontSize: '3.6mm', marginTop: '8mm' }}>
        {ctx.estateName}物业服务中心
        <br />
        {today.replace(
          /^(\d{4})-(\d{2})-(\d{2})$/,
          (_m, y: string, mo: string, d: string) => `${y}年${Number(mo)}月${Number(d)}日`
        )}
      </div>
    </div>
  )
  return paperJob('有偿服务收费标准', `price-list-${today}`, A4, body)
}
