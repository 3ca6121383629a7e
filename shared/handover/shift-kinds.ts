import type { HandoverSettings, ShiftTimes } from './settings'

export const SHIFT_KINDS = ['day', 'noon', 'night'] as const
export type ShiftKind = (typeof SHIFT_KINDS)[number]

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const pad = (n: number) => String(n).padStart(2, '0')

/** Summer runs from `summerFrom` to `summerTo` (month-day, both included; a range may wrap the year). */
export function isSummer(settings: Pick<HandoverSettings, 'summerFrom' | 'summerTo'>, at: Date): boolean {
  const md = `${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const { summerFrom: from, summerTo: to } = settings
  return from <= to ? md >= from && md <= to : md >= from || md <= to
}

/** The season's times of each shift at a local moment. */
export function seasonTimes(settings: HandoverSettings, at: Date): HandoverSettings['winter'] {
  return isSummer(settings, at) ? settings.summer : settings.winter
}

function within(times: ShiftTimes, minute: number): boolean {
  const start = minutesOf(times.start)
  const end = minutesOf(times.end)
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end
}

/**
 * Which shift a local moment belongs to: 夜班 inside the night's times, 午间值班 inside the noon's,
 * otherwise 白班 (the day shift covers whatever is left, so every minute has a kind).
 */
export function shiftKindAt(settings: HandoverSettings, at: Date): ShiftKind {
  const times = seasonTimes(settings, at)
  const minute = at.getHours() * 60 + at.getMinutes()
  if (within(times.night, minute)) return 'night'
  if (within(times.noon, minute)) return 'noon'
  return 'day'
}

/** The local day a roster row for this moment's shift is filed under: a night after midnight belongs to the evening before. */
export function dutyDayOf(settings: HandoverSettings, at: Date): string {
  const kind = shiftKindAt(settings, at)
  const day = new Date(at.getTime())
  const times = seasonTimes(settings, at)
  if (kind === 'night' && at.getHours() * 60 + at.getMinutes() < minutesOf(times.night.end))
    day.setDate(day.getDate() - 1)
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}
