// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { DEFAULT_HANDOVER_SETTINGS } from '../../../shared/handover/settings'
import { as, auditRows, env, moveTo, signIn, staffId, startAt } from './duty-fixture'

const rosterCount = () =>
  (env.core.store.sqlite.prepare('SELECT count(*) AS n FROM duty_roster').get() as { n: number }).n

describe('the roster (值班表)', () => {
  it('a supervisor sets one day’s kind; setting it again replaces the list; each is audited with the names', async () => {
    await startAt('2026-11-23T09:00')
    const lead = await as('lead')
    const set = await lead.duty.setRoster({
      day: '2026-11-23',
      kind: 'day',
      staffIds: [staffId('clerk'), staffId('clerk2')],
      note: '早到'
    })
    expect(set.map((r) => [r.staffName, r.role, r.note])).toEqual([
      ['clerk1', 'clerk', '早到'],
      ['clerk2', 'clerk', '早到']
    ])
    await lead.duty.setRoster({ day: '2026-11-23', kind: 'night', staffIds: [staffId('night')] })
    const replaced = await lead.duty.setRoster({ day: '2026-11-23', kind: 'day', staffIds: [staffId('clerk2')] })
    expect(replaced.map((r) => r.staffName)).toEqual(['clerk2'])
    const week = await lead.duty.roster({ from: '2026-11-23', to: '2026-11-29' })
    expect(week.map((r) => [r.day, r.kind, r.staffName])).toEqual([
      ['2026-11-23', 'day', 'clerk2'],
      ['2026-11-23', 'night', 'night1']
    ])
    await lead.duty.setRoster({ day: '2026-11-23', kind: 'night', staffIds: [] })
    expect(rosterCount()).toBe(1)
    const audits = auditRows('audit.rosterSet')
    expect(audits.map((a) => JSON.parse(a.params))).toEqual([
      { day: '2026-11-23', kind: 'shift.kind.day', names: 'clerk1、clerk2' },
      { day: '2026-11-23', kind: 'shift.kind.night', names: 'night1' },
      { day: '2026-11-23', kind: 'shift.kind.day', names: 'clerk2' },
      { day: '2026-11-23', kind: 'shift.kind.night', names: '—' }
    ])
    expect(audits[0]!.entityId).toBe('2026-11-23:day')
  })

  it('refuses a clerk, an administrator, an inactive person, a bad day or a long range, changing nothing', async () => {
    await startAt('2026-11-23T09:00')
    const lead = await as('lead')
    await lead.duty.setRoster({ day: '2026-11-24', kind: 'manager', staffIds: [staffId('boss')] })
    const clerk = await as('clerk')
    const byClerk = await clerk.attempt.duty.setRoster({ day: '2026-11-24', kind: 'manager', staffIds: [] })
    expect(byClerk.ok ? 'ok' : byClerk.error.code).toBe('FORBIDDEN')
    const adminId = (env.core.store.sqlite.prepare("SELECT id FROM staff WHERE role = 'admin'").get() as { id: number })
      .id
    env.core.store.sqlite.prepare('UPDATE staff SET active = 0 WHERE username = ?').run('clerk2')
    for (const input of [
      { day: '2026-11-24', kind: 'manager' as const, staffIds: [adminId] },
      { day: '2026-11-24', kind: 'manager' as const, staffIds: [staffId('clerk2')] },
      { day: '2026-11-24', kind: 'manager' as const, staffIds: [99_999] },
      { day: '2026-02-30', kind: 'manager' as const, staffIds: [staffId('boss')] }
    ]) {
      const result = await lead.attempt.duty.setRoster(input)
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION')
    }
    const kept = await lead.duty.roster({ from: '2026-11-24', to: '2026-11-24' })
    expect(kept.map((r) => r.staffName)).toEqual(['boss1'])
    expect(auditRows('audit.rosterSet')).toHaveLength(1)
    const tooLong = await lead.attempt.duty.roster({ from: '2026-11-01', to: '2027-01-02' })
    expect(tooLong.ok ? 'ok' : tooLong.error.code).toBe('VALIDATION')
    const backwards = await lead.attempt.duty.roster({ from: '2026-11-24', to: '2026-11-23' })
    expect(backwards.ok ? 'ok' : backwards.error.code).toBe('VALIDATION')
    expect((await lead.attempt.duty.roster({ from: '2026-11-01', to: '2027-01-01' })).ok).toBe(true)
  })

  it('offers active staff who are not administrators', async () => {
    await startAt('2026-11-23T09:00')
    env.core.store.sqlite.prepare('UPDATE staff SET active = 0 WHERE username = ?').run('clerk2')
    const staff = await (await as('night')).duty.staff()
    expect(staff.map((s) => s.displayName).sort()).toEqual(['boss1', 'clerk1', 'lead1', 'night1'])
    expect(staff.find((s) => s.displayName === 'night1')?.role).toBe('night')
  })
})

