// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { as, at, auditRows, clerk, entry, env, iso, log, newShiftAt, sqlite } from './ledger-fixture'

const entryCount = () => (sqlite().prepare('SELECT count(*) AS n FROM ledger_entries').get() as { n: number }).n

describe('ledger numbers', () => {
  it('run gapless through the local year, TZ{year}-{six digits}; a refused entry takes none', async () => {
    await log()
    expect((await clerk.attempt.ledger.create(entry({ callerPhone: '12345' }))).ok).toBe(false)
    await log({ roomId: undefined })
    expect((await clerk.ledger.list()).map((e) => e.number).sort()).toEqual(['TZ2026-000001', 'TZ2026-000002'])
    await at('2027-01-01T00:10')
    expect((await log()).number).toBe('TZ2027-000001')
  })
})

describe('logging a call', () => {
  it('keeps every fact, the moment now, the shift and its kind, the room code, a created event and an audit row', async () => {
    const e = await log({ department: '维修部' })
    expect(e).toMatchObject({
      at: iso('2026-11-23T09:00'),
      channel: 'phone',
      callerName: '张先生',
      callerPhone: '13912345678',
      roomId: env.rooms.r3_2_1502,
      roomCode: '3-2-1502',
      category: 'consult',
      department: '维修部',
      status: 'open',
      promisedAt: null,
      urgency: 'none',
      shiftKind: 'day',
      staffName: 'clerk1',
      converted: null
    })
    expect(e.events.map((v) => v.kind)).toEqual(['created'])
    const shift = sqlite().prepare('SELECT id FROM shifts WHERE closed_at IS NULL').get() as { id: number }
    const row = sqlite().prepare('SELECT shift_id AS shiftId FROM ledger_entries WHERE id = ?').get(e.id)
    expect(row).toEqual({ shiftId: shift.id })
    const [audit] = auditRows('audit.ledgerCreated')
    expect(audit).toMatchObject({ roomId: env.rooms.r3_2_1502, entityId: String(e.id) })
    expect(JSON.parse(audit!.params)).toEqual({
      number: e.number,
      channel: 'ledger.channel.phone',
      category: 'ledger.category.consult'
    })
  })

  it('takes an earlier moment, never a later one, and refuses a bad phone or department saving nothing', async () => {
    expect((await log({ at: '2026-11-23T08:15' })).at).toBe(iso('2026-11-23T08:15'))
    for (const bad of [
      { at: '2026-11-23T09:01' },
      { at: '2026-02-30T10:00' },
      { callerPhone: '1391234' },
      { department: '外星部' }
    ]) {
      const result = await clerk.attempt.ledger.create(entry(bad))
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION')
        expect(Object.keys((result.error.details as { fields: object }).fields)).toEqual([Object.keys(bad)[0]])
      }
    }
    expect(entryCount()).toBe(1)
  })

  it('needs no room and no caller; an entry without a room is audited on no household', async () => {
    const e = await log({ roomId: undefined, callerName: '', callerPhone: '' })
    expect(e).toMatchObject({ roomId: null, roomCode: null, callerPhone: '' })
    expect(auditRows('audit.ledgerCreated')[0]!.roomId).toBeNull()
  })

  it('masks the caller’s phone for a role that may not call back (the night duty clerk), not for the clerk', async () => {
    const e = await log({ callerPhone: '0591-87654321' })
    expect((await as('night').ledger.get({ id: e.id })).callerPhone).toBe('0591-****4321')
    expect((await as('night').ledger.list())[0]!.callerPhone).toBe('0591-****4321')
    expect((await clerk.ledger.get({ id: e.id })).callerPhone).toBe('0591-87654321')
    expect((await as('lead').ledger.get({ id: e.id })).callerPhone).toBe('0591-87654321')
  })

  it('stamps an entry written on a night shift with kind night', async () => {
    await newShiftAt('2026-11-23T20:00')
    const e = await log({}, 'night')
    expect(e.shiftKind).toBe('night')
  })
})

describe('promises and answers', () => {
  it('a promise without a time is due the settings’ answerHours later; a given time must come after the entry', async () => {
    expect((await log({ promise: true })).promisedAt).toBe(iso('2026-11-24T09:00'))
    const settings = await as('boss').handover.settings()
    await as('boss').handover.saveSettings({ ...settings, answerHours: 2 })
    expect((await log({ promise: true, at: '2026-11-23T08:00' })).promisedAt).toBe(iso('2026-11-23T10:00'))
    expect((await log({ promise: true, promisedAt: '2026-11-23T16:30' })).promisedAt).toBe(iso('2026-11-23T16:30'))
    const early = await clerk.attempt.ledger.create(entry({ at: '2026-11-23T08:00', promisedAt: '2026-11-23T07:59' }))
    expect(early.ok || early.error.code).toBe('VALIDATION')
    expect(entryCount()).toBe(3)
  })

  it('an answer on the spot saves the entry answered, with its answer event and audit row', async () => {
    const e = await log({ answer: '月卡在物业前台办理，带行驶证' })
    expect(e).toMatchObject({ status: 'answered', answer: '月卡在物业前台办理，带行驶证', answeredBy: 'clerk1' })
    expect(e.answeredAt).toBe(iso('2026-11-23T09:00'))
    expect(e.events.map((v) => v.kind)).toEqual(['created', 'answered'])
    expect(auditRows('audit.ledgerAnswered')).toHaveLength(1)
  })

  it('answers, closes and notes only where the entry stands, worded with the status', async () => {
    const e = await log({ promise: true })
    await at('2026-11-23T11:00')
    const answered = await as('night').ledger.answer({ id: e.id, answer: '已联系维修部，明日上门' })
    expect(answered).toMatchObject({ status: 'answered', answeredBy: 'night1', answeredOnTime: true, urgency: 'none' })
    const again = await clerk.attempt.ledger.answer({ id: e.id, answer: '再答' })
    expect(again.ok || [again.error.code, again.error.message]).toEqual([
      'LEDGER_STATE',
      `台帐 ${e.number} 当前为“已答复”，不能办理此项`
    ])
    expect((await clerk.attempt.ledger.close({ id: e.id, reason: '撤回' })).ok).toBe(false)
    expect((await clerk.ledger.note({ id: e.id, note: '业主表示满意' })).events.map((v) => v.kind)).toEqual([
      'created',
      'answered',
      'noted'
    ])
    const other = await log()
    const closed = await clerk.ledger.close({ id: other.id, reason: '打错电话' })
    expect(closed.status).toBe('closed')
    expect(closed.events.at(-1)).toMatchObject({ kind: 'closed', note: '打错电话' })
    const noted = await clerk.attempt.ledger.note({ id: other.id, note: '补记' })
    expect(noted.ok || noted.error.code).toBe('LEDGER_STATE')
    expect(auditRows('audit.ledgerClosed').map((a) => JSON.parse(a.params))).toEqual([
      { number: other.number, reason: '打错电话' }
    ])
    expect(auditRows('audit.ledgerNoted')).toHaveLength(1)
    expect(auditRows('audit.ledgerNoted')[0]!.roomId).toBe(env.rooms.r3_2_1502)
  })

  it('an unknown entry is NOT_FOUND', async () => {
    const result = await clerk.attempt.ledger.get({ id: 999 })
    expect(result.ok || result.error.code).toBe('NOT_FOUND')
  })
})
