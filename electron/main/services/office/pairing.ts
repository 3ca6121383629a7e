import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import { auditLog, counters, officeDevices, officePairingCodes } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { PAIRING_CODE_MINUTES, formatPairingCode } from '../../../../shared/office/pairing'
import type { ServiceContext } from '../../core/context'
import { AppError, FailAfterCommit } from '../../core/errors'
import { handle } from '../../core/handler'
import { counterProof, credentialHash, newPairingCode, pairingKey, sameHex, serverProof } from './credentials'

/** Wrong pairing proofs tolerated in this many minutes before every open code is voided. */
const MAX_WRONG_PROOFS = 5
const WRONG_PROOF_WINDOW_MINUTES = 10

const createPairingCode = handle(api.office.createPairingCode, {
  run(ctx, input) {
    if (!ctx.env.office) throw new AppError('NOT_OFFICE_SERVER')
    const session = ctx.requireSession()
    refuseIfPaired(ctx, input.counterName)
    const code = newPairingCode()
    const now = ctx.now()
    const expiresAt = new Date(now.getTime() + PAIRING_CODE_MINUTES * 60_000).toISOString()
    ctx.db
      .insert(officePairingCodes)
      .values({
        codeHash: pairingKey(code).toString('hex'),
        counterName: input.counterName,
        createdBy: session.staffId,
        createdAt: now.toISOString(),
        expiresAt
      })
      .run()
    ctx.audit({ entityType: 'counter', summaryKey: 'audit.officeCodeMade', summaryParams: { name: input.counterName } })
    return { code: formatPairingCode(code), counterName: input.counterName, expiresAt }
  }
})

/** The counter of that name, if an active device already works as it. */
function refuseIfPaired(ctx: ServiceContext, name: string): void {
  const row = ctx.db
    .select({ id: officeDevices.id })
    .from(officeDevices)
    .innerJoin(counters, eq(counters.id, officeDevices.counterId))
    .where(and(sql`lower(${counters.name}) = lower(${name})`, isNull(officeDevices.revokedAt)))
    .get()
  if (row) throw new AppError('COUNTER_ALREADY_PAIRED', { name })
}

/** The named counter, or a new one with its own receipt series (SJ<id>-<year>). */
function counterNamed(ctx: ServiceContext, name: string): { id: number; name: string } {
  const existing = ctx.db
    .select({ id: counters.id, name: counters.name })
    .from(counters)
    .where(sql`lower(${counters.name}) = lower(${name})`)
    .get()
  if (existing) return existing
  const row = ctx.db.insert(counters).values({ name, createdAt: ctx.now().toISOString() }).returning().get()
  ctx.db
    .update(counters)
    .set({ receiptPrefix: `SJ${row.id}-{year}` })
    .where(eq(counters.id, row.id))
    .run()
  return { id: row.id, name }
}

function refuseWrongProof(ctx: ServiceContext, fingerprint: string): FailAfterCommit {
  ctx.audit({
    entityType: 'device',
    summaryKey: 'audit.officeRefused',
    summaryParams: { reason: 'office.refused.code', address: fingerprint.slice(0, 11) }
  })
  const since = new Date(ctx.now().getTime() - WRONG_PROOF_WINDOW_MINUTES * 60_000).toISOString()
  const wrong = ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(auditLog)
    .where(
      and(eq(auditLog.procedure, 'office.pair'), eq(auditLog.summaryKey, 'audit.officeRefused'), gt(auditLog.at, since))
    )
    .get()
  // This refusal's own row is written after the handler: count it too.
  if ((wrong?.n ?? 0) + 1 >= MAX_WRONG_PROOFS) {
    ctx.db
      .update(officePairingCodes)
      .set({ expiresAt: ctx.now().toISOString() })
      .where(and(isNull(officePairingCodes.usedAt), gt(officePairingCodes.expiresAt, ctx.now().toISOString())))
      .run()
  }
  return new FailAfterCommit(new AppError('PAIRING_CODE_INVALID'))
}

/**
 * A counter PC pairs: its proof names one open code (bound to this server's certificate as the
 * counter saw it); the named counter gets a device and its credential, and the code is used up.
 */
const pair = handle(api.office.pair, {
  run(ctx, input) {
    const office = ctx.env.office
    if (!office) throw new AppError('NOT_OFFICE_SERVER')
    const now = ctx.now().toISOString()
    const open = ctx.db
      .select()
      .from(officePairingCodes)
      .where(and(isNull(officePairingCodes.usedAt), gt(officePairingCodes.expiresAt, now)))
      .all()
    const match = open.find((code) =>
      sameHex(counterProof(Buffer.from(code.codeHash, 'hex'), office.fingerprint, input.nonce), input.proof)
    )
    if (!match) return refuseWrongProof(ctx, office.fingerprint)
    refuseIfPaired(ctx, match.counterName)
    const counter = counterNamed(ctx, match.counterName)
    const secret = ctx.randomToken()
    const device = ctx.db
      .insert(officeDevices)
      .values({
        counterId: counter.id,
        credentialHash: credentialHash(secret),
        pairedAt: now,
        pairedBy: match.createdBy
      })
      .returning()
      .get()
    ctx.db
      .update(officePairingCodes)
      .set({ usedAt: now, deviceId: device.id })
      .where(eq(officePairingCodes.id, match.id))
      .run()
    const credential = `${device.id}.${secret}`
    ctx.audit({
      staffId: match.createdBy,
      entityType: 'device',
      entityId: device.id,
      summaryKey: 'audit.officePaired',
      summaryParams: { name: counter.name }
    })
    return {
      deviceId: device.id,
      counterId: counter.id,
      counterName: counter.name,
      credential,
      proof: serverProof(Buffer.from(match.codeHash, 'hex'), office.fingerprint, credential)
    }
  }
})

export const pairingHandlers = [createPairingCode, pair]
