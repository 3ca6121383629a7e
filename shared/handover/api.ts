import { z } from 'zod'
import { mutation, query } from '../kernel/procedure'
import { ANY_ROLE, DUTY_ROLES, SUPERVISORS } from '../kernel/roles'
import { id, optionalText, password, text, username } from '../kernel/fields'
import type { WorkbookFile } from '../households/estate'
import { handoverSettingsInput, type HandoverSettings, type OutsideNumber } from './settings'
import { SHIFT_KINDS } from './shift-kinds'
import {
  DENOMINATIONS_FEN,
  ROSTER_KINDS,
  type DutyStaff,
  type DutyToday,
  type HandoverListRow,
  type HandoverRecordView,
  type HandoverResult,
  type HandoverSummary,
  type RosterRow
} from './types'
import { ledgerApi } from './ledger-api'

/**
 * 交接班 and 值班 (BRIEF §6; manual 000's 值班制度 and 交接班制度). A counter has one open shift; a
 * handover closes it with everything counted and opens the incoming person's (who signs in on the
 * same screen with their own password), or a supervisor closes it alone with a reason. Numbered
 * without gaps per counter (JB1-2026-000123); each covers exactly the shifts since the previous one.
 */

export const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date')
const pieces = z.number().int().min(0, 'handover.field.count').max(100_000, 'handover.field.count')
const count = z.number().int().min(0, 'handover.field.count').max(9_999, 'handover.field.count')

/** What the outgoing person counted, wrote and checked; the same for a handover and a close without successor. */
export const countedInput = z.strictObject({
  /** The shift on screen: refused when it is no longer the counter's open shift (someone handed over meanwhile). */
  shiftId: id,
  /** Pieces of each denomination, in DENOMINATIONS_FEN order. */
  cashPieces: z.array(pieces).length(DENOMINATIONS_FEN.length),
  /** Required when the counted cash differs from the expected. */
  cashReason: optionalText(200).default(''),
  keys: z.array(z.strictObject({ cabinetId: id, counted: count })).max(200),
  tools: z.array(z.strictObject({ name: text(30), counted: count, heldBy: optionalText(30).default('') })).max(40),
  notes: optionalText(1000).default(''),
  notesImportant: z.boolean().default(false),
  /** Both sides saw the differences (cash, keys, tools): required when there is any. */
  differencesAcknowledged: z.boolean().default(false)
})

export const acceptInput = countedInput.extend({
  incoming: z.strictObject({ username, password }),
  /** The incoming person's check of the desk area (the manual: the successor checks the cleaning). */
  cleaningOk: z.boolean(),
  cleaningNote: optionalText(200).default(''),
  /** The incoming shift's kind; by the settings' times when left out. */
  incomingKind: z.enum(SHIFT_KINDS).optional()
})
export type AcceptHandoverInput = z.input<typeof acceptInput>

export const closeAloneInput = countedInput.extend({ reason: text(200) })

export const handoverListInput = z.strictObject({
  from: localDay.optional(),
  to: localDay.optional(),
  staffId: id.optional(),
  counterId: id.optional(),
  /** A number (JB1-2026-000123) or a word of the notes. */
  text: optionalText(40).default(''),
  limit: z.number().int().min(1).max(500).default(100)
})

export const handoverApi = {
  /** The outgoing shift's handover, built from the data (nothing counted yet). */
  summary: query<HandoverSummary>()('handover.summary', z.strictObject({}), DUTY_ROLES),
  /** The incoming person accepts: their password (counted and locked like sign-in), the counts, notes; the backup follows. */
  accept: mutation<HandoverResult>()('handover.accept', acceptInput, DUTY_ROLES, { noReplay: true }),
  /** Nobody takes over: a supervisor (signed in or approving on the spot) closes the shift with a reason. */
  closeAlone: mutation<HandoverResult>()('handover.closeAlone', closeAloneInput, DUTY_ROLES),
  list: query<HandoverListRow[]>()('handover.list', handoverListInput, DUTY_ROLES),
  get: query<HandoverRecordView>()('handover.get', z.strictObject({ id }), DUTY_ROLES),
  /** A print of the sheet happened: the first is the original, every later one a 副本 with its number. */
  printed: mutation<{ copyNumber: number }>()('handover.printed', z.strictObject({ id }), DUTY_ROLES),
  export: query<WorkbookFile>()('handover.export', handoverListInput.omit({ limit: true }), DUTY_ROLES),
  /** The previous handovers of this counter whose notes the signed-in person has not acknowledged (工作台). */
  pendingNotes: query<HandoverRecordView[]>()('handover.pendingNotes', z.strictObject({}), DUTY_ROLES),
  acknowledge: mutation<{ acknowledged: true }>()('handover.acknowledge', z.strictObject({ id }), DUTY_ROLES),
  settings: query<HandoverSettings>()('handover.settings', z.strictObject({}), ANY_ROLE),
  saveSettings: mutation<HandoverSettings>()('handover.saveSettings', handoverSettingsInput, SUPERVISORS)
}

export const dutyApi = {
  /** Today's duty (who is on which shift, the duty manager 总值班) and the counter's open shift: the header and the 工作台. */
  today: query<DutyToday>()('duty.today', z.strictObject({}), ANY_ROLE),
  roster: query<RosterRow[]>()('duty.roster', z.strictObject({ from: localDay, to: localDay }), ANY_ROLE),
  /** Sets who is on one shift kind of one day (the list replaces that day's list for the kind). */
  setRoster: mutation<RosterRow[]>()(
    'duty.setRoster',
    z.strictObject({
      day: localDay,
      kind: z.enum(ROSTER_KINDS),
      staffIds: z.array(id).max(10),
      note: optionalText(60).default('')
    }),
    SUPERVISORS
  ),
  /** Active staff, for the roster and the incoming person's name field. */
  staff: query<DutyStaff[]>()('duty.staff', z.strictObject({}), ANY_ROLE),
  /** The outside numbers for enquiries (电视, 电信, 派出所 …). */
  contacts: query<OutsideNumber[]>()('duty.contacts', z.strictObject({}), ANY_ROLE)
}

export const handoverContract = { handover: handoverApi, duty: dutyApi, ledger: ledgerApi }
