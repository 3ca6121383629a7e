import { describe, expect, it } from 'vitest'
import { residentId } from '../../helpers/estate'
import { activeRenovation, clerkApi, count, env, MANAGER, ROOM, settings, sqlite } from './permits-fixture'

/**
 * The issue's "done when", through the real procedures only: a renovation with two workers from
 * its permit to completion — passes, a violation with a deduction, every paper recalled, the
 * inspection, and the deposit refunded net of the deduction with a manager's approval.
 */

const roomStatus = () =>
  (sqlite().prepare('SELECT status FROM rooms WHERE id = ?').get(ROOM) as { status: string }).status

describe('a renovation from its permit to the refund', () => {
  it('two workers, a violation, recall, inspection and the deposit less the deduction', async () => {
    const active = await activeRenovation()
    const renovationId = active.id
    expect(roomStatus()).toBe('renovating')
    const worker = (name: string, first17: string) =>
      clerkApi.renovations.addWorker({
        renovationId,
        name,
        idType: 'resident',
        idNumber: residentId(first17),
        phone: '13812345678',
        trade: '水电工'
      })
    await worker('李木工', '35010219880315123')
    const two = await worker('王电工', '35010219900101456')
    for (const w of two.workers) await clerkApi.renovations.issuePass({ workerId: w.id })
    const working = await clerkApi.renovations.get({ renovationId })
    const passes = working.workers.map((w) => w.passes[0]!)
    expect(passes.map((p) => p.validTo)).toEqual([active.permitValidTo, active.permitValidTo])
    expect(working.passesOut).toBe(2)

    await clerkApi.renovations.violation({
      renovationId,
      foundAt: env.clock.now().toISOString(),
      foundBy: '安护部',
      what: '楼道堆放垃圾',
      deduction: '300',
      deductionReason: '清理费用'
    })
    const items = settings.inspectionItems.map((item) => ({ item, ok: true, note: '' }))
    const inspection = { renovationId, items, inspector: '工程部 周工', remarks: '' }
    const out = await clerkApi.attempt.renovations.inspect(inspection)
    expect(out).toMatchObject({ ok: false, error: { code: 'PAPERS_OUT' } })
    expect(out.ok ? '' : out.error.message).toContain(passes[1]!.number)

    await clerkApi.renovations.paperEvent({ paperId: passes[0]!.id, event: 'returned' })
    await clerkApi.renovations.paperEvent({ paperId: passes[1]!.id, event: 'lost', note: '工人称遗失' })
    for (const permit of working.permits)
      await clerkApi.renovations.paperEvent({ paperId: permit.id, event: 'returned' })
    const inspected = await clerkApi.renovations.inspect(inspection)
    expect(inspected.status).toBe('inspected')
    expect(inspected.inspection).toMatchObject({ by: '工程部 周工' })
    expect(roomStatus()).toBe('occupied')

    const refused = await clerkApi.attempt.renovations.refund({ renovationId, method: 'transfer' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'APPROVAL_REQUIRED' } })
    const closed = await clerkApi.renovations.refund({ renovationId, method: 'transfer' }, { approval: MANAGER })
    expect(closed.status).toBe('closed')
    expect(closed.refund).toMatchObject({ amountFen: 170000 })
    const receipt = await clerkApi.fees.receipt({ receiptId: closed.refund!.receiptId })
    expect(receipt.totalFen).toBe(-170000)
    expect(closed.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['workerAdded', 'passIssued', 'violation', 'paperEvent', 'inspected', 'refunded'])
    )
    expect(
      count(`SELECT id FROM audit_log WHERE room_id = ? AND summary_key LIKE 'audit.renovation%'`, ROOM)
    ).toBeGreaterThan(8)
  })

  it('after an extension a pass runs to the new end, and both permit editions must come back', async () => {
    const active = await activeRenovation()
    const renovationId = active.id
    const added = await clerkApi.renovations.addWorker({
      renovationId,
      name: '李木工',
      idType: 'resident',
      idNumber: residentId('35010219880315123'),
      phone: '13812345678',
      trade: '木工'
    })
    const extended = await clerkApi.renovations.extend({ renovationId, endsOn: '2027-01-10', reason: '工期延误' })
    const withPass = await clerkApi.renovations.issuePass({ workerId: added.workers[0]!.id })
    const pass = withPass.workers[0]!.passes[0]!
    expect(pass.validTo).toBe('2027-01-10')
    const beyond = await clerkApi.attempt.renovations.issuePass({
      workerId: added.workers[0]!.id,
      validTo: '2027-01-11'
    })
    expect(beyond.ok).toBe(false)

    await clerkApi.renovations.paperEvent({ paperId: pass.id, event: 'returned' })
    const [newest, first] = extended.permits
    await clerkApi.renovations.paperEvent({ paperId: newest!.id, event: 'returned' })
    const items = settings.inspectionItems.map((item) => ({ item, ok: true, note: '' }))
    const inspection = { renovationId, items, inspector: '工程部 周工', remarks: '' }
    const out = await clerkApi.attempt.renovations.inspect(inspection)
    expect(out.ok ? '' : out.error.message).toBe(`以下证件尚未收回：${first!.number}（第 1 版）`)
    await clerkApi.renovations.paperEvent({ paperId: first!.id, event: 'returned' })
    expect((await clerkApi.renovations.inspect(inspection)).status).toBe('inspected')
  })
})
