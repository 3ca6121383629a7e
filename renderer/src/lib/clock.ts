import dayjs, { type Dayjs } from 'dayjs'

/**
 * The renderer's clock follows the core's (the status carries it): forms default to the core's
 * today, so a counter PC with a wrong clock, or a demo started at a fixed time, dates things
 * the way the receipts will be dated.
 */
let offsetMs = 0
let syncedWith: string | null = null

/** Align with the core's time as read just now; the same reading twice changes nothing. */
export function syncClock(serverTime: string): void {
  if (serverTime === syncedWith) return
  syncedWith = serverTime
  const server = Date.parse(serverTime)
  if (Number.isFinite(server)) offsetMs = server - Date.now()
}

/** Now, on the core's clock. */
export function now(): Dayjs {
  return dayjs(Date.now() + offsetMs)
}
