import { describe, expect, it } from 'vitest'
import { DEFAULT_PERMIT_SETTINGS } from '../../../shared/permits/settings'
import { clerkApi, codeOf, count, env, fieldsOf, settings, sqlite, supervisorApi } from './permits-fixture'

const base = () => ({ ...settings })

describe('renovations.settings / saveSettings', () => {
  it('reads the saved settings, the fee items named', async () => {
    const read = await clerkApi.renovations.settings()
    expect(read.garbageItemId).toBe(env.items.garbage.id)
    expect(read.depositItemId).toBe(env.items.deposit.id)
    expect(read.works).toEqual(DEFAULT_PERMIT_SETTINGS.works)
    expect(count(`SELECT 1 FROM audit_log WHERE summary_key = 'audit.permitSettings'`)).toBe(1)
  })

  it('refuses a garbage item of another category, a deposit that is no renovation deposit, duplicate keys', async () => {
    const before = sqlite().prepare('SELECT value FROM permit_settings').get()
    const wrongGarbage = await supervisorApi.attempt.renovations.saveSettings({
      ...base(),
      garbageItemId: env.items.property.id
    })
    expect(fieldsOf(wrongGarbage)).toEqual({ garbageItemId: expect.stringContaining('装修垃圾') })
    const wrongDeposit = await supervisorApi.attempt.renovations.saveSettings({
      ...base(),
      depositItemId: env.items.garbage.id
    })
    expect(fieldsOf(wrongDeposit)).toEqual({ depositItemId: expect.stringContaining('保证金') })
    const missing = await supervisorApi.attempt.renovations.saveSettings({ ...base(), depositItemId: 99_999 })
    expect(codeOf(missing)).toBe('VALIDATION')
    const duplicate = await supervisorApi.attempt.renovations.saveSettings({
      ...base(),
      works: [...base().works, { key: 'plumbing', name: '重复', needsApproval: false }]
    })
    expect(fieldsOf(duplicate)).toEqual({ 'works.8.key': '装修项目代码重复' })
    expect(sqlite().prepare('SELECT value FROM permit_settings').get()).toEqual(before)
  })

  it('refuses an inactive item', async () => {
    sqlite().prepare('UPDATE fee_items SET active = 0 WHERE id = ?').run(env.items.garbage.id)
    const result = await supervisorApi.attempt.renovations.saveSettings(base())
    expect(fieldsOf(result)).toEqual({ garbageItemId: expect.any(String) })
  })

  it('is for supervisors: a clerk cannot save', async () => {
    const result = await clerkApi.attempt.renovations.saveSettings(base())
    expect(codeOf(result)).toBe('FORBIDDEN')
  })
})
