// The demo's counter is in China: its service hours and "today" are local (UTC+8).
process.env.TZ = 'Asia/Shanghai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../../shared/kernel/errors'
import { PAPER_PREFIX, type PaperKind } from '../../../shared/permits/paper-code'
import { RENOVATION_STATUSES, type RenovationView } from '../../../shared/permits/api'
import type { Core } from '../../../electron/main/core/core'
import { generateDemo } from '../../../electron/main/tools/demo/generate'
import { DEMO_PASSWORD } from '../../../electron/main/services/foundation/demo'
import { expectOk, startTestCore, tempDir, testClock, testPasswords } from '../../helpers/core'
import { clientOf, type TestClient } from '../../helpers/client'

/**
 * The demo's renovations, passes and release slips, read back through the procedures the screens
 * and the gate call: a small estate built at a fixed clock, opened by a core on the same clock.
 */
const NOW = '2026-11-22T10:00'
const dir = tempDir('frontdesk-permits-demo-')
let client: TestClient
let core: Core
let views: RenovationView[]

beforeAll(async () => {
  const now = new Date(NOW)
  await generateDemo({ dataDir: dir.dir, now, rooms: 400, passwords: testPasswords })
  ;({ core } = await startTestCore(dir.dir, testClock(now.toISOString())))
  const signIn = (await core.call('staff.signIn', { username: 'clerk1', password: DEMO_PASSWORD })) as ApiResult<{
    token: string
  }>
  client = clientOf(core, expectOk(signIn).token)
  const list = await client.renovations.list({ limit: 500 })
  views = await Promise.all(list.map((r) => client.renovations.get({ renovationId: r.id })))
}, 240_000)
afterAll(async () => {
  await core?.close()
  dir.cleanup()
})

const passesOf = (v: RenovationView) => v.workers.flatMap((w) => w.passes)

describe('the demo’s renovations', () => {
  it('has a renovation in every state, about one a week, the settings naming the fee items', async () => {
    expect(new Set(views.map((v) => v.status))).toEqual(new Set(RENOVATION_STATUSES))
    expect(views.length).toBeGreaterThan(30)
    const settings = await client.renovations.settings({})
    expect(settings.garbageItemId).not.toBeNull()
    expect(settings.depositItemId).not.toBeNull()
    // A handful of contractors, each seen again and again.
    const contractors = await client.contractors.list({})
    expect(contractors.length).toBeLessThanOrEqual(6)
    expect(contractors.every((c) => c.renovations >= 2)).toBe(true)
  })

  it('charges and receipts the fees, and refunds the deposit less the deductions when closed', () => {
    const closed = views.filter((v) => v.status === 'closed')
    expect(closed.length).toBeGreaterThan(10)
    for (const v of closed) {
      expect(v.fees.garbage?.receiptCode).toBeTruthy()
      expect(v.fees.deposit?.receiptCode).toBeTruthy()
      expect(v.refund?.amountFen).toBe(v.fees.deposit!.amountFen - v.deductionsFen)
    }
    expect(closed.some((v) => v.deductionsFen > 0)).toBe(true)
    expect(views.some((v) => v.status === 'inspected' && v.events.some((e) => e.kind === 'inspectionFailed'))).toBe(
      true
    )
    expect(views.some((v) => v.works.some((w) => w.needsApproval) && v.approvalDocNo !== '')).toBe(true)
  })

  it('has an active renovation with an expired pass, a revoked pass and violations, one rectified', () => {
    const active = views.filter((v) => v.status === 'active')
    const showcase = active.find(
      (v) => passesOf(v).some((p) => p.standing === 'expired') && passesOf(v).some((p) => p.standing === 'revoked')
    )
    expect(showcase).toBeDefined()
    expect(showcase!.violations.some((x) => x.rectifiedAt !== null && x.deductionFen > 0)).toBe(true)
    expect(showcase!.violations.some((x) => x.rectifiedAt === null)).toBe(true)
    for (const w of showcase!.workers) expect(w.idNumber).toMatch(/\*/)
  })

  it('lists a permit expiring within three days and every passes-out count the renovations show', async () => {
    const attention = await client.gate.attention({})
    expect(attention.expiring.some((e) => e.paper.kind === 'permit' && e.paper.validTo <= '2026-11-25')).toBe(true)
    expect(attention.active.length).toBeGreaterThanOrEqual(4)
    const out = views.filter((v) => ['revoked', 'cancelled', 'inspected'].includes(v.status))
    const counted = out.reduce((n, v) => n + v.passesOut, 0)
    expect(attention.passesOut.length).toBe(counted)
    expect(attention.releasesToday.length).toBeGreaterThanOrEqual(2)
  })
})

