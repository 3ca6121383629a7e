import { describe, expect, it } from 'vitest'
import { DEFAULT_PERMIT_SETTINGS } from '../../../shared/permits/settings'
import { clerkApi, count, env, MANAGER, residentId, runningRenovation, sqlite, workerInput } from './worker-fixture'

const ITEMS = DEFAULT_PERMIT_SETTINGS.inspectionItems
const allOk = ITEMS.map((item) => ({ item, ok: true, note: '' }))
const inspection = (renovationId: number, items = allOk) => ({
  renovationId,
  items,
  inspector: '工程部 周工',
  remarks: ''
})
const roomStatus = (roomId: number) =>
  (sqlite().prepare('SELECT status FROM rooms WHERE id = ?').get(roomId) as { status: string }).status
const statusOf = (renovationId: number) =>
  (sqlite().prepare('SELECT status FROM renovations WHERE id = ?').get(renovationId) as { status: string }).status

/** A running renovation with one worker holding a pass. */
async function withPass() {
  const running = await runningRenovation()
  const added = await clerkApi.renovations.addWorker(workerInput(running.renovationId, residentId('35010219880315123')))
  const view = await clerkApi.renovations.issuePass({ workerId: added.workers[0]!.id })
  return { ...running, pass: view.workers[0]!.passes[0]! }
}

/** Every paper back, the inspection passed. */
async function inspected() {
  const running = await withPass()
  await clerkApi.renovations.paperEvent({ paperId: running.pass.id, event: 'returned' })
  await clerkApi.renovations.paperEvent({ paperId: running.permitId, event: 'returned' })
  await clerkApi.renovations.inspect(inspection(running.renovationId))
  return running
}

describe('renovations.inspect', () => {
  it('takes exactly the checklist: an item missing, twice or unknown is refused', async () => {
    const { renovationId } = await runningRenovation()
    const lists = [allOk.slice(1), [...allOk, allOk[0]!], [...allOk.slice(1), { item: '阳台', ok: true, note: '' }]]
    for (const items of lists) {
      const refused = await clerkApi.attempt.renovations.inspect(inspection(renovationId, items))
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { fields: { items: expect.stringContaining(ITEMS[0]!) } } }
      })
    }
    expect(count('SELECT id FROM renovation_events')).toBe(0)
  })

  it('records a failed item without an error, the renovation still in works', async () => {
    const { renovationId, roomId } = await withPass()
    const items = allOk.map((i, n) => (n === 3 ? { ...i, ok: false, note: '楼道仍有垃圾' } : i))
    const view = await clerkApi.renovations.inspect(inspection(renovationId, items))
    expect(view.status).toBe('active')
    expect(view.events.at(-1)).toMatchObject({ kind: 'inspectionFailed', details: { failed: [ITEMS[3]] } })
    expect(roomStatus(roomId)).toBe('renovating')
  })

  it('needs every paper back: a pass out, even expired, and the permit are listed', async () => {
    const { renovationId, pass, permitNumber, permitId } = await withPass()
    const refused = await clerkApi.attempt.renovations.inspect(inspection(renovationId))
    expect(refused).toMatchObject({ ok: false, error: { code: 'PAPERS_OUT' } })
    expect(refused.ok ? '' : refused.error.message).toBe(`以下证件尚未收回：${permitNumber}、${pass.number}`)
    await clerkApi.renovations.paperEvent({ paperId: permitId, event: 'returned' })

    env.clock.advanceMinutes(40 * 24 * 60)
    const clerk = env.clientFor(await env.signIn('clerk1', 'pass1234'))
    const expired = await clerk.attempt.renovations.inspect(inspection(renovationId))
    expect(expired.ok ? '' : expired.error.message).toBe(`以下证件尚未收回：${pass.number}`)
    expect(statusOf(renovationId)).toBe('active')
    await clerk.renovations.paperEvent({ paperId: pass.id, event: 'lost', note: '工人已离开' })
    expect((await clerk.renovations.inspect(inspection(renovationId))).status).toBe('inspected')
  })

  it('passes with every paper back: the inspection on the row and the room status restored', async () => {
    const { renovationId, roomId } = await inspected()
    const row = sqlite()
      .prepare('SELECT status, inspection, inspected_at FROM renovations WHERE id = ?')
      .get(renovationId) as {
      status: string
      inspection: string
      inspected_at: string
    }
    expect(row.status).toBe('inspected')
    expect(JSON.parse(row.inspection)).toEqual({ items: allOk, inspector: '工程部 周工', remarks: '' })
    expect(row.inspected_at).toBe(env.clock.now().toISOString())
    expect(roomStatus(roomId)).toBe('occupied')
    expect(
      count(`SELECT id FROM audit_log WHERE room_id = ? AND summary_key = 'audit.renovationInspected'`, roomId)
    ).toBe(1)
    const again = await clerkApi.attempt.renovations.inspect(inspection(renovationId))
    expect(again).toMatchObject({ ok: false, error: { code: 'RENOVATION_STATE' } })
  })
})

