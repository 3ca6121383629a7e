import { eq } from 'drizzle-orm'
import { ledgerEntries } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { LedgerStatus } from '../../../../shared/handover/ledger-types'
import { localDateTime } from '../../../../shared/kernel/calendar'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { complaintFromLedger, repairFromLedger, type MadeRecord } from '../workorders/ledger-conversion'
import { auditEntry } from './ledger-audit'
import { entryRow, insertLedgerEvent, ledgerView, type EntryRow } from './ledger-records'

/**
 * An entry's steps: answered, closed with a reason, noted, or turned into a repair work order or a
 * complaint (made by the work orders' own code through its edge, the link kept on the entry and
 * in the event). Only an open entry is answered, closed or converted; a closed one takes no note.
 */

function entryIn(ctx: ServiceContext, id: number, allowed: readonly LedgerStatus[]): EntryRow {
  const row = entryRow(ctx.db, id)
  if (!allowed.includes(row.status))
    throw new AppError('LEDGER_STATE', { number: row.number, status: `ledger.status.${row.status}` })
  return row
}

const answer = handle(api.ledger.answer, {
  run(ctx, input) {
    const row = entryIn(ctx, input.id, ['open'])
    const session = ctx.requireSession()
    ctx.db
      .update(ledgerEntries)
      .set({
        status: 'answered',
        answer: input.answer,
        answeredAt: ctx.now().toISOString(),
        answeredBy: session.staffId
      })
      .where(eq(ledgerEntries.id, row.id))
      .run()
    insertLedgerEvent(ctx, row.id, 'answered', input.answer)
    auditEntry(ctx, row, 'audit.ledgerAnswered')
    return ledgerView(ctx, row.id)
  }
})

const close = handle(api.ledger.close, {
  run(ctx, input) {
    const row = entryIn(ctx, input.id, ['open'])
    ctx.db.update(ledgerEntries).set({ status: 'closed' }).where(eq(ledgerEntries.id, row.id)).run()
    insertLedgerEvent(ctx, row.id, 'closed', input.reason)
    auditEntry(ctx, row, 'audit.ledgerClosed', { reason: input.reason })
    return ledgerView(ctx, row.id)
  }
})

const note = handle(api.ledger.note, {
  run(ctx, input) {
    const row = entryIn(ctx, input.id, ['open', 'answered', 'converted'])
    insertLedgerEvent(ctx, row.id, 'noted', input.note)
    auditEntry(ctx, row, 'audit.ledgerNoted')
    return ledgerView(ctx, row.id)
  }
})

/** The entry becomes what was made, for good (a trigger keeps the link). */
function converted(ctx: ServiceContext, row: EntryRow, kind: 'repair' | 'complaint', made: MadeRecord) {
  ctx.db
    .update(ledgerEntries)
    .set({ status: 'converted', convertedKind: kind, convertedId: made.id, convertedNumber: made.number })
    .where(eq(ledgerEntries.id, row.id))
    .run()
  insertLedgerEvent(ctx, row.id, 'converted', '', { kind, id: made.id, number: made.number })
  auditEntry(ctx, row, 'audit.ledgerConverted', { target: made.number })
  return ledgerView(ctx, row.id)
}

const toRepair = handle(api.ledger.toRepair, {
  run(ctx, input) {
    const row = entryIn(ctx, input.id, ['open'])
    if (row.roomId === null) throw new AppError('LEDGER_ROOM_REQUIRED')
    const made = repairFromLedger(ctx, {
      kind: 'repair',
      roomId: row.roomId,
      source: row.channel === 'phone' ? 'phone' : 'counter',
      reporter: row.callerName || '—',
      contact: row.callerPhone,
      location: input.location,
      category: input.category,
      // A repair's description holds 300 characters; the entry's content up to 500.
      description: input.description || row.content.slice(0, 300),
      urgent: input.urgent
    })
    return converted(ctx, row, 'repair', made)
  }
})

const toComplaint = handle(api.ledger.toComplaint, {
  run(ctx, input) {
    const row = entryIn(ctx, input.id, ['open'])
    const made = complaintFromLedger(ctx, {
      channel: row.channel,
      customer: row.callerName || '—',
      contact: row.callerPhone,
      ...(row.roomId !== null ? { roomId: row.roomId } : {}),
      occurredAt: localDateTime(row.at).replace(' ', 'T'),
      description: input.description || row.content,
      category: input.category,
      severity: input.severity
    })
    return converted(ctx, row, 'complaint', made)
  }
})

export const ledgerStepHandlers = [answer, close, note, toRepair, toComplaint]
