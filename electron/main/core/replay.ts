import { eq } from 'drizzle-orm'
import { requestLog } from '../../../db/schema'
import type { Db } from '../../../db/open'
import { payloadHash } from '../services/foundation/auth-guard'
import { AppError } from './errors'

/**
 * The stored result of a request id, wrapped with the hash of the payload it was first sent with
 * (kept inside the result JSON: request_log has no column for it).
 */
interface Envelope {
  replayOf: string
  data: unknown
}

export function storedResult(input: unknown, result: unknown): string {
  const envelope: Envelope = { replayOf: payloadHash(input), data: result ?? null }
  return JSON.stringify(envelope)
}

/**
 * A repeat of a request id answers the first result only when it is the same procedure, the same
 * payload and the same staff member; anything else reusing the id is a CONFLICT. A row stored
 * without the payload's hash (before it was kept) cannot be shown to be the same request, so it
 * answers CONFLICT too rather than someone else's receipt.
 */
export function replayed(
  db: Db,
  requestId: string | undefined,
  call: { procedure: string; input: unknown; staffId: number | null }
): { hit: true; data: unknown } | { hit: false } {
  if (!requestId) return { hit: false }
  const row = db.select().from(requestLog).where(eq(requestLog.requestId, requestId)).get()
  if (!row) return { hit: false }
  const stored = JSON.parse(row.result) as Envelope | unknown
  const envelope = stored && typeof stored === 'object' && 'replayOf' in stored ? (stored as Envelope) : null
  const samePayload = envelope !== null && envelope.replayOf === payloadHash(call.input)
  if (row.procedure !== call.procedure || !samePayload || (row.staffId ?? null) !== call.staffId) {
    throw new AppError('CONFLICT', {}, { requestId })
  }
  return { hit: true, data: envelope.data }
}
