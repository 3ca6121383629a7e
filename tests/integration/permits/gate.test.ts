import { describe, expect, it } from 'vitest'
import { newSigningKey, parsePayload, signPaper } from '../../../shared/permits/paper-code'
import { residentId } from '../../helpers/estate'
import { check, tamper } from './gate-fixture'
import {
  activeRenovation,
  clerkApi,
  codeOf,
  count,
  laterDays,
  people,
  ROOM,
  sqlite,
  supervisorApi,
  upload
} from './permits-fixture'

/**
 * 放行核验 through the real procedures: every verdict on the desk, each equal to the one the gate
 * page reaches offline from gate.register (check() asserts it), and the log of every check.
 */

const slip = (more: Record<string, unknown> = {}) =>
  clerkApi.releases.create({
    roomId: ROOM,
    applicantKind: 'owner',
    applicantPersonId: people.owner,
    items: [{ name: '旧冰箱', quantity: 1 }],
    plate: '闽A12345',
    ...more
  } as Parameters<typeof clerkApi.releases.create>[0])

async function runningWithPass() {
  const renovation = await activeRenovation()
  const added = await clerkApi.renovations.addWorker({
    renovationId: renovation.id,
    name: '李木工',
    idType: 'resident',
    idNumber: residentId('35010219880315123'),
    phone: '13812345678',
    trade: '木工',
    photo: upload('photo.png')
  })
  const view = await clerkApi.renovations.issuePass({ workerId: added.workers[0]!.id })
  return { renovation: view, permit: view.permits[0]!, pass: view.workers[0]!.passes[0]!, worker: view.workers[0]! }
}

describe('gate.check: permits and passes', () => {
  it('reads a permit and a pass VALID with what the guard compares', async () => {
    const { permit, pass, worker } = await runningWithPass()
    expect(await check(permit.payload)).toMatchObject({
      verdict: 'valid',
      kind: 'permit',
      number: permit.number,
      holderName: '福州美家装饰工程有限公司',
      contractorName: '福州美家装饰工程有限公司',
      permitNumber: permit.number,
      roomCode: '3-2-1502',
      offline: false
    })
    expect(await check(pass.payload)).toMatchObject({
      verdict: 'valid',
      kind: 'pass',
      holderName: '李木工',
      photoAttachmentId: worker.photoAttachmentId,
      permitNumber: permit.number,
      contractorName: '福州美家装饰工程有限公司'
    })
    expect(worker.photoAttachmentId).toEqual(expect.any(Number))
  })

  it('stops a pass while its permit is suspended, and lets it in again once resumed', async () => {
    const { renovation, pass } = await runningWithPass()
    await clerkApi.renovations.suspend({ renovationId: renovation.id, reason: '违规拆改阳台' })
    expect(await check(pass.payload)).toMatchObject({ verdict: 'revoked', byPermit: true })
    await clerkApi.renovations.resume({ renovationId: renovation.id, note: '已整改' })
    expect(await check(pass.payload)).toMatchObject({ verdict: 'valid', byPermit: false })
    await supervisorApi.renovations.revoke({ renovationId: renovation.id, reason: '屡次违规' })
    expect(await check(pass.payload)).toMatchObject({ verdict: 'revoked', byPermit: true })
  })

  it('reads a pass revoked on its own REVOKED, with the event', async () => {
    const { pass } = await runningWithPass()
    await clerkApi.renovations.paperEvent({ paperId: pass.id, event: 'revoked', note: '人员离场' })
    const result = await check(pass.payload)
    expect(result).toMatchObject({ verdict: 'revoked', byPermit: false, event: { kind: 'revoked', note: '人员离场' } })
  })

  it('reads EXPIRED after the last day', async () => {
    const { permit } = await runningWithPass()
    await laterDays(40)
    expect(await check(permit.payload)).toMatchObject({ verdict: 'expired', number: permit.number })
  })

  it('takes a typed number with its check code, and asks for the code without one', async () => {
    const { permit } = await runningWithPass()
    expect(await check(`${permit.number} ${permit.checkCode}`)).toMatchObject({ verdict: 'valid' })
    expect(await check(`${permit.number.replace('-', '')} ${permit.checkCode.toLowerCase()}`)).toMatchObject({
      verdict: 'valid'
    })
    const wrongCode = permit.checkCode.startsWith('2')
      ? `3${permit.checkCode.slice(1)}`
      : `2${permit.checkCode.slice(1)}`
    expect(await check(`${permit.number} ${wrongCode}`)).toMatchObject({
      verdict: 'forged',
      holderName: '',
      paperId: null
    })
    expect(await check(permit.number)).toMatchObject({ verdict: 'unknown', needsCheckCode: true, roomCode: '' })
    expect(await check('ZX2026-000999 2345-6789')).toMatchObject({ verdict: 'unknown', needsCheckCode: false })
  })

  it('reads a changed payload FORGED and tells nothing of the paper', async () => {
    const { pass } = await runningWithPass()
    for (const part of [2, 4, 5, -1]) {
      const result = await check(tamper(pass.payload, part))
      expect(result, `part ${part}`).toMatchObject({
        verdict: 'forged',
        paperId: null,
        number: null,
        holderName: '',
        roomCode: '',
        contractorName: '',
        permitNumber: null,
        photoAttachmentId: null
      })
    }
    // A payload that reads right, signed by a key that is not the desk's.
    const parsed = parsePayload(pass.payload)
    if (!parsed.ok) throw new Error('payload')
    const { signature: _signature, ...fields } = parsed.paper
    expect(await check(signPaper(fields, newSigningKey().secretKey))).toMatchObject({ verdict: 'forged' })
    expect(await check('hello')).toMatchObject({ verdict: 'unknown' })
  })
})

