import { describe, expect, it } from 'vitest'
import { DEFAULT_CHECKIN_SETTINGS } from '../../../shared/checkin/settings'
import { clerkApi, sqlite, supervisorApi } from './checkin-fixture'

/* The office's hours, place and phone for the 入住通知单: saved with the settings, empty until set. */
describe('check-in settings: the office', () => {
  it('starts empty, and a supervisor saves hours, place and phone that every clerk reads', async () => {
    expect((await clerkApi.checkin.settings()).office).toEqual({ hours: '', place: '', phone: '' })
    const office = { hours: ' 周一至周日 8:30-17:30 ', place: '物业服务中心（3栋首层）', phone: '0591-87654321' }
    await supervisorApi.checkin.saveSettings({ ...DEFAULT_CHECKIN_SETTINGS, office })
    expect((await clerkApi.checkin.settings()).office).toEqual({ ...office, hours: '周一至周日 8:30-17:30' })
    expect(
      await supervisorApi.attempt.checkin.saveSettings({
        ...DEFAULT_CHECKIN_SETTINGS,
        office: { ...office, hours: '时'.repeat(41) }
      })
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('reads a row saved before the office existed with the rest kept and the office empty', async () => {
    const { office: _office, ...older } = { ...DEFAULT_CHECKIN_SETTINGS, prepayMonths: 6 }
    sqlite().prepare(`INSERT INTO checkin_settings (key, value) VALUES ('settings', ?)`).run(JSON.stringify(older))
    const read = await clerkApi.checkin.settings()
    expect(read.prepayMonths).toBe(6)
    expect(read.office).toEqual({ hours: '', place: '', phone: '' })
    // Nor must an office group missing a line stop the read.
    sqlite()
      .prepare(`UPDATE checkin_settings SET value = ? WHERE key = 'settings'`)
      .run(JSON.stringify({ ...older, office: { hours: '每日 9:00–17:30' } }))
    expect((await clerkApi.checkin.settings()).office).toEqual({ hours: '每日 9:00–17:30', place: '', phone: '' })
  })
})
