import { eq } from 'drizzle-orm'
import { renovationEvents, renovations } from '../../../../db/schema'
import type { RenovationEventKind, RenovationStatus } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'

/**
 * The renovation row and its events, shared by every step (renovation-*.ts, worker-*.ts). Steps
 * run inside the router's immediate transaction; each writes one event and one audit row on the room.
 */

export type RenovationRow = typeof renovations.$inferSelect

export function loadRenovation(ctx: ServiceContext, renovationId: number): RenovationRow {
  const row = ctx.db.select().from(renovations).where(eq(renovations.id, renovationId)).get()
  if (!row) throw new AppError('NOT_FOUND')
  return row
}

/**
 * RENOVATION_STATE unless the renovation stands in one of `allowed`; `action` is a message key
 * naming the step (renovations.action.*), shown in the refusal.
 */
export function requireStatus(
  ctx: ServiceContext,
  row: RenovationRow,
  allowed: readonly RenovationStatus[],
  action: string
): void {
  if (allowed.includes(row.status)) return
  throw new AppError('RENOVATION_STATE', { number: row.number, status: `renovations.status.${row.status}`, action })
}

export function addRenovationEvent(
  ctx: ServiceContext,
  renovationId: number,
  kind: RenovationEventKind,
  note = '',
  details: Record<string, unknown> | null = null
): void {
  const session = ctx.requireSession()
  ctx.db
    .insert(renovationEvents)
    .values({
      renovationId,
      kind,
      at: ctx.now().toISOString(),
      staffId: session.staffId,
      shiftId: session.shiftId,
      note,
      details: details ? JSON.stringify(details) : null
    })
    .run()
}
