import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '../../../shared/households/households'
import { parsePayload, signatureValid } from '../../../shared/permits/paper-code'
import { publicKeys } from '../../../electron/main/services/permits/papers'
import {
  activeRenovation,
  apply,
  clerkApi,
  codeOf,
  count,
  env,
  fieldsOf,
  laterDays,
  ROOM,
  sqlite,
  supervisorApi,
  TODAY
} from './permits-fixture'

const roomStatus = () =>
  (sqlite().prepare('SELECT status FROM rooms WHERE id = ?').get(ROOM) as { status: string }).status
const paperEvents = () =>
  sqlite()
    .prepare('SELECT p.edition, e.kind FROM paper_events e JOIN papers p ON p.id = e.paper_id ORDER BY e.id')
    .all() as { edition: number; kind: string }[]
const timeline = async () =>
  (await env.query<TimelineEntry[]>('households.timeline', { roomId: ROOM })).map((t) => t.summary)

describe('extend and reissue: new editions of the same number', () => {
  it('extends to a later end as edition 2, signed; refuses an earlier end or beyond maxDays', async () => {
    const active = await activeRenovation()
    const extended = await clerkApi.renovations.extend({
      renovationId: active.id,
      endsOn: '2027-01-10',
      reason: '材料延误'
    })
    expect(extended).toMatchObject({
      status: 'active',
      endsOn: '2027-01-10',
      permitNumber: 'ZX2026-000001',
      permitValidTo: '2027-01-10'
    })
    expect(extended.permits.map((p) => [p.edition, p.validFrom, p.validTo])).toEqual([
      [2, TODAY, '2027-01-10'],
      [1, TODAY, '2026-12-21']
    ])
    const parsed = parsePayload(extended.permits[0]!.payload)
    expect(parsed.ok && signatureValid(parsed.paper, publicKeys(env.core.store.db))).toBe(true)
    expect(extended.events.at(-1)).toMatchObject({ kind: 'extended', note: '材料延误', details: { edition: 2 } })
    const before = count('SELECT 1 FROM papers')
    expect(
      fieldsOf(
        await clerkApi.attempt.renovations.extend({ renovationId: active.id, endsOn: '2027-01-10', reason: 'x' })
      )
    ).toEqual({
      endsOn: '新的完工日期须晚于 2027-01-10'
    })
    // 90 days from 2026-11-22: 2027-02-19 at most.
    expect(
      fieldsOf(
        await clerkApi.attempt.renovations.extend({ renovationId: active.id, endsOn: '2027-02-20', reason: 'x' })
      )
    ).toEqual({
      endsOn: '延期后最晚至 2027-02-19（装修期限最长 90 天）'
    })
    expect(count('SELECT 1 FROM papers')).toBe(before)
    expect(await timeline()).toContain(
      `装修 ${active.number} 延期至 2027-01-10，许可证 ZX2026-000001 第 2 版（材料延误）`
    )
  })

  it('reissues a lost permit: that edition recorded lost, a new one with the same dates', async () => {
    const active = await activeRenovation()
    const reissued = await clerkApi.renovations.reissue({ renovationId: active.id, reason: '门上许可证被撕毁' })
    expect(reissued.permits.map((p) => [p.edition, p.standing, p.validTo])).toEqual([
      [2, 'valid', '2026-12-21'],
      [1, 'lost', '2026-12-21']
    ])
    expect(paperEvents()).toEqual([{ edition: 1, kind: 'lost' }])
    expect(reissued.events.at(-1)?.kind).toBe('reissued')
  })

  it('extend and reissue are refused before the permit', async () => {
    const applied = await apply()
    expect(
      codeOf(await clerkApi.attempt.renovations.extend({ renovationId: applied.id, endsOn: '2027-01-01', reason: 'x' }))
    ).toBe('RENOVATION_STATE')
    expect(codeOf(await clerkApi.attempt.renovations.reissue({ renovationId: applied.id, reason: 'x' }))).toBe(
      'RENOVATION_STATE'
    )
  })
})

