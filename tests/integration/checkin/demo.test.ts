import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../../shared/kernel/errors'
import { localDate } from '../../../shared/kernel/calendar'
import { generateDemo } from '../../../electron/main/tools/demo/generate'
import { DEMO_PASSWORD } from '../../../electron/main/services/foundation/demo'
import { expectOk, startTestCore, tempDir, testClock, testPasswords } from '../../helpers/core'
import { clientOf, type TestClient } from '../../helpers/client'

/**
 * The demo's move-in check-ins, read back through the procedures a clerk's screens call: a small
 * estate built at a fixed clock (a Thursday afternoon), opened by a core on the same clock.
 */
const NOW = '2026-12-03T15:00'
const dir = tempDir('frontdesk-checkin-demo-')
let client: TestClient
let close: () => Promise<void> | void

beforeAll(async () => {
  const now = new Date(NOW)
  await generateDemo({ dataDir: dir.dir, now, rooms: 400, passwords: testPasswords })
  const { core } = await startTestCore(dir.dir, testClock(now.toISOString()))
  const signIn = (await core.call('staff.signIn', { username: 'clerk1', password: DEMO_PASSWORD })) as ApiResult<{
    token: string
  }>
  client = clientOf(core, expectOk(signIn).token)
  close = () => core.close()
}, 120_000)
afterAll(async () => {
  await close?.()
  dir.cleanup()
})

describe('the demo’s check-ins', () => {
  it('finished check-ins over the year, by owners, agents and a company, with rooms left to hand over', async () => {
    const done = await client.checkin.list({ status: 'done' })
    expect(done.length).toBeGreaterThanOrEqual(15)
    expect(new Set(done.map((c) => c.case))).toEqual(new Set(['owner', 'agent', 'company']))
    const months = new Set(done.map((c) => c.finishedAt!.slice(0, 7)))
    expect(months.size).toBeGreaterThanOrEqual(8)
    expect(done.every((c) => c.completedSteps.length === 8 && c.outcome !== null)).toBe(true)
    const candidates = await client.checkin.candidates({})
    expect(candidates.filter((c) => c.status === 'undelivered').length).toBeGreaterThanOrEqual(done.length / 2)
  })

  it('one check-in paused at the meters yesterday, one cancelled', async () => {
    const open = await client.checkin.open({})
    expect(open).toHaveLength(1)
    expect(open[0]!.currentStep).toBe('meters')
    expect(localDate(open[0]!.startedAt)).toBe('2026-12-02')
    const view = await client.checkin.get({ checkinId: open[0]!.id })
    expect(view.steps.meters?.readings).toHaveLength(1)
    const cancelled = await client.checkin.list({ status: 'cancelled' })
    expect(cancelled).toHaveLength(1)
    expect(cancelled[0]!.cancelReason).toContain('委托书')
  })

  it('prepaid the property fee at each finished check-in', async () => {
    const done = await client.checkin.list({ status: 'done' })
    for (const summary of done.slice(0, 5)) {
      const view = await client.checkin.get({ checkinId: summary.id })
      expect(view.steps.fees?.receiptIds).toHaveLength(1)
      expect(view.receipts[0]!.status).toBe('valid')
    }
  })

  it('made work orders of the defects: some still pending, some repaired, some accepted by the owner', async () => {
    const orders = await client.workOrders.list({ source: 'checkin' })
    const statuses = new Set(orders.map((o) => o.status))
    expect(statuses).toEqual(new Set(['pending', 'completed', 'closed']))
    const closed = orders.find((o) => o.status === 'closed')!
    const events = (await client.workOrders.get({ workOrderId: closed.id })).events.map((e) => e.kind)
    expect(events).toEqual(['created', 'completed', 'reinspectionBooked', 'accepted'])
  })

  it('shows three trusteeships: one over the electricity limit, one due its weekly patrol', async () => {
    const running = await client.trusteeship.list({})
    // Only check-ins start trusteeships: the estate's own 托管 rooms came with the seed, without records.
    expect(running).toHaveLength(3)
    const attention = await client.trusteeship.attention({})
    const over = attention.filter((t) => t.overLimit.length > 0)
    expect(over).toHaveLength(1)
    expect(over[0]!.overLimit[0]!.kind).toBe('electricity')
    expect(over[0]!.overLimit[0]!.usedCenti).toBeGreaterThan(3500)
    expect(attention.filter((t) => t.patrolDue)).toHaveLength(1)
    for (const t of running) {
      const view = await client.trusteeship.get({ trusteeshipId: t.id })
      expect(view.patrols.filter((p) => p.kind === 'weekly').length).toBeGreaterThanOrEqual(4)
      expect(view.readings.some((r) => r.phase === 'check')).toBe(true)
    }
  })
})
