import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadOrCreateCertificate } from '../../../electron/main/office/certificate'
import type { ApiResult } from '../../../shared/kernel/errors'
import { setUpOffice, until, type Office } from '../../helpers/office'

let office: Office
beforeEach(async () => {
  office = await setUpOffice()
})
afterEach(() => office.cleanup())

const payInput = (office: Office) => ({
  roomId: office.rooms.r3_2_1502,
  receivableIds: [office.bill.id],
  payerName: '张三',
  payments: [{ method: 'cash', amount: '222.65' }],
  expectedTotal: '222.65'
})

const receiptsOfBill = (office: Office) =>
  office.core.store.sqlite
    .prepare(`SELECT count(*) AS n FROM receipt_lines WHERE receivable_id = ?`)
    .get(office.bill.id) as { n: number }

describe('counters working live on one office server', () => {
  it('tells the other counters what changed within a second, not the counter that made the change', async () => {
    const one = await office.pairCounter('一号前台')
    const two = await office.pairCounter('二号前台')
    const token = await one.signIn('cashier1', 'pass1234')
    const before = two.events.length
    const paidAt = performance.now()
    const paid = await one.desk.call('fees.pay', payInput(office), { session: token, requestId: 'live-pay-0001' })
    expect(paid.ok).toBe(true)
    await until(() => two.events.slice(before).some((e) => e.type === 'changed' && e.procedure === 'fees.pay'), 1_000)
    expect(performance.now() - paidAt).toBeLessThan(1_000)
    expect(one.events.filter((e) => e.type === 'changed' && e.procedure === 'fees.pay')).toEqual([])
  })

  it('both counters paying the same month at once: one receipt, the other a clear refusal', async () => {
    const one = await office.pairCounter('一号前台')
    const two = await office.pairCounter('二号前台')
    const [a, b] = [await one.signIn('cashier1', 'pass1234'), await two.signIn('cashier1', 'pass1234')]
    const answers = await Promise.all([
      one.desk.call('fees.pay', payInput(office), { session: a, requestId: 'race-one-0001' }),
      two.desk.call('fees.pay', payInput(office), { session: b, requestId: 'race-two-0001' })
    ])
    expect(answers.filter((r) => r.ok)).toHaveLength(1)
    const refused = answers.find((r) => !r.ok) as Extract<ApiResult<unknown>, { ok: false }>
    expect(refused.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(receiptsOfBill(office).n).toBe(1)
  })

  it('refuses writes at once while the server is away, keeps reading nothing stale, and reconnects by itself', async () => {
    const two = await office.pairCounter('二号前台')
    const token = await two.signIn('cashier1', 'pass1234')
    await office.stopServer()
    await until(() => !two.desk.status().online, 2_000, 'the outage noticed')
    expect(two.events.some((e) => e.type === 'link' && !e.online)).toBe(true)
    const started = performance.now()
    const write = await two.desk.call('fees.pay', payInput(office), { session: token, requestId: 'outage-0001' })
    expect(write).toMatchObject({ ok: false, error: { code: 'OFFICE_UNREACHABLE', details: { unreachable: true } } })
    expect(write.ok ? '' : write.error.message).toMatch(/纸质收据/)
    expect(performance.now() - started).toBeLessThan(200)
    const read = await two.desk.call('fees.account', { roomId: office.rooms.r3_2_1502 }, { session: token })
    expect(read).toMatchObject({ ok: false, error: { code: 'OFFICE_UNREACHABLE' } })

    await office.reopenServer()
    await until(() => two.desk.status().online, 5_000, 'reconnected')
    // The server kept the session: the clerk goes on without signing in again.
    const paid = await two.desk.call('fees.pay', payInput(office), { session: token, requestId: 'outage-0002' })
    expect(paid.ok).toBe(true)
  })

  it('a payment whose answer was lost as the server died is retried with its request id and acts once', async () => {
    const two = await office.pairCounter('二号前台')
    const token = await two.signIn('cashier1', 'pass1234')
    // The server dies right after committing the payment, before its answer leaves.
    let restarted: Promise<void> | undefined
    const stop = office.core.onChange((change) => {
      if (change.procedure === 'fees.pay') {
        stop()
        restarted = office
          .stopServer()
          .then(() => new Promise((resolve) => setTimeout(resolve, 500)))
          .then(() => office.reopenServer())
      }
    })
    const paid = await two.desk.call('fees.pay', payInput(office), { session: token, requestId: 'lost-answer-0001' })
    // The restart ends with the administrator's sign-in: done before the test's cleanup closes the core.
    await restarted
    expect(paid).toMatchObject({ ok: true, data: { code: expect.stringMatching(/^SJ2-2026/) } })
    expect(receiptsOfBill(office).n).toBe(1)
    const receipts = office.core.store.sqlite.prepare(`SELECT code FROM receipts`).all() as { code: string }[]
    expect(receipts.map((r) => r.code)).toEqual([(paid as { data: { code: string } }).data.code])
  })

  it('refuses a different server at the same address (the pinned certificate)', async () => {
    const two = await office.pairCounter('二号前台')
    const token = await two.signIn('cashier1', 'pass1234')
    await office.stopServer()
    const impostor = await loadOrCreateCertificate(mkdtempSync(join(tmpdir(), 'frontdesk-impostor-')))
    await office.reopenServer(impostor)
    const answer = await two.desk.call('staff.me', {}, { session: token })
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'OFFICE_PIN_MISMATCH', message: expect.stringMatching(/证书/) }
    })
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(two.desk.status().online).toBe(false)
    const signedIn = office.core.store.sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE procedure = 'staff.me'`)
      .get() as { n: number }
    expect(signedIn.n).toBe(0)
  })
})
