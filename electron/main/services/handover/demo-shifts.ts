import type { Store } from '../../../../db/open'
import { api } from '../../../../shared/api'
import type { AcceptHandoverInput } from '../../../../shared/handover/api'
import type { KeysSection } from '../../../../shared/handover/sections'
import { DENOMINATIONS_FEN, type HandoverSummary } from '../../../../shared/handover/types'
import { localDate } from '../../../../shared/kernel/calendar'
import type { DemoDesk, ShiftChange } from '../../tools/demo/desk'
import type { Random } from '../../tools/demo/people'
import { moment } from '../../tools/demo/schedule'
import { HANDOVER_NOTES } from './demo-content'
import type { NightLedger } from './demo-ledger'

/**
 * The demo's shifts end through real handovers (issue item 6): at closing the day shift's holder
 * hands over to the night person on duty, and at the next opening the night person to the day's
 * first clerk — each through handover.accept with the incoming password check and the backup
 * stood in for (the prepare's slow work). Counts match the summary most days; now and then a
 * 10 元 shortfall with its reason, or a torch lent to 维修部; notes on some days, now and then
 * important, acknowledged by the incoming person — except the last one, which waits on the 工作台.
 */

/** What handover.accept's prepare hands its run: the password was right, the backup is the demo's. */
/** Every demo account's password (services/foundation/demo.ts). */
const DEMO_PASSWORD = 'demo1234'

const DEMO_PREPARED = { incomingValid: true, backup: { file: null, problem: 'demo' } }

/** The cash counted as notes and coins, the largest first. */
export function piecesOf(fen: number): number[] {
  let rest = Math.max(0, fen)
  return DENOMINATIONS_FEN.map((d) => {
    const n = Math.floor(rest / d)
    rest -= n * d
    return n
  })
}

/** The counted side of a handover: mostly what the summary expects, now and then a difference. */
export function countsFor(r: Random, summary: HandoverSummary): Omit<AcceptHandoverInput, 'incoming' | 'cleaningOk'> {
  const expected = Math.max(0, summary.cashExpectedFen)
  const short = expected >= 1000 && r.chance(0.03)
  const torchLent = r.chance(0.03)
  const keys = summary.sections.find((s): s is KeysSection => s.kind === 'keys')
  const note = r.chance(0.35) ? r.pick(HANDOVER_NOTES) : null
  const tools = summary.tools.map((t) => {
    const lent = torchLent && t.name === '手电筒' && t.expected > 0
    return { name: t.name, counted: lent ? t.expected - 1 : t.expected, heldBy: lent ? '维修部 王师傅借用' : '' }
  })
  const cashPieces = piecesOf(short ? expected - 1000 : expected)
  const counted = cashPieces.reduce((sum, n, i) => sum + n * (DENOMINATIONS_FEN[i] ?? 0), 0)
  const cashReason = short
    ? '找零时多找给业主10元，已电话联系业主，明日送回'
    : expected !== summary.cashExpectedFen
      ? '当班现金退款多于收款，已报财务部'
      : counted !== expected
        ? '不足一角的分币零头另袋存放，未计入清点'
        : ''
  return {
    shiftId: summary.shift.id,
    cashPieces,
    cashReason,
    keys: (keys?.cabinets ?? []).map((c) => ({ cabinetId: c.cabinetId, counted: c.expectedIn })),
    tools,
    notes: note?.text ?? '',
    notesImportant: note?.important ?? false,
    differencesAcknowledged: short || torchLent || cashReason !== ''
  }
}

export interface ShiftPlan {
  /** The night person on duty the evening of `day`. */
  nightOf(day: string): string
  /** Who takes over in the morning when none of the day's staff keeps the counter. */
  firstClerk: string
}

const COUNTER_PEOPLE = new Set(['clerk1', 'clerk2', 'cashier', 'super', 'manager'])

export function handoverHook(store: Store, desk: DemoDesk, r: Random, now: Date, plan: ShiftPlan, night: NightLedger) {
  const today = localDate(now)
  const usernameOf = (staffId: number) =>
    (store.sqlite.prepare(`SELECT username FROM staff WHERE id = ?`).get(staffId) as { username: string }).username
  /** The holder of the counter's open shift (the demo has one counter), if a shift is open. */
  const holderOfOpenShift = () => {
    const open = store.sqlite.prepare(`SELECT staff_id AS id FROM shifts WHERE closed_at IS NULL LIMIT 1`).get() as
      { id: number } | undefined
    return open ? usernameOf(open.id) : null
  }

  /** The open shift's holder hands over to `incoming`; the incoming person reads the notes (unless `keepNotes`). */
  function handOver(holder: string, incoming: string, kind: 'day' | 'night', keepNotes: boolean) {
    const outgoing = desk.signIn(holder)
    const summary = desk.call(api.handover.summary, {}, outgoing)
    const input: AcceptHandoverInput = {
      ...countsFor(r, summary),
      incoming: { username: incoming, password: DEMO_PASSWORD },
      cleaningOk: r.chance(0.97),
      incomingKind: kind
    }
    if (!input.cleaningOk) input.cleaningNote = '前台桌面有杂物，已提醒整理'
    const result = desk.callPrepared(api.handover.accept, input, outgoing, DEMO_PREPARED)
    desk.signOut(outgoing)
    if (result.handover.sheet.notes && !keepNotes) {
      const reader = desk.signIn(incoming)
      desk.call(api.handover.acknowledge, { id: result.handover.id }, reader)
      desk.signOut(reader)
    }
  }

  return (change: ShiftChange) => {
    const holder = holderOfOpenShift()
    if (holder === null) return
    if (change.kind === 'closing') {
      if (change.final) return
      const person = plan.nightOf(change.day)
      handOver(holder, person, 'night', false)
      night.evening(change.day, person)
      return
    }
    // A day shift still open in the morning (none is, after the first day) just carries on.
    if (COUNTER_PEOPLE.has(holder)) return
    night.smallHours(change.day, holder)
    desk.at(change.at)
    const incoming = change.staff.find((s) => COUNTER_PEOPLE.has(s)) ?? plan.firstClerk
    const last = change.day === today
    handOver(holder, incoming, 'day', last)
    night.morning(change.day, incoming, last)
  }
}

/** The moment `minutes` after the counter closes on `day` (past midnight into the next day). */
export const afterClosing = (day: string, minutes: number) => new Date(moment(day, 21).getTime() + minutes * 60_000)
