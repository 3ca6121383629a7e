import { describe, expect, it } from 'vitest'
import type { ApiResult } from '../../shared/kernel/errors'
import { eachTest } from '../helpers/each-test'
import { paidMonth, setUpCounter, type FeesEnv } from '../helpers/fees'

/**
 * A clerk who wants another cashier's receipt voided without the supervisor, guessing the
 * supervisor's password in the approval dialog. tests/integration/foundation/approval-lockout.test.ts
 * holds the counting rules on staff.unlockAccount; this is the same attack on money: the receipt
 * must stay valid through every guess, the supervisor be locked for the right password too, every
 * guess audited with who guessed, and the void work once the lock has run out.
 */
let env: FeesEnv
let receipt: { id: number; code: string }
let guesser: string
eachTest(
  (dir) => setUpCounter(dir),
  async (world) => {
    env = world
    receipt = await paidMonth(env)
    await env.addStaff('super1', 'supervisor')
    const clerk = await env.addStaff('clerk2', 'clerk')
    guesser = await env.signIn(clerk.username, clerk.password)
  }
)

const voidWith = (password: string) =>
  env.mutate('fees.void', { receiptId: receipt.id, reason: '收错' }, guesser, {
    approval: { username: 'super1', password }
  }) as Promise<ApiResult<unknown>>
const voids = () => (env.core.store.sqlite.prepare('SELECT count(*) AS n FROM receipt_voids').get() as { n: number }).n
const guessesAudited = () =>
  env.core.store.sqlite
    .prepare(
      `SELECT s.username, a.procedure FROM audit_log a JOIN staff s ON s.id = a.staff_id
       WHERE a.summary_key = 'audit.approvalRejected' ORDER BY a.id`
    )
    .all()

describe('guessing an approver’s password to void a receipt', () => {
  it('five wrong guesses lock the supervisor: the 6th and even the right password are refused, the receipt stays valid', async () => {
    expect(
      await env
        .mutate('fees.void', { receiptId: receipt.id, reason: '收错' }, guesser)
        .then((a) => !a.ok && a.error.code)
    ).toBe('APPROVAL_REQUIRED')
    const codes: string[] = []
    for (const guess of ['123456', 'pass123', 'super1', 'password', 'qwerty12', 'admin123'])
      codes.push(((await voidWith(guess)) as { error: { code: string } }).error.code)
    expect(codes).toEqual([
      'APPROVAL_REJECTED',
      'APPROVAL_REJECTED',
      'APPROVAL_REJECTED',
      'APPROVAL_REJECTED',
      'APPROVER_LOCKED',
      'APPROVER_LOCKED'
    ])
    const rightButLocked = await voidWith('pass1234')
    expect(rightButLocked).toMatchObject({ ok: false, error: { code: 'APPROVER_LOCKED' } })
    expect(voids()).toBe(0)
    expect((await env.cashierApi.fees.receipt({ receiptId: receipt.id })).status).toBe('valid')

    const audited = guessesAudited()
    expect(audited).toHaveLength(7)
    expect(new Set(audited.map((r) => JSON.stringify(r)))).toEqual(
      new Set([JSON.stringify({ username: 'clerk2', procedure: 'fees.void' })])
    )
    // The supervisor's own sign-in shares the lock: the guesser has not gained a way in there either.
    const signIn = await env.core.call('staff.signIn', { username: 'super1', password: 'pass1234' })
    expect(signIn).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } })

    env.clock.advanceMinutes(16)
    // The clerk's own screen has locked meanwhile (idle): signed in again, the approval now works.
    guesser = await env.signIn('clerk2', 'pass1234')
    expect(await voidWith('pass1234')).toMatchObject({ ok: true })
    expect(voids()).toBe(1)
  })

  it('spreading the guesses over the supervisors of the office locks each of them after its own five', async () => {
    await env.addStaff('super2', 'supervisor')
    const answers: string[] = []
    for (let round = 0; round < 5; round++)
      for (const username of ['super1', 'super2']) {
        const answer = (await env.mutate('fees.void', { receiptId: receipt.id, reason: '收错' }, guesser, {
          approval: { username, password: `guess${round}` }
        })) as { error: { code: string } }
        answers.push(`${username}:${answer.error.code}`)
      }
    expect(answers.slice(-2)).toEqual(['super1:APPROVER_LOCKED', 'super2:APPROVER_LOCKED'])
    expect(answers.filter((a) => a.endsWith('APPROVAL_REJECTED'))).toHaveLength(8)
    expect(voids()).toBe(0)
  })
})
