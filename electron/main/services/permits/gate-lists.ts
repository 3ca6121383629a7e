import { and, eq, gte, inArray, lte } from 'drizzle-orm'
import { contractors, papers, renovations, renovationWorkers } from '../../../../db/schema'
import { addDays, localDate } from '../../../../shared/kernel/calendar'
import type { ExpiringPaper, GateRegister, PermitAttention } from '../../../../shared/permits/gate-api'
import type { ServiceContext } from '../../core/context'
import { getRoom } from '../households/permit-room'
import { permitNumbersOf, registerPaperOf } from './gate-check'
import { isOut, paperViews, publicKeys, registerEventsOf, type PaperRow } from './papers'
import { releaseRows, releaseSummaries } from './release-records'
import { listRenovations } from './renovation-queries'
import { readPermitSettings } from './settings-store'

/**
 * What the gate page keeps to decide offline (gate.register: public keys, papers by number and a
 * hash of their check code, their events; no names, no phones) and the 工作台's attention lists.
 */

/** Papers ended more than this long ago leave the register (the gate answers EXPIRED from the signature). */
const REGISTER_DAYS_BACK = 30

export function gateRegister(ctx: ServiceContext): GateRegister {
  const today = localDate(ctx.now())
  const rows = ctx.db
    .select()
    .from(papers)
    .where(gte(papers.validTo, addDays(today, -REGISTER_DAYS_BACK)))
    .all()
  const permitNumbers = permitNumbersOf(
    ctx.db,
    rows.filter((r) => r.kind === 'pass' && r.renovationId !== null).map((r) => r.renovationId!)
  )
  // Events of the papers listed and of every edition of their passes' permits (one read, no long IN list).
  const numbers = new Set([...rows.map((r) => r.number), ...permitNumbers.values()])
  const events = registerEventsOf(ctx.db, 'all').filter((e) => numbers.has(e.number))
  return {
    keys: publicKeys(ctx.db),
    papers: rows.map((r) =>
      registerPaperOf(r, r.renovationId === null ? null : (permitNumbers.get(r.renovationId) ?? null))
    ),
    events,
    asOf: ctx.now().toISOString()
  }
}

/** The holder's name of permits (the contractor) and passes (the worker), with the room's code. */
function expiringPapers(ctx: ServiceContext, rows: readonly PaperRow[]): ExpiringPaper[] {
  const views = paperViews(ctx, rows)
  const renovationIds = [...new Set(rows.map((r) => r.renovationId).filter((id): id is number => id !== null))]
  const contractorOf = new Map(
    renovationIds.length === 0
      ? []
      : ctx.db
          .select({ id: renovations.id, name: contractors.name })
          .from(renovations)
          .innerJoin(contractors, eq(contractors.id, renovations.contractorId))
          .where(inArray(renovations.id, renovationIds))
          .all()
          .map((r) => [r.id, r.name])
  )
  const workerIds = rows.map((r) => r.workerId).filter((id): id is number => id !== null)
  const workerOf = new Map(
    workerIds.length === 0
      ? []
      : ctx.db
          .select({ id: renovationWorkers.id, name: renovationWorkers.name })
          .from(renovationWorkers)
          .where(inArray(renovationWorkers.id, workerIds))
          .all()
          .map((w) => [w.id, w.name])
  )
  const rooms = new Map<number, string>()
  return rows.map((row, i) => {
    if (!rooms.has(row.roomId)) rooms.set(row.roomId, getRoom(ctx.db, row.roomId).code)
    return {
      paper: views[i]!,
      roomCode: rooms.get(row.roomId) ?? '',
      holderName:
        (row.workerId !== null ? workerOf.get(row.workerId) : undefined) ??
        (row.renovationId !== null ? contractorOf.get(row.renovationId) : undefined) ??
        '',
      renovationId: row.renovationId
    }
  })
}

/** Permits (their newest edition) and passes standing valid that end within `days` (today included). */
function expiring(ctx: ServiceContext, today: string, days: number): ExpiringPaper[] {
  const candidates = ctx.db
    .select()
    .from(papers)
    .where(
      and(
        inArray(papers.kind, ['permit', 'pass']),
        gte(papers.validTo, today),
        lte(papers.validTo, addDays(today, days))
      )
    )
    .all()
  const permitNumbers = [...new Set(candidates.filter((r) => r.kind === 'permit').map((r) => r.number))]
  const newest = new Map<string, number>()
  if (permitNumbers.length > 0)
    for (const r of ctx.db
      .select({ number: papers.number, edition: papers.edition })
      .from(papers)
      .where(inArray(papers.number, permitNumbers))
      .all())
      newest.set(r.number, Math.max(newest.get(r.number) ?? 0, r.edition))
  const rows = candidates.filter((r) => r.kind === 'pass' || newest.get(r.number) === r.edition)
  return expiringPapers(ctx, rows)
    .filter((e) => e.paper.standing === 'valid')
    .sort((a, b) => a.paper.validTo.localeCompare(b.paper.validTo) || a.paper.number.localeCompare(b.paper.number))
}

/** Passes still with their holders after the works ended (inspected, revoked, cancelled, closed). */
function passesOut(ctx: ServiceContext): ExpiringPaper[] {
  const rows = ctx.db
    .select({ paper: papers })
    .from(papers)
    .innerJoin(renovations, eq(renovations.id, papers.renovationId))
    .where(and(eq(papers.kind, 'pass'), inArray(renovations.status, ['inspected', 'revoked', 'cancelled', 'closed'])))
    .all()
    .map((r) => r.paper)
  return expiringPapers(ctx, rows).filter((e) => isOut(e.paper))
}

export function permitAttention(ctx: ServiceContext): PermitAttention {
  const today = localDate(ctx.now())
  return {
    active: listRenovations(ctx, { statuses: ['active', 'suspended'] }),
    expiring: expiring(ctx, today, readPermitSettings(ctx.db).expiringDays),
    passesOut: passesOut(ctx),
    releasesToday: releaseSummaries(ctx, releaseRows(ctx, { date: today, limit: 500 }))
  }
}
