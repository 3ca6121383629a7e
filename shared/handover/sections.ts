import { localDate } from '../kernel/calendar'

/**
 * What each capability contributes to the handover (交接班), through its definition's `handover`
 * provider (electron/main/core/handover.ts): fees the money, keys the key count, the others their
 * open matters. The handover screen and the printed sheet show any section of these three shapes,
 * so a new capability adds its section without the handover capability knowing it.
 */

/** The time a handover covers at one counter: the shifts not yet handed over, from the previous handover to now. */
export interface HandoverWindow {
  counterId: number
  /** The outgoing shift and any earlier shift of the counter no handover covered. */
  shiftIds: number[]
  from: string
  to: string
  /** The local today ('YYYY-MM-DD') at `to`. */
  today: string
}

export type MatterUrgency = 'overdue' | 'dueSoon' | 'dueToday' | 'upcoming' | 'none'

/** A matter due within this many minutes of the handover is 'dueSoon': the next person acts on it first. */
export const DUE_SOON_MINUTES = 60

/** Where a matter due at `due` stands at the handover's moment `at` (`today` the local day of `at`). */
export function matterUrgency(due: string | null, at: string, today: string): MatterUrgency {
  if (!due) return 'none'
  const minutes = (Date.parse(due) - Date.parse(at)) / 60_000
  if (minutes <= 0) return 'overdue'
  if (minutes <= DUE_SOON_MINUTES) return 'dueSoon'
  return localDate(due) === today ? 'dueToday' : 'upcoming'
}

/** One open matter: a ledger entry awaiting an answer, a repair awaiting dispatch, a permit ending … */
export interface MatterItem {
  /** The number a person sees (WX2026-000012, ZX2026-000003, TZ2026-000101). */
  ref: string
  roomCode: string | null
  /** The record's own text (the content, the customer, the pass holder): data, not a catalog word. */
  text: string
  /** A catalog key for where it stands (a core message key of the contributing capability). */
  statusKey: string
  statusParams?: Record<string, string | number>
  /** When it is due, as an ISO moment, or null. */
  due: string | null
  urgency: MatterUrgency
  /** Where the screen opens it: '#/workorders/12'. */
  route: string
}

export interface MattersSection {
  kind: 'matters'
  /** Unique across capabilities: 'ledger.awaiting', 'repairs.dispatch', 'permits.expiring' … */
  id: string
  /** A catalog key naming the section (a core message key of the contributing capability). */
  titleKey: string
  /** Sections are shown and printed in this order (money 10, keys 20, matters from 100). */
  order: number
  /** The most urgent first, at most 50 (the full count in `total`). */
  items: MatterItem[]
  total: number
}

export interface MoneyMethodLine {
  /** A fees payment method ('cash', 'wechat', 'alipay', 'card', 'transfer' …); its word is `fees.method.<method>`. */
  method: string
  count: number
  totalFen: number
}

export interface PaperBookLine {
  /** The pre-printed book (its code) and the next number to be used; null when used up. */
  book: string
  nextNumber: string | null
  remaining: number
}

export interface MoneySection {
  kind: 'money'
  id: 'money'
  titleKey: string
  order: number
  receipts: { count: number; firstCode: string | null; lastCode: string | null; totalFen: number }
  byMethod: MoneyMethodLine[]
  voids: { count: number; totalFen: number; codes: string[] }
  refunds: { count: number; totalFen: number; codes: string[] }
  /** Paper forms spoiled (作废的纸质收据) in the window. */
  spoiled: { count: number; numbers: string[] }
  paperBooks: PaperBookLine[]
  /** Cash in minus cash paid out (voids of cash receipts, cash refunds) in the window; the float is the handover's. */
  cashNetFen: number
}

export interface KeyCabinetLine {
  cabinetId: number
  name: string
  /** Sets that should be on their hooks now. */
  expectedIn: number
}

export interface KeyOutLine {
  keySetId: number
  /** The tag code on the key (does not reveal the room) and the room, for the desk. */
  tag: string
  roomCode: string
  borrower: string
  since: string
  due: string | null
  overdue: boolean
}

export interface KeysSection {
  kind: 'keys'
  id: 'keys'
  titleKey: string
  order: number
  cabinets: KeyCabinetLine[]
  /** Keys out, overdue first. */
  out: KeyOutLine[]
  /** Movements (lent, returned, deposited, withdrawn) in the window. */
  movements: number
}

export type HandoverSection = MattersSection | MoneySection | KeysSection