describe('gate.check and gate.redeem: release slips', () => {
  it('lets a slip out once: ALREADY USED afterwards with when and by whom', async () => {
    const view = await slip()
    expect(await check(view.paper.payload)).toMatchObject({
      verdict: 'valid',
      kind: 'slip',
      holderName: '张三',
      items: [{ name: '旧冰箱', quantity: 1 }],
      plate: '闽A12345'
    })
    const redeemed = await clerkApi.gate.redeem({ paperId: view.paper.id })
    expect(redeemed).toMatchObject({ verdict: 'used', event: { kind: 'used', by: expect.any(String) } })
    expect(redeemed.event!.by.length).toBeGreaterThan(0)
    const again = await check(view.paper.payload)
    expect(again).toMatchObject({ verdict: 'used', event: { at: redeemed.event!.at, by: redeemed.event!.by } })
    const second = await clerkApi.attempt.gate.redeem({ paperId: view.paper.id })
    expect(codeOf(second)).toBe('SLIP_ALREADY_USED')
    if (!second.ok) {
      expect(second.error.details).toMatchObject({ at: redeemed.event!.at, by: redeemed.event!.by })
      expect(second.error.message).toContain(redeemed.event!.by)
    }
    expect(count(`SELECT id FROM audit_log WHERE room_id = ? AND summary_key = 'audit.releaseRedeemed'`, ROOM)).toBe(1)
  })

  it('stores the gate time of an offline confirmation; reports a used slip offline as ALREADY USED', async () => {
    const view = await slip()
    const offlineAt = '2026-11-22T02:30:00.000Z'
    const redeemed = await clerkApi.gate.redeem({ paperId: view.paper.id, offlineAt })
    expect(redeemed).toMatchObject({ verdict: 'used', offline: true, event: { at: offlineAt } })
    expect(sqlite().prepare(`SELECT offline_at AS o FROM paper_events WHERE kind = 'used'`).get()).toEqual({
      o: offlineAt
    })
    const late = await clerkApi.attempt.gate.redeem({ paperId: view.paper.id, offlineAt: '2026-11-22T03:00:00.000Z' })
    expect(codeOf(late)).toBe('SLIP_ALREADY_USED')
  })

  it('reads a slip for a later day EXPIRED (not yet valid) and refuses to redeem it; a revoked slip REVOKED', async () => {
    const ahead = await slip({ validOn: '2026-11-24' })
    expect(await check(ahead.paper.payload)).toMatchObject({ verdict: 'expired', validFrom: '2026-11-24' })
    expect(codeOf(await clerkApi.attempt.gate.redeem({ paperId: ahead.paper.id }))).toBe('PAPER_STATE')
    await laterDays(2)
    expect(await check(ahead.paper.payload)).toMatchObject({ verdict: 'valid' })
    await clerkApi.releases.revoke({ releaseId: ahead.id, reason: '取消' })
    expect(await check(ahead.paper.payload)).toMatchObject({ verdict: 'revoked', event: { note: '取消' } })
    expect(codeOf(await clerkApi.attempt.gate.redeem({ paperId: ahead.paper.id }))).toBe('PAPER_STATE')
  })
})

describe('gate log and register', () => {
  it('logs every check, FORGED and UNKNOWN too, and lists them newest first', async () => {
    const view = await slip()
    await clerkApi.gate.check({ text: view.paper.payload })
    await clerkApi.gate.check({ text: tamper(view.paper.payload, -1) })
    await clerkApi.gate.check({ text: 'FX2026-000777', offlineAt: '2026-11-22T01:00:00.000Z' })
    await clerkApi.gate.check({ text: 'x'.repeat(400) })
    const rows = sqlite()
      .prepare(`SELECT verdict, paper_id AS paperId, offline_at AS offlineAt FROM gate_checks ORDER BY id`)
      .all()
    expect(rows).toEqual([
      { verdict: 'valid', paperId: view.paper.id, offlineAt: null },
      { verdict: 'forged', paperId: view.paper.id, offlineAt: null },
      { verdict: 'unknown', paperId: null, offlineAt: '2026-11-22T01:00:00.000Z' },
      { verdict: 'unknown', paperId: null, offlineAt: null }
    ])
    const recent = await clerkApi.gate.recent({ limit: 3 })
    expect(recent.map((r) => [r.verdict, r.number, r.offline])).toEqual([
      ['unknown', null, false],
      ['unknown', null, true],
      ['forged', null, false]
    ])
    expect(recent[0]!.staffName.length).toBeGreaterThan(0)
  })

  it('holds no secret key and no personal data, only hints and hashes', async () => {
    const { permit, pass } = await runningWithPass()
    const view = await slip()
    const register = await clerkApi.gate.register({})
    const json = JSON.stringify(register)
    const secrets = sqlite().prepare(`SELECT secret_key AS s FROM signing_keys`).all() as { s: string }[]
    expect(secrets.length).toBeGreaterThan(0)
    for (const { s } of secrets) expect(json).not.toContain(s)
    for (const personal of ['13812345678', '13912345678', '李木工', '张三', permit.checkCode, pass.checkCode])
      expect(json).not.toContain(personal)
    expect(register.papers.map((p) => p.number).sort()).toEqual([permit.number, pass.number, view.number].sort())
    expect(register.papers.find((p) => p.number === pass.number)?.permitNumber).toBe(permit.number)
    expect(register.keys.length).toBe(secrets.length)
  })
})
