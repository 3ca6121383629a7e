import type { Store } from '../../../../db/open'
import { api } from '../../../../shared/api'
import { REQUIRED_DOCUMENTS, type CheckinCase } from '../../../../shared/checkin/rules'
import type { CheckinView } from '../../../../shared/checkin/api'
import type { StepInput } from '../../../../shared/checkin/steps'
import { formatFen } from '../../../../shared/domain/money'
import { addMonthsToDate } from '../../../../shared/kernel/calendar'
import type { DemoDesk } from '../../tools/demo/desk'
import type { DemoEvent } from '../../tools/demo/schedule'
import type { InputOf } from '../../../../shared/kernel/procedure'

type Session = Parameters<DemoEvent['run']>[0]
type SaveInput = InputOf<typeof api.checkin.saveStep>

export interface Defect {
  area: string
  item: string
  category: string
  description: string
}

/** One planned check-in: what is decided at planning time, and the ids the calls return as they run. */
export interface Visit {
  roomId: number
  code: string
  case: CheckinCase
  day: string
  staff: string
  /** Whoever signs at the counter: the owner, the agent or the company's handling person. */
  signer: string
  ownerName: string
  poa: { scope: string; from: string; to: string } | null
  meters: { water: number; electricity: number }
  defects: Defect[]
  inspector: string
  trusteeship: boolean
  method: 'cash' | 'wechat' | 'alipay' | 'card'
  checkinId: number
  trusteeshipId: number | null
  workOrderIds: number[]
}

/** Hundredths as the reading the clerk types ("86.40"). */
export const reading = (centi: number) => `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`

const MINUTE = 60_000

export function identityData(visit: Visit): StepInput['identity'] {
  return {
    case: visit.case,
    documents: REQUIRED_DOCUMENTS[visit.case].map((key) => ({ key, verified: true, attachmentId: null })),
    poa: visit.poa,
    notes: visit.case === 'company' ? `经办人：${visit.signer}` : ''
  }
}

export function metersData(visit: Visit, complete = true): StepInput['meters'] {
  const tail = visit.roomId % 10_000
  const readings = [
    { kind: 'water' as const, meterNumber: `S${String(tail).padStart(6, '0')}`, reading: reading(visit.meters.water) },
    {
      kind: 'electricity' as const,
      meterNumber: `D${String(tail * 7).padStart(8, '0')}`,
      reading: reading(visit.meters.electricity)
    }
  ]
  return { readings: complete ? readings : readings.slice(0, 1), ownerConfirmed: complete }
}

/** Every checklist line of the office's settings, passed except the planned defects. */
function inspectionData(visit: Visit, view: CheckinView): StepInput['inspection'] {
  const lines = view.settings.inspection.flatMap(({ area, items }) =>
    items.map((item) => {
      const defect = visit.defects.find((d) => d.area === area && d.item === item)
      return defect
        ? { area, item, result: 'defect' as const, category: defect.category, description: defect.description }
        : { area, item, result: 'pass' as const }
    })
  )
  return { lines, inspector: visit.inspector, ownerConfirmed: true }
}

/**
 * The move-in fees as the cashier takes them: the months the settings prepay, at the total the
 * check-in shows (each month at its own rate, the trusteeship months at the share), which is the
 * one checkin.pay charges (the trusteeship answered before the fees); the payment runs in a savepoint, so a refused one leaves nothing.
 */
function payMoveInFees(store: Store, desk: DemoDesk, visit: Visit, view: CheckinView, session: Session): number | null {
  const prepay = view.fees.prepay.map((p) => ({ itemId: p.itemId, months: p.months }))
  if (prepay.length === 0) return null
  const pay = (total: number) => {
    const amount = formatFen(total, { grouping: false })
    const tendered =
      visit.method === 'cash' ? formatFen(Math.ceil(total / 10_000) * 10_000, { grouping: false }) : undefined
    return store.sqlite.transaction(() =>
      desk.call(
        api.checkin.pay,
        {
          checkinId: view.id,
          roomId: visit.roomId,
          prepay,
          payerName: visit.signer,
          payments: [{ method: visit.method, amount }],
          tendered,
          expectedTotal: amount,
          remarks: '入住预缴物业费'
        },
        session
      )
    )()
  }
  return pay(view.fees.prepay.reduce((sum, p) => sum + p.amountFen, 0)).id
}

