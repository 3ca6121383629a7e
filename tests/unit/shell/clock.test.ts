import { describe, expect, it } from 'vitest'
import { parseLocalDateTime, runningClockFrom } from '../../../electron/main/shell/clock'

describe('the injected clock of the browser shell and the demo', () => {
  it('starts at the given local time and runs on from there', () => {
    let wall = 1_000_000
    const clock = runningClockFrom(new Date(2026, 11, 1, 9, 0), () => wall)
    expect(clock().getTime()).toBe(new Date(2026, 11, 1, 9, 0).getTime())
    wall += 90_000
    expect(clock().getTime()).toBe(new Date(2026, 11, 1, 9, 1, 30).getTime())
  })

  it('is the wall clock when no time is given', () => {
    const clock = runningClockFrom(undefined, () => 42)
    expect(clock().getTime()).toBe(42)
  })

  it('reads dates and date-times as local time and refuses anything else', () => {
    expect(parseLocalDateTime('2026-12-31').getTime()).toBe(new Date(2026, 11, 31).getTime())
    expect(parseLocalDateTime('2026-06-15T10:00').getTime()).toBe(new Date(2026, 5, 15, 10).getTime())
    expect(parseLocalDateTime('2026-06-15 10:00:05').getSeconds()).toBe(5)
    expect(() => parseLocalDateTime('2026-02-30')).toThrow(/not a real date/)
    expect(() => parseLocalDateTime('tomorrow')).toThrow(/--now/)
  })
})
