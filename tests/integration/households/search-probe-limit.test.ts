import { describe, expect, it } from 'vitest'
import { NUMBER_SEARCH_LIMIT, NUMBER_SEARCH_WINDOW_MINUTES } from '../../../electron/main/core/search-limit'
import type { TestClient } from '../../helpers/client'
import { eachTest } from '../../helpers/each-test'
import { setUpEstate } from '../../helpers/estate'

/*
 * Repeated number searches by one person: past the limit within the window, number searches pause
 * (audited once per pause); names and rooms still answer; the pause ends with the window.
 */
let env: Awaited<ReturnType<typeof setUpEstate>>
let clerk: TestClient
let clerkId: number
eachTest(setUpEstate, async (world) => {
  env = world
  await env.addStaff('clerk1', 'clerk')
  clerk = env.clientFor(await env.signIn('clerk1', 'pass1234'))
  clerkId = (await clerk.staff.me()).id
})

/** Distinct full numbers a prober would try for 139****5678 (the middle four digits). */
const guess = (n: number) => `139${String(n).padStart(4, '0')}5678`
const probingRows = () =>
  env.core.store.sqlite
    .prepare(
      `SELECT staff_id AS staffId, summary_params AS params FROM audit_log WHERE summary_key = 'audit.searchProbing'`
    )
    .all() as { staffId: number; params: string }[]

describe('number search probing', () => {
  it(`more than ${NUMBER_SEARCH_LIMIT} different numbers in ${NUMBER_SEARCH_WINDOW_MINUTES} minutes pause number searches, audited once`, async () => {
    for (let n = 0; n < NUMBER_SEARCH_LIMIT; n++)
      expect((await clerk.attempt.search.global({ q: guess(n) })).ok).toBe(true)
    const refused = await clerk.attempt.search.global({ q: guess(NUMBER_SEARCH_LIMIT) })
    expect(refused).toMatchObject({ ok: false, error: { code: 'SEARCH_LIMITED' } })
    expect(!refused.ok && refused.error.message).toContain(`号码查询暂停 ${NUMBER_SEARCH_WINDOW_MINUTES} 分钟`)
    // Paused for every number form, even the real one and a 4-digit tail; still only one audit row.
    for (const q of ['13912345678', '5678', '1502'])
      expect(await clerk.attempt.search.global({ q })).toMatchObject({ ok: false, error: { code: 'SEARCH_LIMITED' } })
    expect(probingRows()).toEqual([
      {
        staffId: clerkId,
        params: JSON.stringify({ count: NUMBER_SEARCH_LIMIT, minutes: NUMBER_SEARCH_WINDOW_MINUTES })
      }
    ])
    const summary = (await env.admin.audit.recent({ scope: 'all' })).find((e) =>
      e.summary.startsWith('号码查询过于频繁')
    )
    expect(summary?.staffName).toBe('clerk1')
    // Names and room codes are no probe: they still answer.
    expect((await clerk.search.global({ q: '张三' }))[0]).toMatchObject({ personName: '张三' })
    expect((await clerk.search.global({ q: '3-2-1502' }))[0]).toMatchObject({ roomCode: '3-2-1502' })
    // Another clerk is not paused by this one.
    await env.addStaff('clerk2', 'clerk')
    const other = env.clientFor(await env.signIn('clerk2', 'pass1234'))
    expect((await other.search.global({ q: '5678' })).some((h) => h.personName === '张三')).toBe(true)
    // After the window, number searches answer again.
    env.clock.advanceMinutes(NUMBER_SEARCH_WINDOW_MINUTES)
    expect((await clerk.search.global({ q: '5678' })).some((h) => h.personName === '张三')).toBe(true)
  })

  it('typing a number keystroke by keystroke counts once, and repeating a number does not count again', async () => {
    for (let i = 1; i <= 11; i++) await clerk.search.global({ q: '13912345678'.slice(0, i) })
    for (let k = 0; k < 5; k++) await clerk.search.global({ q: '13912345678' })
    for (let n = 1; n < NUMBER_SEARCH_LIMIT; n++) await clerk.search.global({ q: guess(n) })
    expect(probingRows()).toEqual([])
    expect(await clerk.attempt.search.global({ q: guess(NUMBER_SEARCH_LIMIT) })).toMatchObject({ ok: false })
  })

  it('backspacing between guesses does not make them free', async () => {
    // 13900015678 → back to 139000 → on to 13900025678: the second guess extends the prefix, not the first guess.
    for (let n = 0; n <= NUMBER_SEARCH_LIMIT; n++) {
      await clerk.attempt.search.global({ q: '139000' })
      await clerk.attempt.search.global({ q: guess(n) })
    }
    expect(probingRows()).toHaveLength(1)
  })

  it('searches spread over time stay under the limit', async () => {
    // Half the limit in any window: one number every 20 seconds for half an hour.
    for (let n = 0; n < NUMBER_SEARCH_LIMIT * 3; n++) {
      expect((await clerk.attempt.search.global({ q: guess(n) })).ok).toBe(true)
      env.clock.advanceMinutes((NUMBER_SEARCH_WINDOW_MINUTES * 2) / NUMBER_SEARCH_LIMIT)
    }
    expect(probingRows()).toEqual([])
  })
})
