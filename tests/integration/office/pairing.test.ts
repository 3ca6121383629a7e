import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { request } from 'node:https'
import type { ApiResult } from '../../../shared/kernel/errors'
import type { OfficeStatus } from '../../../shared/office/types'
import { expectOk } from '../../helpers/core'
import { setUpOffice, type Office } from '../../helpers/office'

let office: Office
beforeEach(async () => {
  office = await setUpOffice()
})
afterEach(() => office.cleanup())

/** A request as a device without the pairing would make it (any certificate accepted, no credential or a made-up one). */
function rawCall(address: string, authorization?: string): Promise<{ status: number; body: ApiResult<unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL('/office/call', address),
      {
        method: 'POST',
        rejectUnauthorized: false,
        headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) }
      },
      (res) => {
        let text = ''
        res.on('data', (c: Buffer) => (text += c.toString('utf8')))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as ApiResult<unknown> }))
      }
    )
    req.on('error', reject)
    req.end(JSON.stringify({ procedure: 'system.status', input: {}, meta: {} }))
  })
}

const refusals = (office: Office) =>
  office.core.store.sqlite
    .prepare(`SELECT summary_params AS params FROM audit_log WHERE summary_key = 'audit.officeRefused' ORDER BY id`)
    .all() as { params: string }[]

describe('pairing a counter PC with the office server', () => {
  it('pairs with a one-time code, pins the certificate and works as its own counter', async () => {
    const two = await office.pairCounter('二号前台')
    expect(two.status).toMatchObject({
      mode: 'connected',
      counterName: '二号前台',
      fingerprint: office.certificate.fingerprint
    })
    const status = expectOk((await office.asAdmin('office.status', {})) as ApiResult<OfficeStatus>)
    expect(status.devices.map((d) => [d.counterName, d.revokedAt])).toEqual([['二号前台', null]])

    // The code is used up: another PC cannot pair with it.
    const other = await office.openDesk('another')
    const again = await other.desk.call('link.pair', { address: office.address, code: two.code.code }, {})
    expect(again).toMatchObject({ ok: false, error: { code: 'PAIRING_CODE_INVALID' } })

    // Signing in at counter 2 opens counter 2's shift; its receipts are its own series.
    const token = await two.signIn('cashier1', 'pass1234')
    const me = expectOk(
      (await two.desk.call('staff.me', {}, { session: token })) as ApiResult<{ shift: { counterName: string } }>
    )
    expect(me.shift.counterName).toBe('二号前台')
    const paid = await two.desk.call(
      'fees.pay',
      {
        roomId: office.rooms.r3_2_1502,
        receivableIds: [office.bill.id],
        payerName: '张三',
        payments: [{ method: 'cash', amount: '222.65' }],
        expectedTotal: '222.65'
      },
      { session: token, requestId: 'pay-counter-2-0001' }
    )
    expect(expectOk(paid as ApiResult<{ code: string }>).code).toMatch(/^SJ2-2026\d{6}$/)
    const audit = office.core.store.sqlite
      .prepare(`SELECT counter_id AS counterId FROM audit_log WHERE procedure = 'fees.pay'`)
      .all() as { counterId: number }[]
    expect(audit).toEqual([{ counterId: 2 }])

    // Counter 2's session is not signed in anywhere else (the server's own screen is counter 1).
    const elsewhere = await office.core.call('staff.me', {}, { session: token })
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
  })

  it('refuses and logs an unpaired device, a wrong credential, a wrong code and a revoked counter', async () => {
    const none = await rawCall(office.address)
    expect(none).toMatchObject({ status: 401, body: { ok: false, error: { code: 'DEVICE_UNKNOWN' } } })
    const forged = await rawCall(office.address, 'Device 1.abcdefghijklmnopqrstuvwxyz0123456789')
    expect(forged).toMatchObject({ status: 401, body: { ok: false, error: { code: 'DEVICE_UNKNOWN' } } })

    const lost = await office.openDesk('lost')
    const wrong = await lost.desk.call('link.pair', { address: office.address, code: 'ABCD-EFGH-JK' }, {})
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'PAIRING_CODE_INVALID', message: expect.stringMatching(/配对码/) }
    })

    const gate = await office.pairCounter('门岗')
    const token = await gate.signIn('cashier1', 'pass1234')
    const deviceId = expectOk((await office.asAdmin('office.status', {})) as ApiResult<OfficeStatus>).devices[0]!.id
    expectOk(await office.asAdmin('office.revoke', { deviceId, reason: '电脑报废' }))
    const refused = await gate.desk.call('staff.me', {}, { session: token })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_REVOKED', message: expect.stringMatching(/停用/) }
    })
    expect(refusals(office).map((r) => JSON.parse(r.params).reason)).toEqual([
      'office.refused.unknown',
      'office.refused.unknown',
      'office.refused.code',
      'office.refused.revoked'
    ])
    // Its feed is refused too: the counter shows the server as away.
    await expect.poll(() => gate.desk.status().online, { timeout: 5_000 }).toBe(false)
  })

  it('voids every open code after five wrong proofs (a code cannot be guessed at)', async () => {
    const code = expectOk(
      (await office.asAdmin('office.createPairingCode', { counterName: '二号前台' })) as ApiResult<{ code: string }>
    )
    const guesser = await office.openDesk('guesser')
    for (let i = 0; i < 5; i++) {
      const guess = await guesser.desk.call('link.pair', { address: office.address, code: `ABCD-EFGH-J${i}` }, {})
      expect(guess).toMatchObject({ ok: false, error: { code: 'PAIRING_CODE_INVALID' } })
    }
    const late = await guesser.desk.call('link.pair', { address: office.address, code: code.code }, {})
    expect(late).toMatchObject({ ok: false, error: { code: 'PAIRING_CODE_INVALID' } })
  })
})

describe('what stays each counter’s own', () => {
  it('keeps each PC’s printers: a profile saved at counter 2 is not the server’s, nor the other way round', async () => {
    const two = await office.pairCounter('二号前台')
    const token = await two.signIn('admin', 'admin1234')
    const profile = {
      name: '二号前台针式',
      template: 'form3',
      layout: 'full',
      deviceName: 'EPSON LQ-630K',
      offsetXmm: 1.5,
      offsetYmm: -0.5,
      usePaperBooks: false,
      default: true
    }
    const saved = await two.desk.call('printing.saveProfile', profile, {
      session: token,
      requestId: 'printer-two-0001'
    })
    expect(saved.ok, JSON.stringify(saved)).toBe(true)
    const atTwo = expectOk(
      (await two.desk.call('printing.profiles', {}, { session: token })) as ApiResult<{ name: string }[]>
    )
    const atServer = expectOk((await office.asAdmin('printing.profiles', {})) as ApiResult<{ name: string }[]>)
    expect(atTwo.map((p) => p.name)).toEqual(['二号前台针式'])
    expect(atServer.map((p) => p.name)).not.toContain('二号前台针式')
  })
})
