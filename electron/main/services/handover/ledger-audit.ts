import type { MessageKey, MessageParams } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'

/** Every ledger step is an audit row; an entry about a room goes on that household's timeline. */
export function auditEntry(
  ctx: ServiceContext,
  row: { id: number; number: string; roomId: number | null },
  summaryKey: MessageKey,
  params: MessageParams = {}
) {
  ctx.audit({
    ...(row.roomId !== null ? { roomId: row.roomId } : {}),
    entityType: 'ledgerEntry',
    entityId: row.id,
    summaryKey,
    summaryParams: { number: row.number, ...params }
  })
}
