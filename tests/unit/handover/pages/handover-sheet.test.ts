import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { handoverSheetJob } from '../../../../renderer/src/features/handover/paper/handover-sheet'
import { CTX, ledgerSection, matter, paperText, sheet, sheetTexts, words } from './handover-sheet-fixture'

const OUT = join('test-results', 'handover-sheet')
const keep = (name: string, html: string) => {
  mkdirSync(OUT, { recursive: true })
  writeFileSync(join(OUT, `${name}.html`), html)
}

describe('交接班记录表', () => {
  it('prints every section with the handover’s data, on A4 of one or two pages', () => {
    const job = handoverSheetJob(sheet(), 1, CTX, words())
    keep('short', job.html)
    expect(job).toMatchObject({ pageWidthMm: 210, pageHeightMm: 297, fileName: 'handover-JB1-2026-000123' })
    const pages = sheetTexts(job.html)
    expect(pages.length).toBeLessThanOrEqual(2)
    const text = pages.join(' ')
    for (const heading of ['一、收费', '二、现金清点', '三、钥匙', '四、工具与物品', '五、台帐待答复'])
      expect(text).toContain(heading)
    for (const heading of ['六、清洁检查', '七、交班留言', '八、差异确认与备份', '九、签字'])
      expect(text).toContain(heading)
    expect(text).toContain('交接班记录表')
    expect(text).toContain('华府花园物业服务中心')
    expect(text).toContain('交 班 人 王小明（白班）')
    expect(text).toContain('接 班 人 李夜班（夜班）')
    expect(text).toContain('12 张，合计 3,456.00')
    expect(text).toContain('SJ2026000101 至 SJ2026000112')
    expect(text).toContain('现金 7 1,256.00')
    expect(text).toContain('1 张，合计 100.00（SJ2026000105）')
    expect(text).toContain('B2026-01 0012346 54')
    expect(text).toContain('面额（元） 100 50 20 10 5 1 0.5 0.1')
    expect(text).toContain('张/枚 15 2 3 0 1 0 1 0')
    expect(text).toContain('差 额 -10.00 差异原因 找零时多找给业主10元，已电话联系业主')
    expect(text).toContain('一号钥匙柜 40 40 0')
    expect(text).toContain('K7Q2 3栋2单元1502 张三（装修）')
    expect(text).toContain('逾期')
    expect(text).toContain('手电筒 2 1 -1 维修部 王师傅借用')
    expect(text).toContain('TZ2026-000101 2栋1单元102 业主来电反映楼道灯不亮 1 待答复')
    expect(text).toContain('已超时')
    expect(text).toContain('【重要】3栋2单元1502业主明早九点来取钥匙')
    expect(text).toContain('☑ 交接双方已确认上述差异')
    expect(text).toContain('已备份并校验：frontdesk-2026-06-15-1800.db')
    expect(text).toContain('交班人（签字）：王小明')
    expect(text).toContain('接班人（签字）：李夜班')
    expect(text).not.toContain('副本')
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`))
  })

  it('marks a copy on every page and keeps its PDF apart from the original’s', () => {
    const long = sheet({ sections: [...sheet().sections.filter((s) => s.kind !== 'matters'), ledgerSection(50, 64)] })
    const job = handoverSheetJob(long, 2, CTX, words())
    expect(job.fileName).toBe('handover-JB1-2026-000123-copy-2')
    const pages = sheetTexts(job.html)
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(page).toContain('副本（第 2 份）')
  })

  it('goes on to further pages with the table’s heading repeated when a list is long, every row kept', () => {
    const longText =
      '业主反映楼上卫生间漏水至本户天花板，墙面起皮发霉，要求尽快上门查看并协调楼上住户配合维修，'.repeat(2)
    const items = Array.from({ length: 50 }, (_, i) => matter(i + 1, { text: `${longText}${i + 1}` }))
    const long = sheet({
      sections: [
        ...sheet().sections,
        {
          ...ledgerSection(0),
          id: 'repairs.dispatch',
          titleKey: 'handover.section.nightLog',
          order: 120,
          items,
          total: 50
        }
      ]
    })
    const job = handoverSheetJob(long, 1, CTX, words())
    keep('long', job.html)
    const pages = sheetTexts(job.html)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    expect(pages.slice(1).some((p) => p.includes('六、夜间值班记录未处理（续）'))).toBe(true)
    const all = paperText(job.html)
    for (const item of items) expect(all).toContain(item.ref)
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`))
    expect(pages.at(-1)).toContain('签字')
  })

  it('never leaves the signatures alone on the last page, however long the notes above them', () => {
    for (let lines = 1; lines <= 40; lines++) {
      const notes = '今晚11栋电梯维保，保安已知晓；'.repeat(lines * 4)
      const pages = sheetTexts(handoverSheetJob(sheet({ notes }), 1, CTX, words()).html)
      expect(pages.at(-1), `${lines} lines of notes`).toContain('差异确认与备份')
      expect(pages.at(-1)).toContain('签字')
    }
  })

  it('shows a close without successor: who closed it and why, and the supervisor signs', () => {
    const alone = sheet({
      incoming: null,
      closedAlone: { by: '赵主管', reason: '夜班人员病假，无人接班' },
      cleaning: null
    })
    const text = paperText(handoverSheetJob(alone, 1, CTX, words()).html)
    expect(text).toContain('接 班 人 无人接班')
    expect(text).toContain('关 闭 人 赵主管')
    expect(text).toContain('关闭原因 夜班人员病假，无人接班')
    expect(text).toContain('无人接班，未检查')
    expect(text).toContain('关闭人（签字）：赵主管')
  })

  it('prints in the counter’s language', () => {
    const text = paperText(handoverSheetJob(sheet(), 3, CTX, words('en')).html)
    expect(text).toContain('Shift Handover Record')
    expect(text).toContain('1. Fees')
    expect(text).toContain('COPY (print no. 3)')
    expect(text).toContain('Outgoing (signature): 王小明')
  })
})
