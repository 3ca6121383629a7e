import { describe, expect, it } from 'vitest'
import { clerkApi, completeData, count, inspectionData, restart, save, sqlite, start, TODAY } from './checkin-fixture'

const message = async (result: ReturnType<typeof save>) => {
  const r = await result
  return r.ok ? 'ok' : r.error.message
}

describe('each step is checked in full when marked complete', () => {
  it('agreements: every required one signed, not on a later date', async () => {
    const { id } = await start()
    expect(await message(save(id, 'agreements', { signed: [{ key: 'estateRules', signedOn: TODAY }] }))).toBe(
      '“签署协议”尚未完成：住宅使用公约、消防安全责任书'
    )
    const later = completeData().agreements.signed.map((s) => ({
      ...s,
      signedOn: s.key === 'fireSafety' ? '2026-11-23' : TODAY
    }))
    expect(await message(save(id, 'agreements', { signed: later }))).toBe(
      '“签署协议”尚未完成：消防安全责任书（签署日期晚于今天）'
    )
    expect(await message(save(id, 'agreements', completeData().agreements))).toBe('ok')
  })

  it('items: whatever is handed over is confirmed as received', async () => {
    const { id } = await start()
    const items = completeData().items.items.map((i) => (i.key === 'unitCard' ? { ...i, received: false } : i))
    expect(await message(save(id, 'items', { items }))).toBe('“物品移交”尚未完成：单元门禁卡')
    const none = items.map((i) => (i.key === 'unitCard' ? { ...i, count: 0 } : i))
    expect(await message(save(id, 'items', { items: none }))).toBe('ok')
  })

  it('meters: every required meter read and confirmed with the owner', async () => {
    const { id } = await start()
    const water = { kind: 'water' as const, meterNumber: 'W1', reading: '3.5' }
    expect(await message(save(id, 'meters', { readings: [water], ownerConfirmed: false }))).toBe(
      '“水电气底数”尚未完成：电表读数、业主确认'
    )
    expect(await message(save(id, 'meters', completeData().meters))).toBe('ok')
  })

  it('inspection: every checklist line answered, each defect with category and description, owner confirmed', async () => {
    const { id } = await start()
    const data = inspectionData([{ area: '厨房', item: '给排水', description: '' }])
    const short = { ...data, lines: data.lines.filter((l) => !(l.area === '阳台' && l.item === '栏杆')) }
    expect(await message(save(id, 'inspection', { ...short, ownerConfirmed: false }))).toBe(
      '“房屋验收”尚未完成：阳台 栏杆 未验收、厨房 给排水 的缺陷类别和描述、业主确认'
    )
    expect(count('checkin_steps')).toBe(0)
    expect(
      await message(
        save(id, 'inspection', inspectionData([{ area: '厨房', item: '给排水', description: '水槽下渗水' }]))
      )
    ).toBe('ok')
  })

  it('fees: a receipt or the reason there is none; trusteeship: the agreement date and a period in order', async () => {
    const { id } = await start()
    expect(await message(save(id, 'fees', { receiptIds: [] }))).toBe('“入住收费”尚未完成：收据或不收费原因')
    expect(await message(save(id, 'trusteeship', { wanted: true, from: '2026-12-01', to: '2026-11-30' }))).toBe(
      '“房屋托管”尚未完成：托管协议签署日期、托管结束日期须晚于开始日期'
    )
    expect(await message(save(id, 'trusteeship', { wanted: false }))).toBe('ok')
  })
})

describe('pause and resume', () => {
  it('a draft survives the app closing: a new core on the same data folder reads it back intact', async () => {
    const { id } = await start()
    await save(id, 'identity', completeData().identity)
    const draft = { ...completeData().meters, ownerConfirmed: false }
    const saved = await save(id, 'meters', draft, false)
    expect(saved.ok).toBe(true)
    const api = await restart()
    const view = await api.checkin.get({ checkinId: id })
    expect(view).toMatchObject({
      status: 'open',
      completedSteps: ['identity'],
      currentStep: 'registration',
      steps: {
        identity: { case: 'owner' },
        meters: {
          readings: [
            { kind: 'water', meterNumber: 'W-1502', reading: 1250 },
            { kind: 'electricity', meterNumber: 'E-1502', reading: 30520 }
          ],
          ownerConfirmed: false
        }
      }
    })
    expect((await api.checkin.open({})).map((c) => c.id)).toEqual([id])
    expect(
      await api.checkin.saveStep({
        checkinId: id,
        save: { step: 'meters', data: completeData().meters },
        complete: true
      })
    ).toMatchObject({
      completedSteps: ['identity', 'meters']
    })
  })

  it('malformed input is refused and changes nothing', async () => {
    const { id, lastSavedAt } = await start()
    const bad = [
      {
        checkinId: id,
        save: { step: 'meters', data: { readings: [{ kind: 'water', reading: '-3' }], ownerConfirmed: true } },
        complete: false
      },
      {
        checkinId: id,
        save: { step: 'meters', data: { readings: [{ kind: 'steam', reading: '3' }], ownerConfirmed: true } },
        complete: false
      },
      { checkinId: id, save: { step: 'nothing', data: {} }, complete: false },
      { checkinId: id, save: { step: 'registration', data: { confirmed: 'yes' } }, complete: true }
    ]
    for (const input of bad)
      expect(await clerkApi.attempt.checkin.saveStep(input as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' }
      })
    expect(count('checkin_steps')).toBe(0)
    expect((await clerkApi.checkin.get({ checkinId: id })).lastSavedAt).toBe(lastSavedAt)
  })

  it('a closed check-in refuses saves, and the database refuses a raw change of its steps', async () => {
    const { id } = await start()
    await save(id, 'registration', { confirmed: false }, false)
    await clerkApi.checkin.cancel({ checkinId: id, reason: '业主不来了' })
    expect(await save(id, 'registration', { confirmed: true })).toMatchObject({
      ok: false,
      error: { code: 'CHECKIN_CLOSED', message: '这笔入住办理已取消，不能再修改' }
    })
    const raw = () => sqlite().prepare(`UPDATE checkin_steps SET complete = 1 WHERE checkin_id = ?`).run(id)
    expect(raw).toThrow(/closed check-in/)
    expect(count('checkin_steps', 'complete = 1')).toBe(0)
  })
})
