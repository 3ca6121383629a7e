import { describe, expect, it } from 'vitest'
import { handoverJob } from '../../../renderer/src/features/checkin/paper/handover-paper'
import { matchOrders } from '../../../renderer/src/features/checkin/paper/handover-sections'
import { pageCount } from '../../../renderer/src/lib/print/page-count'
import { CTX, emptyView, finishedView, paperText, sheetTexts, WORK_ORDERS } from './paper-fixture'

const SECTIONS = [
  '一、验明资料',
  '二、签署协议',
  '三、移交钥匙和物品',
  '四、水电气底数',
  '五、房屋质量验收',
  '六、缺陷及维修工作单',
  '七、房屋托管',
  '八、签字确认'
]

describe('房屋质量验收登记表（交接单）', () => {
  it('has every section with the check-in’s data, on A4 of one or two pages', () => {
    const job = handoverJob(finishedView(), WORK_ORDERS, CTX)
    expect(job).toMatchObject({ pageWidthMm: 210, pageHeightMm: 297, fileName: 'checkin-3-2-1502-handover' })
    expect(pageCount(job)).toBeLessThanOrEqual(2)
    const text = paperText(job.html)
    for (const section of SECTIONS) expect(text).toContain(section)
    for (const fact of [
      '房 号 3栋2单元1502',
      '业 主 张三、李四',
      '办理方式 委托代理',
      '办理日期 2026年11月20日',
      '验 收 人 赵师傅'
    ])
      expect(text).toContain(fact)
    expect(text).toContain('委托人身份证 ☑ 已核验 已留存')
    expect(text).toContain('受托人身份证 ☑ 已核验 —')
    expect(text).toContain('委托事项及期限 代为办理入住手续并领取钥匙（2026年11月1日 至 2027年10月31日）')
    expect(text).toContain('管理规约 必签 ☑ 已签 2026年11月20日')
    expect(text).toContain('装修须知 选签 ☐ 未签')
    expect(text).toContain('入户门钥匙 3 ☑ 已领')
    expect(text).toContain('水表 W-3021502 12.05 吨')
    expect(text).toContain('电表 E-88001 30.50 千瓦时')
    expect(text).toContain('业主已当面确认')
    expect(text).toContain('客厅 墙面 ☒缺陷 地面 ☑合格')
    expect(text).toContain('共 27 项：合格 25 项，缺陷 2 项')
    expect(text).toContain('1 客厅·墙面 土建 墙面裂缝约 30 厘米 WX2026-000007')
    expect(text).toContain('2 卫生间·防水 渗漏水 地漏周边渗水 WX2026-000008')
    expect(text).toContain('是否托管 是')
    expect(text).toContain('托管期限 2026年11月21日 至 2027年5月20日')
    for (const line of ['业主（签字）：', '验收人：赵师傅', '客服：王客服']) expect(text).toContain(line)
  })

  it('numbers its pages, and goes on to a second page with the heading repeated when the checklist is long', () => {
    const view = finishedView()
    const lines = view.steps.inspection!.lines
    const long = Array.from({ length: 12 }, (_, i) => lines.map((l) => ({ ...l, area: `${l.area}${i + 1}` }))).flat()
    const job = handoverJob(
      { ...view, steps: { ...view.steps, inspection: { ...view.steps.inspection!, lines: long } } },
      WORK_ORDERS,
      CTX
    )
    const pages = sheetTexts(job.html)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages[0]).toContain(`第 1 页 共 ${pages.length} 页`)
    expect(pages.slice(1).some((p) => p.includes('五、房屋质量验收') && p.includes('（续）'))).toBe(true)
    expect(pages.at(-1)).toContain('八、签字确认')
    // Every area's row is printed once, whichever page it falls on.
    for (let i = 1; i <= 12; i++) expect(paperText(job.html).split(` 客厅${i} `).length - 1).toBe(1)
  })

  it('says 无 in every section that has nothing yet, and that work orders come at the finish', () => {
    const text = paperText(handoverJob(emptyView(), [], CTX).html)
    for (const section of SECTIONS) expect(text).toContain(section)
    expect(text.match(/ 无 /g)!.length).toBeGreaterThanOrEqual(6)
    expect(text).toContain('办理方式 无')
    const open = finishedView({ status: 'open', workOrderIds: [] })
    expect(paperText(handoverJob(open, [], CTX).html)).toContain('墙面裂缝约 30 厘米 办结后生成')
  })

  it('matches each defect to its work order by category, description and location, else in order', () => {
    const defects = finishedView().steps.inspection!.lines.filter((l) => l.result === 'defect')
    expect(matchOrders(defects, [...WORK_ORDERS].reverse()).map((o) => o?.number)).toEqual([
      'WX2026-000007',
      'WX2026-000008'
    ])
    const renamed = WORK_ORDERS.map((o) => ({ ...o, location: '' }))
    expect(matchOrders(defects, renamed).map((o) => o?.number)).toEqual(['WX2026-000007', 'WX2026-000008'])
    expect(matchOrders(defects, [WORK_ORDERS[0]!]).map((o) => o?.number ?? null)).toEqual(['WX2026-000007', null])
  })

  it('escapes user text everywhere: names, descriptions, the inspector', () => {
    const base = finishedView({ ownerNames: '<script>a()</script>' })
    const lines = [...base.steps.inspection!.lines]
    lines[0] = { ...lines[0]!, description: '</td><script>b()</script>' }
    const inspection = { ...base.steps.inspection!, inspector: '<img src=x onerror=y>', lines }
    const view = { ...base, steps: { ...base.steps, inspection } }
    const html = handoverJob(view, WORK_ORDERS, CTX).html
    expect(html).not.toMatch(/<script|<img/)
    const text = paperText(html)
    expect(text).toContain('<script>a()</script>')
    expect(text).toContain('验收人：<img src=x onerror=y>')
  })
})
