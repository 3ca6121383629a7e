import type { HandoverSheet, HandoverSummary } from '../../../../shared/handover/types'
import type { ShiftKind } from '../../../../shared/handover/shift-kinds'
import type { ShiftInfo } from '../../../../shared/foundation/staff'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { prepared } from '../../core/statements'
import { closeShift, openHandedOverShift } from '../foundation/shift-change'
import type { CheckedCounts, CountedInput } from './handover-counts'

/**
 * Writes one handover in the caller's immediate transaction: the next number of the counter's
 * year (gapless: the write lock is held and records are never deleted), the sheet as signed, the
 * shifts it covers, the outgoing shift closed and — when someone takes over — the incoming shift
 * opened, the original print recorded. The outgoing shift's sessions end; the handler starts the
 * incoming person's.
 */

export interface BackupOutcome {
  file: string | null
  problem: string
}

export interface Signing {
  summary: HandoverSummary
  counts: CheckedCounts
  input: CountedInput
  incoming: { staffId: number; name: string; kind: ShiftKind; cleaningOk: boolean; cleaningNote: string } | null
  closedAlone: { staffId: number; name: string; reason: string } | null
  backup: BackupOutcome
}

export function handoverNumber(counterId: number, year: number, sequence: number): string {
  return `JB${counterId}-${year}-${String(sequence).padStart(6, '0')}`
}

function nextSequence(ctx: ServiceContext, counterId: number, year: number): number {
  const row = prepared(
    ctx.store.sqlite,
    `SELECT max(sequence) AS last FROM handovers WHERE counter_id = ? AND year = ?`
  ).get(counterId, year) as { last: number | null }
  return (row.last ?? 0) + 1
}

function sheetOf(s: Signing, number: string, at: string): HandoverSheet {
  const { summary, counts, input } = s
  return {
    number,
    counterName: summary.shift.counterName,
    outgoing: {
      staffId: summary.shift.holderId,
      name: summary.shift.holderName,
      shiftKind: summary.shift.kind,
      openedAt: summary.shift.openedAt
    },
    incoming: s.incoming && { staffId: s.incoming.staffId, name: s.incoming.name, shiftKind: s.incoming.kind },
    closedAlone: s.closedAlone && { by: s.closedAlone.name, reason: s.closedAlone.reason },
    periodFrom: summary.periodFrom,
    periodTo: summary.periodTo,
    sections: summary.sections,
    cash: counts.cash,
    keys: counts.keys,
    tools: counts.tools,
    differencesAcknowledged: input.differencesAcknowledged,
    cleaning: s.incoming && { ok: s.incoming.cleaningOk, note: s.incoming.cleaningNote.trim() },
    notes: input.notes.trim(),
    notesImportant: input.notesImportant && input.notes.trim() !== '',
    backup: s.backup,
    at
  }
}

/** The shift on screen must still be the counter's open one: otherwise someone handed it over meanwhile. */
export function refuseStaleShift(ctx: ServiceContext, summary: HandoverSummary, shiftId: number): void {
  if (summary.shift.id === shiftId) return
  const covered = prepared(
    ctx.store.sqlite,
    `SELECT h.number FROM handover_shifts s JOIN handovers h ON h.id = s.handover_id WHERE s.shift_id = ?`
  ).get(shiftId) as { number: string } | undefined
  throw new AppError('SHIFT_ALREADY_HANDED_OVER', { number: covered?.number ?? '' })
}

export function signHandover(
  ctx: ServiceContext,
  s: Signing
): { id: number; number: string; incomingShift: ShiftInfo | null } {
  const sqlite = ctx.store.sqlite
  const now = ctx.now()
  const at = now.toISOString()
  const counterId = s.summary.shift.counterId
  const year = now.getFullYear()
  const sequence = nextSequence(ctx, counterId, year)
  const number = handoverNumber(counterId, year, sequence)
  const sheet = sheetOf(s, number, at)
  closeShift(ctx.db, s.summary.shift.id, now)
  const incomingShift = s.incoming && openHandedOverShift(ctx.db, s.incoming.staffId, counterId, s.incoming.kind, now)
  const id = Number(
    prepared(
      sqlite,
      `INSERT INTO handovers (counter_id, year, sequence, number, outgoing_shift_id, outgoing_staff_id,
         incoming_staff_id, incoming_shift_id, closed_alone_by, close_reason, period_from, period_to,
         cash_expected_fen, cash_counted_fen, cash_reason, key_differences, tool_differences, cleaning_ok,
         cleaning_note, notes, notes_important, sheet, backup_file, backup_problem, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      counterId,
      year,
      sequence,
      number,
      s.summary.shift.id,
      s.summary.shift.holderId,
      s.incoming?.staffId ?? null,
      incomingShift?.id ?? null,
      s.closedAlone?.staffId ?? null,
      s.closedAlone?.reason ?? '',
      sheet.periodFrom,
      sheet.periodTo,
      sheet.cash.expectedFen,
      sheet.cash.countedFen,
      sheet.cash.reason,
      s.counts.keyDifferences,
      s.counts.toolDifferences,
      s.incoming ? (s.incoming.cleaningOk ? 1 : 0) : null,
      sheet.cleaning?.note ?? '',
      sheet.notes,
      sheet.notesImportant ? 1 : 0,
      JSON.stringify(sheet),
      s.backup.file,
      s.backup.problem,
      at
    ).lastInsertRowid
  )
  const cover = prepared(sqlite, `INSERT INTO handover_shifts (shift_id, handover_id) VALUES (?, ?)`)
  for (const shiftId of s.summary.shiftIds) cover.run(shiftId, id)
  // The screen prints the original at once: recorded here, because once the outgoing sessions end
  // (below) nobody may be signed in to record it — a close without successor leaves no session.
  prepared(
    sqlite,
    `INSERT INTO handover_prints (handover_id, copy_number, printed_at, staff_id) VALUES (?, 1, ?, ?)`
  ).run(id, at, ctx.requireSession().staffId)
  ctx.sessions.removeForShift(s.summary.shift.id)
  return { id, number, incomingShift }
}