describe('the demo’s papers at the gate', () => {
  it('numbers every renovation and paper without gaps, per kind and year', () => {
    const sqlite = core.store.sqlite
    const renovations = sqlite
      .prepare('SELECT number, year, sequence FROM renovations ORDER BY year, sequence')
      .all() as {
      number: string
      year: number
      sequence: number
    }[]
    const papers = sqlite
      .prepare('SELECT kind, number, year, sequence FROM papers WHERE edition = 1 ORDER BY kind, year, sequence')
      .all() as { kind: PaperKind; number: string; year: number; sequence: number }[]
    const rows = [
      ...renovations.map((r) => ({ ...r, prefix: 'ZS' })),
      ...papers.map((p) => ({ ...p, prefix: PAPER_PREFIX[p.kind] }))
    ]
    const next = new Map<string, number>()
    for (const row of rows) {
      const series = `${row.prefix}${row.year}`
      const expected = (next.get(series) ?? 0) + 1
      expect(row.sequence).toBe(expected)
      expect(row.number).toBe(`${series}-${String(expected).padStart(6, '0')}`)
      next.set(series, expected)
    }
    expect(new Set([...next.keys()].map((s) => s.slice(0, 2)))).toEqual(new Set(['CR', 'FX', 'ZS', 'ZX']))
  })

  it('reads VALID for a running permit, EXPIRED and REVOKED for the showcase passes, ALREADY USED for a used slip', async () => {
    const permit = views.find((v) => v.status === 'active')!.permits[0]!
    expect((await client.gate.check({ text: permit.payload })).verdict).toBe('valid')
    expect((await client.gate.check({ text: `${permit.number} ${permit.checkCode}` })).verdict).toBe('valid')
    const passes = views.flatMap(passesOf)
    const expired = passes.find((p) => p.standing === 'expired')!
    expect((await client.gate.check({ text: expired.payload })).verdict).toBe('expired')
    const revoked = passes.find((p) => p.standing === 'revoked')!
    expect((await client.gate.check({ text: revoked.payload })).verdict).toBe('revoked')
    const slips = await client.releases.list({ limit: 500 })
    const used = slips.find((s) => s.usedAt !== null)!
    expect(used.paper.standing).toBe('used')
    expect((await client.gate.check({ text: used.paper.payload })).verdict).toBe('used')
    const today = await client.releases.list({ date: '2026-11-22' })
    expect(today.some((s) => s.usedAt !== null)).toBe(true)
    expect(today.some((s) => s.usedAt === null && s.paper.standing === 'valid')).toBe(true)
    // A shop's representative too, where the estate has shops owned by a company (a small one has none).
    const companyShops = core.store.sqlite
      .prepare(
        `SELECT count(*) AS n FROM rooms r JOIN room_persons rp ON rp.room_id = r.id AND rp.relation = 'owner'
         JOIN persons p ON p.id = rp.person_id WHERE r.type = 'shop' AND p.kind = 'company'`
      )
      .get() as { n: number }
    const kinds = ['owner', 'tenant', ...(companyShops.n > 0 ? ['company'] : [])]
    expect(new Set(slips.map((s) => s.applicantKind))).toEqual(new Set(kinds))
  })
})
