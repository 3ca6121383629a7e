import { describe, expect, it } from 'vitest'
import { issuePaper } from '../../../electron/main/services/permits/papers'
import {
  asClerk,
  clerkApi,
  count,
  env,
  residentId,
  runningRenovation,
  sqlite,
  SUPERVISOR,
  workerInput
} from './worker-fixture'

const paperEvents = () => count('SELECT id FROM paper_events')

async function withPass() {
  const running = await runningRenovation()
  const added = await clerkApi.renovations.addWorker(workerInput(running.renovationId, residentId('35010219880315123')))
  const workerId = added.workers[0]!.id
  const view = await clerkApi.renovations.issuePass({ workerId })
  return { ...running, workerId, pass: view.workers[0]!.passes[0]! }
}

describe('renovations.paperEvent', () => {
  it('revokes a pass: the gate list gets the event, the view says so, and a second pass may follow', async () => {
    const { pass, workerId, roomId } = await withPass()
    const view = await clerkApi.renovations.paperEvent({ paperId: pass.id, event: 'revoked', note: '人员离场' })
    expect(view.workers[0]!.passes[0]).toMatchObject({ id: pass.id, standing: 'revoked', standingNote: '人员离场' })
    expect(view.events.at(-1)).toMatchObject({ kind: 'paperEvent', details: { number: pass.number, event: 'revoked' } })
    expect(sqlite().prepare('SELECT kind, note FROM paper_events WHERE paper_id = ?').all(pass.id)).toEqual([
      { kind: 'revoked', note: '人员离场' }
    ])
    expect(
      count(`SELECT id FROM audit_log WHERE room_id = ? AND summary_key = 'audit.renovationPaperEvent'`, roomId)
    ).toBe(1)
    const next = await clerkApi.renovations.issuePass({ workerId })
    expect(next.workers[0]!.passes.map((p) => p.standing)).toEqual(['valid', 'revoked'])
  })

  it('refuses a second end of a paper that already ended, recording nothing', async () => {
    const { pass, permitId } = await withPass()
    await clerkApi.renovations.paperEvent({ paperId: pass.id, event: 'returned' })
    for (const event of ['lost', 'revoked', 'returned'] as const) {
      const again = await clerkApi.attempt.renovations.paperEvent({ paperId: pass.id, event })
      expect(again).toMatchObject({ ok: false, error: { code: 'PAPER_STATE' } })
      expect(again.ok ? '' : again.error.message).toBe(`证件 ${pass.number} 当前为“已收回”，不能办理此项`)
    }
    expect(paperEvents()).toBe(1)
    const permit = await clerkApi.renovations.paperEvent({ paperId: permitId, event: 'lost', note: '门上被撕' })
    expect(permit.permits[0]).toMatchObject({ id: permitId, standing: 'lost' })
    expect(paperEvents()).toBe(2)
  })

  it('leaves withdrawing a permit to a supervisor; a withdrawn permit lets no pass out', async () => {
    const { permitId, permitNumber, workerId } = await withPass()
    const clerk = await clerkApi.attempt.renovations.paperEvent({ paperId: permitId, event: 'revoked' })
    expect(clerk).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(paperEvents()).toBe(0)
    const supervisor = env.clientFor(await env.signIn(SUPERVISOR.username, SUPERVISOR.password))
    const view = await supervisor.renovations.paperEvent({ paperId: permitId, event: 'revoked', note: '违规施工' })
    expect(view.permits[0]).toMatchObject({ number: permitNumber, standing: 'revoked' })
    const pass = view.workers[0]!.passes[0]!
    await clerkApi.renovations.paperEvent({ paperId: pass.id, event: 'returned' })
    const refused = await clerkApi.attempt.renovations.issuePass({ workerId })
    expect(refused.ok ? '' : refused.error.message).toBe(`证件 ${permitNumber} 当前为“已作废”，不能办理此项`)
    expect(count(`SELECT id FROM papers WHERE kind = 'pass'`)).toBe(1)
  })

  it('leaves release slips to releases.*', async () => {
    const { roomId } = await runningRenovation()
    const slip = asClerk((ctx) =>
      issuePaper(ctx, { kind: 'slip', roomId, validFrom: '2026-11-22', validTo: '2026-11-22', hint: 'ZS-1502' })
    )
    const refused = await clerkApi.attempt.renovations.paperEvent({ paperId: slip.id, event: 'revoked' })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { paperId: expect.any(String) } } }
    })
    expect(paperEvents()).toBe(0)
  })

  it('keeps papers and their events append-only', async () => {
    const { pass } = await withPass()
    await clerkApi.renovations.paperEvent({ paperId: pass.id, event: 'revoked' })
    expect(() => sqlite().prepare(`UPDATE paper_events SET kind = 'returned'`).run()).toThrow(/append-only/)
    expect(() => sqlite().prepare('DELETE FROM paper_events').run()).toThrow(/append-only/)
    expect(() => sqlite().prepare(`UPDATE renovation_events SET note = 'x'`).run()).toThrow(/append-only/)
    expect(() => sqlite().prepare(`UPDATE papers SET valid_to = '2027-01-01'`).run()).toThrow(/never changed/)
    expect(() => sqlite().prepare(`UPDATE renovation_workers SET name = 'x'`).run()).toThrow(/registered once/)
  })
})

