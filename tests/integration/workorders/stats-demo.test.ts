// The demo's counter is in China: its service hours and "today" are local (UTC+8).
process.env.TZ = 'Asia/Shanghai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../../shared/kernel/errors'
import { generateDemo } from '../../../electron/main/tools/demo/generate'
import { DEMO_PASSWORD } from '../../../electron/main/services/foundation/demo'
import { expectOk, startTestCore, tempDir, testClock, testPasswords } from '../../helpers/core'
import { clientOf, type TestClient } from '../../helpers/client'

/**
 * The demo's repairs, services and complaints, read back through the statistics and the lists the
 * screens call: a small estate built at a fixed clock, opened by a core on the same clock.
 */
const NOW = '2026-11-22T10:00'
const dir = tempDir('frontdesk-workorders-demo-')
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
}, 180_000)
afterAll(async () => {
  await close?.()
  dir.cleanup()
})

describe('the demo’s work orders', () => {
  it('has orders in every state, paid ones receipted, and services from the published list', async () => {
    const orders = (await client.workOrders.list({ limit: 2000 })).filter((o) => o.source !== 'checkin')
    const states = new Set(orders.map((o) => o.status))
    expect([...states].sort()).toEqual([
      'closed',
      'completed',
      'dispatched',
      'inProgress',
      'pending',
      'rework',
      'visited'
    ])
    expect(orders.length).toBeGreaterThan(200)
    expect(orders.some((o) => o.charged?.receiptCode)).toBe(true)
    expect(orders.some((o) => o.kind === 'service')).toBe(true)
    const items = await client.serviceItems.list({})
    expect(items.map((i) => i.name)).toContain('疏通下水道')
    expect((await client.repairs.settings({})).serviceFeeItemId).not.toBeNull()
  })

  it('lists follow-ups overdue and a major complaint open with its escalation', async () => {
    const due = await client.workOrderStats.due({})
    expect(due.overdue.some((d) => d.step === 'visit')).toBe(true)
    const complaints = await client.complaints.list({ severity: 'major' })
    const open = complaints.filter((c) => c.status !== 'closed' && c.status !== 'visited')
    expect(open.length).toBeGreaterThanOrEqual(1)
    expect(new Set((await client.complaints.list({})).map((c) => c.severity))).toEqual(
      new Set(['major', 'important', 'minor'])
    )
  })

  it('shows the month with its recurring leak and a six-month trend', async () => {
    const nov = await client.workOrderStats.month({ period: '2026-11' })
    expect(nov.repairs.total).toBeGreaterThan(10)
    expect(nov.recurring.some((p) => p.kind === 'room' && p.category === 'leak' && p.count >= 3)).toBe(true)
    expect(nov.trend.every((m) => m.repairs > 0)).toBe(true)
    const oct = await client.workOrderStats.month({ period: '2026-10' })
    expect(oct.repairs.completed).toBeGreaterThan(0)
    expect(oct.services.feeFen).toBeGreaterThan(0)
  })
})
