import type { SignInResult } from '../foundation/staff'
import type { Role } from '../kernel/roles'
import type { HandoverSection } from './sections'
import type { OutsideNumber, ToolLine } from './settings'
import type { ShiftKind } from './shift-kinds'

export const ROSTER_KINDS = ['day', 'noon', 'night', 'manager'] as const
export type RosterKind = (typeof ROSTER_KINDS)[number]

/** The notes and coins counted at a handover, in fen (100, 50, 20, 10, 5, 1, 0.5, 0.1 元). */
export const DENOMINATIONS_FEN = [10000, 5000, 2000, 1000, 500, 100, 50, 10] as const

/** The counter's open shift, as the handover screen and the header show it. */
export interface OpenShift {
  id: number
  counterId: number
  counterName: string
  kind: ShiftKind
  holderId: number
  holderName: string
  openedAt: string
}

/** What the handover screen shows before anything is counted: built from the data of the outgoing shift. */
export interface HandoverSummary {
  shift: OpenShift
  /** From the previous handover of this counter (or its first shift) to now. */
  periodFrom: string
  periodTo: string
  /** The shifts covered (the outgoing one and any left uncovered before it). */
  shiftIds: number[]
  /** Money, keys and each capability's open matters, in their order. */
  sections: HandoverSection[]
  cashFloatFen: number
  /** Float plus the money section's net cash: what the drawer should hold. */
  cashExpectedFen: number
  tools: ToolLine[]
  /** The previous handover of this counter (its number and notes), if any. */
  previous: { id: number; number: string; at: string; notes: string; notesImportant: boolean } | null
}

export interface CashCount {
  /** Pieces of each denomination, in DENOMINATIONS_FEN order. */
  pieces: number[]
  countedFen: number
  expectedFen: number
  differenceFen: number
  reason: string
}

export interface KeyCountLine {
  cabinetId: number
  name: string
  expected: number
  counted: number
}

export interface ToolCountLine {
  name: string
  expected: number
  counted: number
  /** Who had (lent out, lost) a missing item: the manual's rule is that they answer for it. */
  heldBy: string
}

/**
 * The handover as signed, stored whole with the record (`handovers.sheet`): what the printed
 * 交接班记录表 shows, the original and every copy alike.
 */
export interface HandoverSheet {
  number: string
  counterName: string
  outgoing: { staffId: number; name: string; shiftKind: ShiftKind; openedAt: string }
  incoming: { staffId: number; name: string; shiftKind: ShiftKind } | null
  closedAlone: { by: string; reason: string } | null
  periodFrom: string
  periodTo: string
  sections: HandoverSection[]
  cash: CashCount
  keys: KeyCountLine[]
  tools: ToolCountLine[]
  /** Both sides acknowledged the differences (cash, keys, tools) before signing. */
  differencesAcknowledged: boolean
  cleaning: { ok: boolean; note: string } | null
  notes: string
  notesImportant: boolean
  backup: { file: string | null; problem: string }
  at: string
}

export interface HandoverListRow {
  id: number
  number: string
  counterName: string
  at: string
  periodFrom: string
  outgoingName: string
  incomingName: string | null
  closedAloneBy: string | null
  cashDifferenceFen: number
  keyDifferences: number
  toolDifferences: number
  notesImportant: boolean
  backupOk: boolean
}

export interface HandoverRecordView extends HandoverListRow {
  sheet: HandoverSheet
  /** How many times the sheet was printed (the first is the original; later ones are 副本). */
  prints: number
  acknowledgedBy: { name: string; at: string }[]
}

/** The result of a handover: the record, and for an accepted one the incoming person's new session. */
export interface HandoverResult {
  handover: HandoverRecordView
  /** The incoming person is now signed in at this counter (the outgoing person's session ended). */
  session: SignInResult | null
}

export interface RosterRow {
  id: number
  day: string
  kind: RosterKind
  staffId: number
  staffName: string
  role: Role
  note: string
}

/** Today's duty, for the header and the 工作台. */
export interface DutyToday {
  day: string
  /** The shift kind of this moment by the settings' times. */
  kindNow: ShiftKind
  onDuty: { kind: ShiftKind; names: string[] }[]
  manager: string | null
  openShift: OpenShift | null
}

export interface DutyStaff {
  id: number
  /** The sign-in name: the handover's incoming person picks theirs from the list and types only the password. */
  username: string
  displayName: string
  role: Role
}

export type { OutsideNumber }