describe('renovations.violation and rectify', () => {
  const found = (renovationId: number, more: Record<string, unknown> = {}) => ({
    renovationId,
    foundAt: '2026-11-21T10:00:00+08:00',
    foundBy: '安护部 赵队长',
    what: '中午休息时间电钻施工',
    ...more
  })

  it('records a violation with a deduction and who recorded it; rectified once', async () => {
    const { renovationId, roomId } = await runningRenovation()
    const view = await clerkApi.renovations.violation(
      found(renovationId, { deduction: '300', deductionReason: '违反施工时间' })
    )
    const [violation] = view.violations
    expect(violation).toMatchObject({
      foundAt: '2026-11-21T02:00:00.000Z',
      foundBy: '安护部 赵队长',
      deductionFen: 30000,
      deductionReason: '违反施工时间',
      rectifiedAt: null,
      recordedBy: 'clerk1'
    })
    expect(view.events.at(-1)).toMatchObject({
      kind: 'violation',
      details: { violationId: violation!.id, deductionFen: 30000 }
    })
    expect(
      count(`SELECT id FROM audit_log WHERE room_id = ? AND summary_key = 'audit.renovationViolationDeducted'`, roomId)
    ).toBe(1)

    const rectified = await clerkApi.renovations.rectify({ violationId: violation!.id, note: '已停止并书面检讨' })
    expect(rectified.violations[0]).toMatchObject({
      rectifiedAt: env.clock.now().toISOString(),
      rectifyNote: '已停止并书面检讨'
    })
    const twice = await clerkApi.attempt.renovations.rectify({ violationId: violation!.id, note: '再次' })
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(() =>
      sqlite().prepare(`UPDATE renovation_violations SET rectified_at = '2026-12-01T00:00:00.000Z'`).run()
    ).toThrow(/recorded once/)
    expect(() => sqlite().prepare(`UPDATE renovation_violations SET deduction_fen = 0`).run()).toThrow(/recorded once/)
  })

  it('refuses a deduction without a reason, beyond the deposit, or with no deposit, and a moment to come', async () => {
    const { renovationId } = await runningRenovation()
    const fields = async (input: Record<string, unknown>) => {
      const result = await clerkApi.attempt.renovations.violation(found(renovationId, input) as never)
      return result.ok ? null : (result.error.details as { fields: Record<string, string> }).fields
    }
    expect(await fields({ deduction: '100' })).toEqual({ deductionReason: '扣款时请填写扣款原因' })
    expect(await fields({ foundAt: '2026-11-23T10:00:00+08:00' })).toEqual({ foundAt: '发现时间不能晚于现在' })
    await clerkApi.renovations.violation(found(renovationId, { deduction: '1800', deductionReason: '损坏公共楼道' }))
    expect(await fields({ deduction: '200.01', deductionReason: '垃圾堆放' })).toEqual({
      deduction: '扣款合计 2,000.01 元超过保证金 2,000.00 元'
    })
    await clerkApi.renovations.violation(found(renovationId, { deduction: '200', deductionReason: '垃圾堆放' }))
    expect(count('SELECT id FROM renovation_violations')).toBe(2)

    const other = await runningRenovation({ noDeposit: true })
    const none = await clerkApi.attempt.renovations.violation(
      found(other.renovationId, { deduction: '50', deductionReason: '垃圾堆放' })
    )
    expect(none).toMatchObject({
      ok: false,
      error: { details: { fields: { deduction: '尚未收取装修保证金，不能扣款' } } }
    })
    await clerkApi.renovations.violation(found(other.renovationId))
    expect(count('SELECT id FROM renovation_violations')).toBe(3)
  })

  it('records nothing on a closed or cancelled renovation', async () => {
    const { renovationId } = await runningRenovation()
    for (const status of ['closed', 'cancelled']) {
      sqlite().prepare('UPDATE renovations SET status = ? WHERE id = ?').run(status, renovationId)
      const refused = await clerkApi.attempt.renovations.violation(found(renovationId))
      expect(refused).toMatchObject({ ok: false, error: { code: 'RENOVATION_STATE' } })
    }
    expect(count('SELECT id FROM renovation_violations')).toBe(0)
  })
})
