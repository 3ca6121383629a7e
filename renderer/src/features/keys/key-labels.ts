import dayjs from 'dayjs'
import type { KeySetView } from '@shared/keys/api'
import { now } from '@renderer/lib/clock'
import { keyStateColors } from '@renderer/lib/colors'

/** A hook's place, as on the cabinet and the tag label: '1号柜 2-5' (row-column). */
export const hookPlace = (cabinetName: string, row: number, column: number) => `${cabinetName} ${row}-${column}`

export type KeyStatus = KeySetView['status']

/** The colours of the counter's cabinet view (lib/colors.ts): empty grey, in green, out blue, overdue red. */
export const STATE_STYLE = keyStateColors

/** '2026-05-01T18:00…' → '05-01 18:00'; with the year when it is not this year. */
export function when(value: string | null | undefined): string {
  if (!value) return '—'
  const d = dayjs(value)
  return d.year() === now().year() ? d.format('MM-DD HH:mm') : d.format('YYYY-MM-DD HH:mm')
}

/** The default expected return: today 18:00, or tomorrow 18:00 once that has passed. */
export function defaultReturnTime(): dayjs.Dayjs {
  const today = now().hour(18).minute(0).second(0).millisecond(0)
  return today.isAfter(now()) ? today : today.add(1, 'day')
}

/** A time as the core keeps them: an ISO instant ('…T10:00:00.000Z'), shown back in local time. */
export const contractTime = (d: dayjs.Dayjs) => d.second(0).millisecond(0).toISOString()

export const ID_TAIL = /^[0-9]{5}[0-9Xx]$/
