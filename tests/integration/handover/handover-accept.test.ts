import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeEach, describe, expect, it } from 'vitest'
import { ADMIN } from '../../helpers/core'
import {
  acceptInput,
  as,
  countedAsExpected,
  env,
  moneyOf,
  payMonth,
  piecesOf,
  rows,
  setToken,
  setUpHandover
} from './handover-fixture'

beforeEach(async () => {
  await setUpHandover()
})

describe('handover.accept', () => {
  it('hands the shift over: numbered record, sheet as counted, the incoming session, a verified backup', async () => {
    const cashier = as('cashier1')
    await payMonth('cashier1', 'cash', 2)
    await payMonth('cashier1', 'wechat')
    env.clock.advanceMinutes(5)
    const summary = await cashier.handover.summary({})
    expect(summary.shift.holderName).toBe('cashier1')
    expect(summary.shiftIds).toHaveLength(2) // the setup's shift, never handed over, and the cashier's
    expect(moneyOf(summary).receipts.count).toBe(2)
    expect(summary.cashExpectedFen).toBe(44530)

    const short = summary.cashExpectedFen - 1000
    const refusedReason = await cashier.attempt.handover.accept({
      ...acceptInput(summary, 'clerk2'),
      cashPieces: piecesOf(short)
    })
    expect(refusedReason.ok || refusedReason.error.code).toBe('CASH_REASON_REQUIRED')
    const refusedAck = await cashier.attempt.handover.accept({
      ...acceptInput(summary, 'clerk2'),
      cashPieces: piecesOf(short),
      cashReason: '找零多给10元'
    })
    expect(refusedAck.ok || refusedAck.error.code).toBe('DIFFERENCES_NOT_ACKNOWLEDGED')

    const result = await cashier.handover.accept({
      ...acceptInput(summary, 'clerk2'),
      cashPieces: piecesOf(short),
      cashReason: '找零多给10元',
      differencesAcknowledged: true,
      notes: '3-2-1502 业主明早来取发票',
      notesImportant: true
    })
    const { handover, session } = result
    expect(handover.number).toBe(`JB1-${env.clock.now().getFullYear()}-000001`)
    expect(handover.outgoingName).toBe('cashier1')
    expect(handover.incomingName).toBe('clerk2')
    expect(handover.cashDifferenceFen).toBe(-1000)
    expect(handover.sheet.cash).toMatchObject({ countedFen: short, expectedFen: 44530, reason: '找零多给10元' })
    expect(handover.sheet.sections.map((s) => s.id)).toContain('money')
    expect(handover.backupOk).toBe(true)

    // The incoming person is signed in on a new shift; the outgoing session is gone.
    expect(session!.me.username).toBe('clerk2')
    expect(session!.me.shift.id).not.toBe(summary.shift.id)
    setToken('clerk2', session!.token)
    const again = await cashier.attempt.handover.summary({})
    expect(again.ok || again.error.code).toBe('NOT_SIGNED_IN')
    const open = rows<{ id: number; staff_id: number }>('SELECT id, staff_id FROM shifts WHERE closed_at IS NULL')
    expect(open).toEqual([{ id: session!.me.shift.id, staff_id: session!.me.id }])
    expect(rows('SELECT shift_id FROM handover_shifts ORDER BY shift_id')).toEqual(
      summary.shiftIds.map((id) => ({ shift_id: id }))
    )

    // The backup was taken and passes SQLite's integrity check.
    const file = join(env.core.store.backupsDir, handover.sheet.backup.file!)
    expect(existsSync(file)).toBe(true)
    const copy = new Database(file, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()

    // The cashier's receipts now belong to a closed shift: a void needs a supervisor.
    const [receipt] = rows<{ id: number }>('SELECT id FROM receipts ORDER BY id LIMIT 1')
    const voided = await as('clerk2').attempt.fees.void({ receiptId: receipt!.id, reason: '收错' })
    expect(voided.ok || voided.error.code).toBe('APPROVAL_REQUIRED')
  })

  it('counts a wrong password like sign-in and changes nothing', async () => {
    const cashier = as('cashier1')
    const summary = await cashier.handover.summary({})
    const wrong = await cashier.attempt.handover.accept({
      ...acceptInput(summary, 'clerk2'),
      incoming: { username: 'clerk2', password: 'wrong-one' }
    })
    expect(wrong.ok || wrong.error.code).toBe('BAD_CREDENTIALS')
    expect(rows(`SELECT failed_attempts AS n FROM staff WHERE username = 'clerk2'`)).toEqual([{ n: 1 }])
    expect(rows('SELECT id FROM handovers')).toEqual([])
    expect((await cashier.handover.summary({})).shift.id).toBe(summary.shift.id)
  })

  it('refuses the holder as successor, an administrator, and a shift already handed over', async () => {
    const cashier = as('cashier1')
    const summary = await cashier.handover.summary({})
    const self = await cashier.attempt.handover.accept(acceptInput(summary, 'cashier1'))
    expect(self.ok || self.error.code).toBe('HANDOVER_SAME_PERSON')
    const admin = await cashier.attempt.handover.accept({
      ...acceptInput(summary, 'admin'),
      incoming: { username: ADMIN.username, password: ADMIN.password }
    })
    expect(admin.ok || admin.error.code).toBe('HANDOVER_ROLE')
    const done = await cashier.handover.accept(acceptInput(summary, 'clerk2'))
    setToken('clerk2', done.session!.token)
    const stale = await as('clerk2').attempt.handover.accept(acceptInput(summary, 'cashier1'))
    expect(stale.ok || stale.error.code).toBe('SHIFT_ALREADY_HANDED_OVER')
    expect(stale.ok || stale.error.message).toContain(done.handover.number)
  })

  it('a count against an old list and a missing tool without its holder are refused', async () => {
    const cashier = as('cashier1')
    const summary = await cashier.handover.summary({})
    const input = acceptInput(summary, 'clerk2')
    const fewer = await cashier.attempt.handover.accept({ ...input, tools: input.tools.slice(1) })
    expect(fewer.ok || fewer.error.code).toBe('COUNT_MISMATCH')
    const torch = input.tools.map((t, i) => (i === 1 ? { ...t, counted: t.counted - 1 } : t))
    const noHolder = await cashier.attempt.handover.accept({ ...input, tools: torch, differencesAcknowledged: true })
    expect(noHolder.ok || noHolder.error.code).toBe('TOOL_HOLDER_REQUIRED')
    const lent = torch.map((t, i) => (i === 1 ? { ...t, heldBy: '维修部王师傅' } : t))
    const ok = await cashier.handover.accept({ ...input, tools: lent, differencesAcknowledged: true })
    expect(ok.handover.toolDifferences).toBe(1)
    expect(ok.handover.sheet.tools[1]).toMatchObject({
      counted: summary.tools[1]!.expected - 1,
      heldBy: '维修部王师傅'
    })
  })
})

describe('handover.closeAlone', () => {
  it('needs a supervisor; closes the shift with the reason and signs the person out', async () => {
    const cashier = as('cashier1')
    const summary = await cashier.handover.summary({})
    const counted = { ...countedAsExpected(summary), reason: '夜班人员请病假，无人接班' }
    const refused = await cashier.attempt.handover.closeAlone(counted)
    expect(refused.ok || refused.error.code).toBe('APPROVAL_REQUIRED')
    expect(rows('SELECT id FROM handovers')).toEqual([])

    const result = await as('cashier1').handover.closeAlone(counted, {
      approval: { username: 'lead1', password: 'pass1234' }
    })
    expect(result.session).toBeNull()
    expect(result.handover.closedAloneBy).toBe('lead1')
    expect(result.handover.incomingName).toBeNull()
    expect(result.handover.sheet.closedAlone).toEqual({ by: 'lead1', reason: '夜班人员请病假，无人接班' })
    expect(rows('SELECT id FROM shifts WHERE closed_at IS NULL')).toEqual([])
    const after = await cashier.attempt.handover.summary({})
    expect(after.ok || after.error.code).toBe('NOT_SIGNED_IN')
  })
})
