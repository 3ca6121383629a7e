import { describe, expect, it } from 'vitest'
import { parsePayload } from '../../../shared/permits/paper-code'
import {
  clerkApi,
  codeOf,
  count,
  env,
  fieldsOf,
  managerApi,
  people,
  ROOM,
  sqlite,
  TODAY,
  upload
} from './permits-fixture'

/** 物品放行条: who may apply, the tenant's consent, the slip's day, gapless FX numbers, revocation. */

const slip = (more: Record<string, unknown> = {}) => ({
  roomId: ROOM,
  applicantKind: 'owner' as const,
  applicantPersonId: people.owner,
  applicantPhone: '13912345678',
  items: [
    { name: '旧沙发', quantity: 1 },
    { name: '纸箱', quantity: 5 }
  ],
  plate: '闽A12345',
  ...more
})
const create = (more: Record<string, unknown> = {}) =>
  clerkApi.releases.create(slip(more) as Parameters<typeof clerkApi.releases.create>[0])
const attempt = (more: Record<string, unknown> = {}) =>
  clerkApi.attempt.releases.create(slip(more) as Parameters<typeof clerkApi.releases.create>[0])

const PHONE_CONSENT = { kind: 'phone', ownerName: '张三', calledAt: '2026-11-22T01:00:00.000Z', calledBy: '前台小王' }

describe('releases.create', () => {
  it('issues the owner a slip valid today, signed, with an audit row on the room', async () => {
    const view = await create()
    expect(view).toMatchObject({
      number: 'FX2026-000001',
      roomId: ROOM,
      roomCode: '3-2-1502',
      applicantName: '张三',
      validOn: TODAY,
      itemsText: '旧沙发×1、纸箱×5',
      plate: '闽A12345',
      usedAt: null,
      consent: null
    })
    expect(view.paper).toMatchObject({ kind: 'slip', standing: 'valid', validFrom: TODAY, validTo: TODAY })
    expect(parsePayload(view.paper.payload)).toMatchObject({
      ok: true,
      paper: { kind: 'slip', number: 'FX2026-000001', edition: 1, validFrom: TODAY, validTo: TODAY }
    })
    // A clerk sees the phone masked; the manager in full.
    expect(view.applicantPhone).not.toBe('13912345678')
    expect((await managerApi.releases.get({ releaseId: view.id })).applicantPhone).toBe('13912345678')
    expect(count(`SELECT id FROM audit_log WHERE room_id = ? AND summary_key = 'audit.releaseIssued'`, ROOM)).toBe(1)
    expect((await clerkApi.releases.list({ date: TODAY })).map((r) => r.number)).toEqual(['FX2026-000001'])
  })

  it('refuses a tenant without the owner consent, and issues with a phone call or a signed note', async () => {
    expect(codeOf(await attempt({ applicantKind: 'tenant', applicantPersonId: people.tenant }))).toBe(
      'RELEASE_CONSENT_REQUIRED'
    )
    const future = { ...PHONE_CONSENT, calledAt: '2026-11-23T01:00:00.000Z' }
    const refused = await attempt({ applicantKind: 'tenant', applicantPersonId: people.tenant, consent: future })
    expect(fieldsOf(refused)).toHaveProperty(['consent.calledAt'])
    const byPhone = await create({ applicantKind: 'tenant', applicantPersonId: people.tenant, consent: PHONE_CONSENT })
    expect(byPhone).toMatchObject({ applicantName: '钱七', consent: { kind: 'phone', calledBy: '前台小王' } })
    const byNote = await create({
      applicantKind: 'tenant',
      applicantPersonId: people.tenant,
      consent: { kind: 'note', ownerName: '张三', scan: upload('consent.png') }
    })
    expect(byNote.consent?.attachmentId).toEqual(expect.any(Number))
    // The refusals took no number: the slips are FX…1 and FX…2.
    expect([byPhone.number, byNote.number]).toEqual(['FX2026-000001', 'FX2026-000002'])
  })

  it('checks the applicant against the kind', async () => {
    expect(codeOf(await attempt({ applicantPersonId: people.tenant }))).toBe('RELEASE_APPLICANT')
    expect(codeOf(await attempt({ applicantPersonId: undefined }))).toBe('RELEASE_APPLICANT')
    expect(
      codeOf(await attempt({ applicantKind: 'tenant', applicantPersonId: people.owner, consent: PHONE_CONSENT }))
    ).toBe('RELEASE_APPLICANT')
    // A residence owned by persons has no company representative.
    expect(codeOf(await attempt({ applicantKind: 'company', applicantName: '某公司' }))).toBe('RELEASE_APPLICANT')
    const shop = { roomId: env.rooms.r5_1_101, applicantKind: 'company', applicantPersonId: undefined }
    expect(fieldsOf(await attempt(shop))).toHaveProperty('applicantName')
    const view = await create({ ...shop, applicantName: '林经理' })
    expect(view).toMatchObject({ roomCode: '5-1-101', applicantName: '林经理', applicantPersonId: null })
    expect(count(`SELECT id FROM release_slips`)).toBe(1)
  })

  it('takes a day from today to a week ahead, and numbers without gaps', async () => {
    expect(fieldsOf(await attempt({ validOn: '2026-11-21' }))).toHaveProperty('validOn')
    expect(fieldsOf(await attempt({ validOn: '2026-11-30' }))).toHaveProperty('validOn')
    const ahead = await create({ validOn: '2026-11-29' })
    expect(ahead.paper).toMatchObject({ standing: 'notYetValid', validFrom: '2026-11-29' })
    await attempt({ validOn: '2026-11-01' })
    const next = await create()
    expect([ahead.number, next.number]).toEqual(['FX2026-000001', 'FX2026-000002'])
    const sequences = sqlite().prepare(`SELECT sequence FROM papers WHERE kind = 'slip' ORDER BY id`).all()
    expect(sequences).toEqual([{ sequence: 1 }, { sequence: 2 }])
  })
})

describe('releases.revoke', () => {
  it('revokes once, with a paper event and an audit row', async () => {
    const view = await create()
    const revoked = await clerkApi.releases.revoke({ releaseId: view.id, reason: '业主取消' })
    expect(revoked.paper).toMatchObject({ standing: 'revoked', standingNote: '业主取消' })
    const again = await clerkApi.attempt.releases.revoke({ releaseId: view.id, reason: '再次' })
    expect(codeOf(again)).toBe('PAPER_STATE')
    expect(count(`SELECT id FROM paper_events WHERE kind = 'revoked'`)).toBe(1)
    expect(count(`SELECT id FROM audit_log WHERE room_id = ? AND summary_key = 'audit.releaseRevoked'`, ROOM)).toBe(1)
  })

  it('refuses to revoke a slip already used at the gate', async () => {
    const view = await create()
    await clerkApi.gate.redeem({ paperId: view.paper.id })
    const refused = await clerkApi.attempt.releases.revoke({ releaseId: view.id, reason: '业主取消' })
    expect(codeOf(refused)).toBe('PAPER_STATE')
    const used = await clerkApi.releases.get({ releaseId: view.id })
    expect(used).toMatchObject({ usedAt: expect.any(String), usedBy: expect.any(String) })
    expect(used.paper.standing).toBe('used')
  })
})