/** The steps before the meters: documents, registration, agreements, items. */
export function planFirstSteps(desk: DemoDesk, visit: Visit, startAt: Date): DemoEvent[] {
  const at = (minutes: number) => new Date(startAt.getTime() + minutes * MINUTE)
  const save = (minutes: number, data: (view: CheckinView) => SaveInput): DemoEvent => ({
    at: at(minutes),
    staff: visit.staff,
    run: (s: Session) => {
      const view = desk.call(api.checkin.get, { checkinId: visit.checkinId }, s)
      desk.call(api.checkin.saveStep, data(view), s)
    }
  })
  return [
    {
      at: at(0),
      staff: visit.staff,
      run: (s) => void (visit.checkinId = desk.call(api.checkin.start, { roomId: visit.roomId }, s).id)
    },
    save(4, () => ({
      checkinId: visit.checkinId,
      save: { step: 'identity', data: identityData(visit) },
      complete: true
    })),
    save(9, () => ({
      checkinId: visit.checkinId,
      save: { step: 'registration', data: { confirmed: true, notes: '' } },
      complete: true
    })),
    save(16, (view) => ({
      checkinId: visit.checkinId,
      save: {
        step: 'agreements',
        data: { signed: view.settings.agreements.map((a) => ({ key: a.key, signedOn: visit.day })) }
      },
      complete: true
    })),
    save(22, (view) => ({
      checkinId: visit.checkinId,
      save: {
        step: 'items',
        data: {
          items: view.settings.items.map((i) => ({ key: i.key, count: i.defaultCount, received: true })),
          notes: ''
        }
      },
      complete: true
    }))
  ]
}

/** A whole check-in, from the documents to the finish, over about an hour of one afternoon or morning. */
export function planVisit(store: Store, desk: DemoDesk, visit: Visit, startAt: Date): DemoEvent[] {
  const at = (minutes: number) => new Date(startAt.getTime() + minutes * MINUTE)
  const step = (minutes: number, run: (s: Session, view: CheckinView) => void): DemoEvent => ({
    at: at(minutes),
    staff: visit.staff,
    run: (s) => run(s, desk.call(api.checkin.get, { checkinId: visit.checkinId }, s))
  })
  const save = (s: Session, data: SaveInput) => void desk.call(api.checkin.saveStep, data, s)
  return [
    ...planFirstSteps(desk, visit, startAt),
    step(27, (s) =>
      save(s, { checkinId: visit.checkinId, save: { step: 'meters', data: metersData(visit) }, complete: true })
    ),
    step(48, (s, view) =>
      save(s, {
        checkinId: visit.checkinId,
        save: { step: 'inspection', data: inspectionData(visit, view) },
        complete: true
      })
    ),
    step(52, (s) =>
      save(s, {
        checkinId: visit.checkinId,
        save: {
          step: 'trusteeship',
          data: visit.trusteeship
            ? {
                wanted: true,
                agreementSignedOn: visit.day,
                from: visit.day,
                to: addMonthsToDate(visit.day, 12),
                notes: '业主在外地工作，暂不入住，委托物业托管'
              }
            : { wanted: false }
        },
        complete: true
      })
    ),
    step(58, (s, view) => {
      const receiptId = payMoveInFees(store, desk, visit, view, s)
      save(s, {
        checkinId: visit.checkinId,
        save: {
          step: 'fees',
          data: receiptId ? { receiptIds: [receiptId] } : { receiptIds: [], skippedReason: '无入住应缴费用' }
        },
        complete: true
      })
    }),
    step(63, (s) => {
      const done = desk.call(api.checkin.finish, { checkinId: visit.checkinId }, s)
      visit.trusteeshipId = done.trusteeshipId
      visit.workOrderIds = done.workOrderIds
    })
  ]
}