describe('today’s duty (今日值班)', () => {
  it('names each shift and the duty manager; a night after midnight is still the evening’s roster', async () => {
    await startAt('2026-11-23T20:00')
    const lead = await as('lead')
    await lead.duty.setRoster({ day: '2026-11-23', kind: 'night', staffIds: [staffId('night')] })
    await lead.duty.setRoster({ day: '2026-11-23', kind: 'manager', staffIds: [staffId('boss')] })
    await lead.duty.setRoster({ day: '2026-11-24', kind: 'day', staffIds: [staffId('clerk')] })
    const evening = await lead.duty.today()
    expect(evening).toMatchObject({ day: '2026-11-23', kindNow: 'night', manager: 'boss1' })
    expect(evening.onDuty).toEqual([
      { kind: 'day', names: [] },
      { kind: 'noon', names: [] },
      { kind: 'night', names: ['night1'] }
    ])
    expect(evening.openShift).toMatchObject({ holderName: 'lead1', kind: 'night', counterName: '一号前台' })
    moveTo('2026-11-24T02:30')
    await signIn('lead')
    expect(await lead.duty.today()).toMatchObject({ day: '2026-11-23', kindNow: 'night', manager: 'boss1' })
    moveTo('2026-11-24T08:40')
    await signIn('lead')
    const morning = await lead.duty.today()
    expect(morning).toMatchObject({ day: '2026-11-24', kindNow: 'day', manager: null })
    expect(morning.onDuty[0]).toEqual({ kind: 'day', names: ['clerk1'] })
  })

  it('answers the outside numbers of the settings', async () => {
    await startAt('2026-11-23T09:00')
    const lead = await as('lead')
    expect(await lead.duty.contacts()).toEqual(DEFAULT_HANDOVER_SETTINGS.outsideNumbers)
    const settings = await lead.handover.settings()
    await lead.handover.saveSettings({ ...settings, outsideNumbers: [{ name: '物业热线', phone: '96000', note: '' }] })
    expect(await (await as('night')).duty.contacts()).toEqual([{ name: '物业热线', phone: '96000', note: '' }])
  })
})

describe('the handover settings (设置 → 交接班)', () => {
  it('round-trip for a supervisor, are refused to a clerk, and fall back to the defaults when unreadable', async () => {
    await startAt('2026-11-23T09:00')
    const lead = await as('lead')
    expect(await lead.handover.settings()).toEqual(DEFAULT_HANDOVER_SETTINGS)
    const changed = {
      ...DEFAULT_HANDOVER_SETTINGS,
      cashFloatFen: 50_000,
      summerFrom: '06-01',
      tools: [...DEFAULT_HANDOVER_SETTINGS.tools, { name: '急救箱', expected: 1 }],
      graceMinutes: 15
    }
    expect(await lead.handover.saveSettings(changed)).toEqual(changed)
    expect(await (await as('clerk')).handover.settings()).toEqual(changed)
    const byClerk = await (await as('clerk')).attempt.handover.saveSettings(changed)
    expect(byClerk.ok ? 'ok' : byClerk.error.code).toBe('FORBIDDEN')
    const badTime = await lead.attempt.handover.saveSettings({ ...changed, summerTo: '13-01' })
    expect(badTime.ok ? 'ok' : badTime.error.code).toBe('VALIDATION')
    const twice = await lead.attempt.handover.saveSettings({
      ...changed,
      tools: [...changed.tools, { name: '对讲机', expected: 1 }]
    })
    expect(twice.ok ? 'ok' : twice.error.details).toEqual({ fields: { 'tools.7.name': '物品名称重复' } })
    expect(await lead.handover.settings()).toEqual(changed)
    expect(auditRows('audit.handoverSettingsSaved')).toHaveLength(1)
    env.core.store.sqlite.prepare('UPDATE handover_settings SET value = \'{"winter":1}\'').run()
    expect(await lead.handover.settings()).toEqual(DEFAULT_HANDOVER_SETTINGS)
  })
})
