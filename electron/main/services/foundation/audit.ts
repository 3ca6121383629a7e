import { and, desc, eq, notInArray, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { auditLog, counters, staff } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import { sealRow } from '../../../../db/chain'
import { api } from '../../../../shared/api'
import type { AuditEntry } from '../../../../shared/foundation/audit'
import { isMessageKey, message, type MessageParams } from '../../../../shared/messages'
import type { Locale } from '../../../../shared/kernel/locale'
import type { AuditEntryInput } from '../../core/context'
import { handle } from '../../core/handler'

export interface AuditWrite extends AuditEntryInput {
  at: Date
  procedure: string
  staffId?: number
  shiftId?: number
  counterId?: number
  approverId?: number
  requestId?: string
}

/** Appends one audit row. The table refuses UPDATE and DELETE (trigger), so this is the only way in. */
export function writeAudit(db: Db, entry: AuditWrite): void {
  const written = db
    .insert(auditLog)
    .values({
      at: entry.at.toISOString(),
      staffId: entry.staffId ?? null,
      shiftId: entry.shiftId ?? null,
      approverId: entry.approverId ?? null,
      procedure: entry.procedure,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      summaryKey: entry.summaryKey,
      summaryParams: JSON.stringify(entry.summaryParams ?? {}),
      requestId: entry.requestId ?? null,
      roomId: entry.roomId ?? null,
      counterId: entry.counterId ?? null
    })
    .run()
  // Chained to the previous audit row (db/chain.ts), in the same transaction.
  sealRow(db.$client, 'audit_log', Number(written.lastInsertRowid))
}

/** Audit summaries are stored as message keys with parameters and worded in the reader's language. */
export function auditSummary(locale: Locale, key: string, params: string): string {
  if (!isMessageKey(key)) return key
  return message(locale, key, JSON.parse(params) as MessageParams)
}

/** Audit rows newest first, with who acted and who approved, worded in the reader's language. */
export function auditEntries(db: Db, locale: Locale, where: SQL | undefined, limit: number): AuditEntry[] {
  const actor = alias(staff, 'actor')
  const approver = alias(staff, 'approver')
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      staffName: actor.displayName,
      approverName: approver.displayName,
      shiftId: auditLog.shiftId,
      counterName: counters.name,
      procedure: auditLog.procedure,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      summaryKey: auditLog.summaryKey,
      summaryParams: auditLog.summaryParams
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.staffId))
    .leftJoin(approver, eq(approver.id, auditLog.approverId))
    .leftJoin(counters, eq(counters.id, auditLog.counterId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all()
    .map(({ summaryKey, summaryParams, ...row }) => ({
      ...row,
      summary: auditSummary(locale, summaryKey, summaryParams)
    }))
}

/** The rows of people coming and going at the counter, not of work done. */
const SESSION_KEYS = ['audit.signIn', 'audit.signOut', 'audit.lock', 'audit.unlock']

const recent = handle(api.audit.recent, {
  run(ctx, input) {
    const session = ctx.requireSession()
    // Clerks see their own shift; the whole office's log is for supervisors and up.
    const wholeOffice = input.scope === 'all' && ['supervisor', 'manager', 'admin'].includes(session.role)
    const scope = wholeOffice ? undefined : eq(auditLog.shiftId, session.shiftId)
    const work = input.hideSessions ? notInArray(auditLog.summaryKey, SESSION_KEYS) : undefined
    return auditEntries(ctx.db, ctx.locale, and(scope, work), input.limit)
  }
})

export const auditHandlers = [recent]
