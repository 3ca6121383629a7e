import type { Db } from '../../../../db/open'
import { shiftKindAt, type ShiftKind } from '../../../../shared/handover/shift-kinds'
import { readHandoverSettings } from './settings-store'

/**
 * The edge foundation's sign-in reads (services/foundation/shifts.ts): which kind of shift a
 * moment opens, by the office's shift times and summer period.
 */
export function shiftKindNow(db: Db, now: Date): ShiftKind {
  return shiftKindAt(readHandoverSettings(db), now)
}
