import { describe, expect, it } from 'vitest'
import type { StepInput } from '../../../shared/checkin/steps'
import { clerkApi, completeAll, completeData, save, start, supervisorApi, TODAY } from './checkin-fixture'

/**
 * The check-in's 房屋托管 step when a trusteeship is wanted: the period bounded (not before the
 * check-in began, at most 30 days ahead, the end after the start, the agreement signed by today)
 * and the water and electricity start readings read in the meters step, whatever meters the
 * settings require. The check-in starts today, 2026-11-22.
 */

const message = async (result: ReturnType<typeof save>) => {
  const r = await result
  return r.ok ? 'ok' : r.error.message
}
const wanted = (extra: Partial<StepInput['trusteeship']> = {}): StepInput['trusteeship'] => ({
  wanted: true,
  agreementSignedOn: TODAY,
  from: TODAY,
  to: '2027-05-31',
  ...extra
})
const meters = (...kinds: ('water' | 'electricity' | 'gas')[]): StepInput['meters'] => ({
  readings: kinds.map((kind) => ({ kind, meterNumber: '', reading: '10' })),
  ownerConfirmed: true
})
const requireNoMeters = async () =>
  supervisorApi.checkin.saveSettings({ ...(await supervisorApi.checkin.settings()), requiredMeters: [] })

describe('the trusteeship step’s period', () => {
  it('starts not before the check-in began, at most 30 days ahead, not before the agreement; ends after it', async () => {
    const { id } = await start()
    await save(id, 'meters', completeData().meters)
    const step = (extra: Partial<StepInput['trusteeship']>) => message(save(id, 'trusteeship', wanted(extra)))
    expect(await step({ agreementSignedOn: '2026-11-01', from: '2026-11-21' })).toBe(
      '“房屋托管”尚未完成：托管开始日期不能早于本次入住办理开始的日期（2026-11-22）'
    )
    expect(await step({ from: '2026-12-23', to: null })).toBe(
      '“房屋托管”尚未完成：托管开始日期最多在今天之后 30 天内（不晚于 2026-12-22）'
    )
    expect(await step({ agreementSignedOn: '2026-11-25', from: '2026-11-24' })).toBe(
      '“房屋托管”尚未完成：托管协议签署日期不能晚于今天（2026-11-22）、托管开始日期不能早于协议签署日期（2026-11-25）'
    )
    expect(await step({ to: TODAY })).toBe('“房屋托管”尚未完成：托管结束日期须晚于开始日期')
    expect(await step({ from: '2026-12-22', to: '2026-12-23' })).toBe('ok')
  })
})

describe('the trusteeship step’s start readings', () => {
  it('needs water and electricity even when the settings require no meter; gas is optional', async () => {
    await requireNoMeters()
    const { id } = await start()
    expect(await message(save(id, 'meters', meters('gas')))).toBe('ok')
    expect(await message(save(id, 'trusteeship', wanted()))).toBe(
      '“房屋托管”尚未完成：水表起始读数（在“水电气底数”一步填写）、电表起始读数（在“水电气底数”一步填写）'
    )
    expect(await message(save(id, 'trusteeship', { wanted: false }))).toBe('ok')
    await save(id, 'meters', meters('water', 'electricity'))
    expect(await message(save(id, 'trusteeship', wanted()))).toBe('ok')
  })

  it('is checked again at the finish: meters changed after the trusteeship step stop it, nothing handed over', async () => {
    await requireNoMeters()
    const { id } = await start()
    await completeAll(id, { trusteeship: wanted() })
    await save(id, 'meters', meters('water'))
    const finish = await clerkApi.attempt.checkin.finish({ checkinId: id })
    expect(finish).toMatchObject({
      ok: false,
      error: {
        code: 'CHECKIN_STEP_INCOMPLETE',
        message: '“房屋托管”尚未完成：电表起始读数（在“水电气底数”一步填写）'
      }
    })
    expect((await clerkApi.trusteeship.list()).length).toBe(0)
    await save(id, 'meters', meters('water', 'electricity', 'gas'))
    const done = await clerkApi.checkin.finish({ checkinId: id })
    const trusteeship = await clerkApi.trusteeship.get({ trusteeshipId: done.trusteeshipId! })
    expect(trusteeship.readings.map((r) => r.kind)).toEqual(['water', 'electricity', 'gas'])
  })

  it('a trusteeship step saved before the meters step is checked once the meters are read', async () => {
    await requireNoMeters()
    const { id } = await start()
    expect(await message(save(id, 'trusteeship', wanted()))).toBe('ok')
  })
})