describe('renovations.refund', () => {
  const refundReceipts = () => count(`SELECT id FROM receipts WHERE kind = 'refund'`)

  it('returns the deposit less the deductions on a refund receipt, with a manager approving', async () => {
    const running = await withPass()
    await clerkApi.renovations.violation({
      renovationId: running.renovationId,
      foundAt: '2026-11-21T10:00:00+08:00',
      foundBy: '安护部',
      what: '楼道堆放垃圾',
      deduction: '300',
      deductionReason: '清理费用'
    })
    await clerkApi.renovations.paperEvent({ paperId: running.pass.id, event: 'returned' })
    await clerkApi.renovations.paperEvent({ paperId: running.permitId, event: 'returned' })
    await clerkApi.renovations.inspect(inspection(running.renovationId))

    const input = { renovationId: running.renovationId, method: 'transfer' as const }
    const unapproved = await clerkApi.attempt.renovations.refund(input)
    expect(unapproved).toMatchObject({ ok: false, error: { code: 'APPROVAL_REQUIRED' } })
    expect(refundReceipts()).toBe(0)
    expect(statusOf(running.renovationId)).toBe('inspected')

    const view = await clerkApi.renovations.refund(input, { approval: MANAGER })
    expect(view.status).toBe('closed')
    const row = sqlite()
      .prepare('SELECT refund_receipt_id AS receiptId, closed_at AS closedAt FROM renovations WHERE id = ?')
      .get(running.renovationId) as { receiptId: number; closedAt: string }
    expect(row.closedAt).toBe(env.clock.now().toISOString())
    const receipt = await clerkApi.fees.receipt({ receiptId: row.receiptId })
    expect(receipt).toMatchObject({ kind: 'refund', totalFen: -170000 })
    expect(receipt.lines.map((l) => [l.itemName, l.amountFen])).toEqual([
      ['退还装修保证金', -200000],
      ['扣除：违规扣款：楼道堆放垃圾', 30000]
    ])
    expect(view.events.at(-1)).toMatchObject({ kind: 'refunded', details: { amountFen: 170000, deductionsFen: 30000 } })
    expect(
      count(`SELECT id FROM audit_log WHERE room_id = ? AND summary_key = 'audit.renovationRefunded'`, running.roomId)
    ).toBe(1)

    const twice = await clerkApi.attempt.renovations.refund(input, { approval: MANAGER })
    expect(twice).toMatchObject({ ok: false, error: { code: 'RENOVATION_STATE' } })
    expect(refundReceipts()).toBe(1)
  })

  it('takes a refund already made at 收费 instead of refunding twice', async () => {
    const { renovationId, depositReceiptId } = await inspected()
    const made = await env.cashierApi.fees.refund(
      { receiptId: depositReceiptId!, deductions: [], method: 'transfer', reason: '业主到收费处办理' },
      { approval: MANAGER }
    )
    const view = await clerkApi.renovations.refund({ renovationId, method: 'transfer' })
    expect(view.status).toBe('closed')
    expect(view.events.at(-1)).toMatchObject({ kind: 'refunded', details: { receiptId: made.id, adopted: true } })
    expect(sqlite().prepare('SELECT refund_receipt_id AS id FROM renovations WHERE id = ?').get(renovationId)).toEqual({
      id: made.id
    })
    expect(refundReceipts()).toBe(1)
  })

  it('refuses before the inspection, and a supervisor cannot approve it', async () => {
    const { renovationId } = await withPass()
    const early = await clerkApi.attempt.renovations.refund({ renovationId, method: 'cash' }, { approval: MANAGER })
    expect(early).toMatchObject({ ok: false, error: { code: 'RENOVATION_STATE' } })
    expect(early.ok ? '' : early.error.message).toContain('退还保证金')
    sqlite().prepare(`UPDATE renovations SET status = 'inspected' WHERE id = ?`).run(renovationId)
    const supervisor = await clerkApi.attempt.renovations.refund(
      { renovationId, method: 'cash' },
      { approval: { username: 'super1', password: 'pass1234' } }
    )
    expect(supervisor.ok).toBe(false)
    expect(refundReceipts()).toBe(0)
  })

  it('closes a renovation that took no deposit without a refund; a cancelled one keeps its status', async () => {
    const none = await runningRenovation({ noDeposit: true })
    await clerkApi.renovations.paperEvent({ paperId: none.permitId, event: 'returned' })
    await clerkApi.renovations.inspect(inspection(none.renovationId))
    const closed = await clerkApi.renovations.refund({ renovationId: none.renovationId, method: 'cash' })
    expect(closed.status).toBe('closed')
    expect(closed.events.at(-1)).toMatchObject({ kind: 'closed' })
    expect(refundReceipts()).toBe(0)

    const cancelled = await runningRenovation({ status: 'cancelled' })
    const view = await clerkApi.renovations.refund(
      { renovationId: cancelled.renovationId, method: 'cash' },
      { approval: MANAGER }
    )
    expect(view.status).toBe('cancelled')
    expect(refundReceipts()).toBe(1)
    const again = await clerkApi.attempt.renovations.refund(
      { renovationId: cancelled.renovationId, method: 'cash' },
      { approval: MANAGER }
    )
    expect(again).toMatchObject({ ok: false, error: { code: 'RENOVATION_STATE' } })
  })
})
