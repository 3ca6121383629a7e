import type { CheckinView, MoveInNotice } from '../../../shared/checkin/api'
import { DEFAULT_CHECKIN_SETTINGS } from '../../../shared/checkin/settings'

/** A finished check-in of an agent for 3栋2单元1502 with two defects, for the papers' tests. */
export function finishedView(overrides: Partial<CheckinView> = {}): CheckinView {
  return {
    id: 17,
    roomId: 42,
    roomCode: '3-2-1502',
    ownerNames: '张三、李四',
    case: 'agent',
    status: 'done',
    currentStep: null,
    completedSteps: ['identity', 'registration', 'agreements', 'items', 'meters', 'inspection', 'fees', 'trusteeship'],
    startedAt: '2026-11-20T09:05:00',
    startedBy: '王客服',
    lastSavedAt: '2026-11-20T09:40:00',
    finishedAt: '2026-11-20T09:41:00',
    finishedBy: '王客服',
    outcome: 'trusteeship',
    cancelReason: null,
    defects: 2,
    roomStatus: 'trusteeship',
    roomAreaCenti: 8950,
    settings: DEFAULT_CHECKIN_SETTINGS,
    steps: {
      identity: {
        case: 'agent',
        documents: [
          { key: 'ownerId', verified: true, attachmentId: 5 },
          { key: 'moveInNotice', verified: true, attachmentId: null },
          { key: 'purchaseContract', verified: true, attachmentId: null },
          { key: 'powerOfAttorney', verified: true, attachmentId: 6 },
          { key: 'agentId', verified: true, attachmentId: null }
        ],
        poa: { scope: '代为办理入住手续并领取钥匙', from: '2026-11-01', to: '2027-10-31' },
        notes: ''
      },
      registration: { confirmed: true, notes: '' },
      agreements: {
        signed: [
          { key: 'estateRules', signedOn: '2026-11-20' },
          { key: 'residenceConvention', signedOn: '2026-11-20' },
          { key: 'fireSafety', signedOn: '2026-11-20' }
        ]
      },
      items: {
        items: [
          { key: 'doorKey', count: 3, received: true },
          { key: 'unitCard', count: 2, received: true },
          { key: 'mailboxKey', count: 2, received: true },
          { key: 'handbook', count: 1, received: true },
          { key: 'drawings', count: 1, received: false }
        ],
        notes: ''
      },
      meters: {
        readings: [
          { kind: 'water', meterNumber: 'W-3021502', reading: 1205 },
          { kind: 'electricity', meterNumber: 'E-88001', reading: 3050 }
        ],
        ownerConfirmed: true
      },
      inspection: {
        lines: [
          ...DEFAULT_CHECKIN_SETTINGS.inspection.flatMap((a) =>
            a.items.map((item) => ({
              area: a.area,
              item,
              result: 'pass' as const,
              category: '',
              description: '',
              attachmentId: null
            }))
          )
        ].map((l) =>
          l.area === '客厅' && l.item === '墙面'
            ? { ...l, result: 'defect' as const, category: '土建', description: '墙面裂缝约 30 厘米' }
            : l.area === '卫生间' && l.item === '防水'
              ? { ...l, result: 'defect' as const, category: '渗漏水', description: '地漏周边渗水' }
              : l
        ),
        inspector: '赵师傅',
        ownerConfirmed: true
      },
      fees: { receiptIds: [9], skippedReason: '' },
      trusteeship: { wanted: true, agreementSignedOn: '2026-11-20', from: '2026-11-21', to: '2027-05-20', notes: '' }
    },
    missingDocuments: [],
    parties: [
      {
        relationId: 1,
        personId: 1,
        relation: 'owner',
        kind: 'person',
        name: '张三',
        phoneMasked: '139****5678',
        poaTo: null
      },
      {
        relationId: 2,
        personId: 2,
        relation: 'coowner',
        kind: 'person',
        name: '李四',
        phoneMasked: '138****1234',
        poaTo: null
      },
      {
        relationId: 3,
        personId: 3,
        relation: 'agent',
        kind: 'person',
        name: '王五',
        phoneMasked: '137****0000',
        poaTo: '2027-10-31'
      }
    ],
    fees: {
      prepay: [
        {
          itemId: 1,
          name: '物业费',
          months: 3,
          monthlyFen: 21480,
          amountFen: 64440,
          fromPeriod: '2026-12',
          monthly: ['2026-12', '2027-01', '2027-02'].map((period) => ({ period, percent: 100, amountFen: 21480 }))
        }
      ],
      oneOff: [{ itemId: 4, name: '信报箱', amountFen: 5000 }],
      unpaidFen: 0,
      totalFen: 69440
    },
    receipts: [{ id: 9, code: 'SJ2026000123', totalFen: 69440, issuedAt: '2026-11-20T09:30:00', status: 'valid' }],
    workOrderIds: [101, 102],
    trusteeshipId: 3,
    ...overrides
  }
}

/** A check-in just started: nothing saved yet. */
export function emptyView(): CheckinView {
  return finishedView({
    case: null,
    status: 'open',
    steps: {},
    parties: [],
    workOrderIds: [],
    trusteeshipId: null,
    finishedAt: null,
    finishedBy: null,
    outcome: null,
    defects: 0,
    ownerNames: ''
  })
}

export const WORK_ORDERS = [
  { id: 101, number: 'WX2026-000007', location: '客厅·墙面', category: '土建', description: '墙面裂缝约 30 厘米' },
  { id: 102, number: 'WX2026-000008', location: '卫生间·防水', category: '渗漏水', description: '地漏周边渗水' }
]

export const CTX = { companyName: '幸福物业服务有限公司', estateName: '幸福家园' }

export function notice(overrides: Partial<MoveInNotice> = {}): MoveInNotice {
  return {
    roomId: 42,
    roomCode: '3-2-1502',
    ownerNames: '张三',
    areaCenti: 8950,
    fees: finishedView().fees,
    ...overrides
  }
}

/** The text a reader sees: the style sheet and title left out, tags removed, entities decoded, spaces squeezed. */
export function paperText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ')
    .trim()
}

/** The text of one `.sheet` page each. */
export function sheetTexts(html: string): string[] {
  return html
    .split('<div class="sheet"')
    .slice(1)
    .map((part) => paperText(`<div${part}`))
}