describe('suspend, resume, revoke', () => {
  it('suspends and resumes with paper events on the permit', async () => {
    const active = await activeRenovation()
    const suspended = await clerkApi.renovations.suspend({ renovationId: active.id, reason: '违规拆改阳台' })
    expect(suspended).toMatchObject({
      status: 'suspended',
      permits: [{ standing: 'suspended', standingNote: '违规拆改阳台' }]
    })
    expect(codeOf(await clerkApi.attempt.renovations.reissue({ renovationId: active.id, reason: 'x' }))).toBe(
      'RENOVATION_STATE'
    )
    // Extended while suspended: the new edition is suspended too.
    const extended = await clerkApi.renovations.extend({
      renovationId: active.id,
      endsOn: '2027-01-05',
      reason: '停工顺延'
    })
    expect(extended.permits.map((p) => p.standing)).toEqual(['suspended', 'suspended'])
    const resumed = await clerkApi.renovations.resume({ renovationId: active.id, note: '已整改复原' })
    expect(resumed.status).toBe('active')
    expect(resumed.permits.map((p) => p.standing)).toEqual(['valid', 'valid'])
    expect(paperEvents().map((e) => e.kind)).toEqual(['suspended', 'suspended', 'resumed', 'resumed'])
    expect(codeOf(await clerkApi.attempt.renovations.resume({ renovationId: active.id, note: 'x' }))).toBe(
      'RENOVATION_STATE'
    )
    expect(await timeline()).toEqual(
      expect.arrayContaining([
        `装修 ${active.number} 停工整改（违规拆改阳台）`,
        `装修 ${active.number} 复工（已整改复原）`
      ])
    )
  })

  it('a supervisor revokes: every edition out revoked, the room status restored; a clerk may not', async () => {
    const active = await activeRenovation()
    await clerkApi.renovations.extend({ renovationId: active.id, endsOn: '2027-01-05', reason: '顺延' })
    expect(roomStatus()).toBe('renovating')
    const before = count('SELECT 1 FROM paper_events')
    expect(codeOf(await clerkApi.attempt.renovations.revoke({ renovationId: active.id, reason: '拒不整改' }))).toBe(
      'FORBIDDEN'
    )
    expect(count('SELECT 1 FROM paper_events')).toBe(before)
    const revoked = await supervisorApi.renovations.revoke({ renovationId: active.id, reason: '拒不整改' })
    expect(revoked.status).toBe('revoked')
    expect(revoked.permits.map((p) => p.standing)).toEqual(['revoked', 'revoked'])
    expect(roomStatus()).toBe('occupied')
    expect(await timeline()).toContain(`装修 ${active.number} 吊销许可证 ZX2026-000001（拒不整改），房屋状态已恢复`)
    expect(codeOf(await supervisorApi.attempt.renovations.revoke({ renovationId: active.id, reason: 'x' }))).toBe(
      'RENOVATION_STATE'
    )
  })

  it('a suspended renovation may be revoked', async () => {
    const active = await activeRenovation()
    await clerkApi.renovations.suspend({ renovationId: active.id, reason: '噪音扰民' })
    const revoked = await supervisorApi.renovations.revoke({ renovationId: active.id, reason: '屡次违规' })
    expect(revoked.permits[0]?.standing).toBe('revoked')
  })
})

describe('cancel, note, list', () => {
  it('cancels before the permit only', async () => {
    const active = await activeRenovation()
    expect(codeOf(await clerkApi.attempt.renovations.cancel({ renovationId: active.id, reason: 'x' }))).toBe(
      'RENOVATION_STATE'
    )
    const noted = await clerkApi.renovations.note({ renovationId: active.id, text: '已通知维修部' })
    expect(noted.events.at(-1)).toMatchObject({ kind: 'noted', note: '已通知维修部', staffName: 'clerk1' })
  })

  it('lists newest first with filters and the current permit; get of an unknown id is NOT_FOUND', async () => {
    const first = await apply()
    await clerkApi.renovations.cancel({ renovationId: first.id, reason: '改期' })
    await laterDays(1)
    const active = await activeRenovation({ startsOn: '2026-11-23', endsOn: '2026-12-23' })
    const all = await clerkApi.renovations.list({})
    expect(all.map((r) => [r.number, r.status, r.permitNumber])).toEqual([
      [active.number, 'active', 'ZX2026-000001'],
      [first.number, 'cancelled', null]
    ])
    expect(all[0]).toMatchObject({
      ownerName: expect.stringContaining('张三'),
      passesOut: 0,
      workerCount: 0,
      violationCount: 0
    })
    expect((await clerkApi.renovations.list({ open: true })).map((r) => r.id)).toEqual([active.id])
    expect((await clerkApi.renovations.list({ status: 'cancelled' })).map((r) => r.id)).toEqual([first.id])
    expect((await clerkApi.renovations.list({ q: '美家' })).length).toBe(2)
    expect((await clerkApi.renovations.list({ q: '3-2-1502', limit: 1 })).length).toBe(1)
    expect(await clerkApi.renovations.list({ roomId: env.rooms.r3_1_101 })).toEqual([])
    expect(codeOf(await clerkApi.attempt.renovations.get({ renovationId: 99_999 }))).toBe('NOT_FOUND')
  })
})
