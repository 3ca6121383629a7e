import type { HandoverSheet } from '../../../../shared/handover/types'
import type { MatterItem, MattersSection } from '../../../../shared/handover/sections'
import { translate } from '../../../../renderer/src/lib/translate'
import type { PaperWords } from '../../../../renderer/src/features/handover/paper/sheet-kit'
import type { Locale } from '../../../../shared/kernel/locale'

/** A handover as the core stores it: a 10 元 shortfall with its reason, a torch lent, open matters. */

export const CTX = { companyName: '华府物业服务有限公司', estateName: '华府花园' }

export const words = (locale: Locale = 'zh-CN'): PaperWords => ({
  t: (key, params) => translate(locale, key, params),
  locale
})

export function matter(i: number, over: Partial<MatterItem> = {}): MatterItem {
  return {
    ref: `TZ2026-${String(100 + i).padStart(6, '0')}`,
    roomCode: '2-1-102',
    text: `业主来电反映楼道灯不亮 ${i}`,
    statusKey: 'handover.matter.awaiting',
    due: '2026-06-15T10:00:00.000Z',
    urgency: i === 1 ? 'overdue' : 'upcoming',
    route: `#/handover/ledger/${i}`,
    ...over
  }
}

export function ledgerSection(count: number, total = count): MattersSection {
  return {
    kind: 'matters',
    id: 'ledger.awaiting',
    titleKey: 'handover.section.ledgerAwaiting',
    order: 100,
    items: Array.from({ length: count }, (_, i) => matter(i + 1)),
    total
  }
}

export function sheet(over: Partial<HandoverSheet> = {}): HandoverSheet {
  return {
    number: 'JB1-2026-000123',
    counterName: '一号前台',
    outgoing: { staffId: 2, name: '王小明', shiftKind: 'day', openedAt: '2026-06-15T00:30:00.000Z' },
    incoming: { staffId: 3, name: '李夜班', shiftKind: 'night' },
    closedAlone: null,
    periodFrom: '2026-06-14T10:00:00.000Z',
    periodTo: '2026-06-15T10:00:00.000Z',
    sections: [
      ledgerSection(2),
      {
        kind: 'money',
        id: 'money',
        titleKey: 'handover.section.money',
        order: 10,
        receipts: { count: 12, firstCode: 'SJ2026000101', lastCode: 'SJ2026000112', totalFen: 345_600 },
        byMethod: [
          { method: 'cash', count: 7, totalFen: 125_600 },
          { method: 'wechat', count: 5, totalFen: 220_000 }
        ],
        voids: { count: 1, totalFen: 10_000, codes: ['SJ2026000105'] },
        refunds: { count: 0, totalFen: 0, codes: [] },
        spoiled: { count: 1, numbers: ['0012345'] },
        paperBooks: [{ book: 'B2026-01', nextNumber: '0012346', remaining: 54 }],
        cashNetFen: 115_600
      },
      {
        kind: 'keys',
        id: 'keys',
        titleKey: 'handover.section.keys',
        order: 20,
        cabinets: [{ cabinetId: 1, name: '一号钥匙柜', expectedIn: 40 }],
        out: [
          {
            keySetId: 9,
            tag: 'K7Q2',
            roomCode: '3-2-1502',
            borrower: '张三（装修）',
            since: '2026-06-15T02:00:00.000Z',
            due: '2026-06-15T09:00:00.000Z',
            overdue: true
          }
        ],
        movements: 6
      }
    ],
    cash: {
      pieces: [15, 2, 3, 0, 1, 0, 1, 0],
      countedFen: 165_550,
      expectedFen: 166_550,
      differenceFen: -1000,
      reason: '找零时多找给业主10元，已电话联系业主'
    },
    keys: [{ cabinetId: 1, name: '一号钥匙柜', expected: 40, counted: 40 }],
    tools: [
      { name: '对讲机', expected: 2, counted: 2, heldBy: '' },
      { name: '手电筒', expected: 2, counted: 1, heldBy: '维修部 王师傅借用' }
    ],
    differencesAcknowledged: true,
    cleaning: { ok: true, note: '' },
    notes: '3栋2单元1502业主明早九点来取钥匙，请提前准备。',
    notesImportant: true,
    backup: { file: 'frontdesk-2026-06-15-1800.db', problem: '' },
    at: '2026-06-15T10:00:00.000Z',
    ...over
  }
}

export function paperText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ')
    .trim()
}

export const sheetTexts = (html: string) =>
  html
    .split('<div class="sheet"')
    .slice(1)
    .map((part) => paperText(`<div${part}`))
