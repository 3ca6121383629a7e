/**
 * The clock the core runs on. `--now 2026-06-15T10:00` starts it at that local time and lets it
 * run from there, so a demo or an e2e run sees the same calendar on any day it is started.
 */
export function runningClockFrom(start: Date | undefined, wall: () => number = Date.now): () => Date {
  if (!start) return () => new Date(wall())
  const offset = start.getTime() - wall()
  return () => new Date(wall() + offset)
}

/** `2026-06-15`, `2026-06-15T10:00` or `2026-06-15T10:00:00`, read as local time. */
export function parseLocalDateTime(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text)
  if (!match) throw new Error(`--now must look like 2026-06-15T10:00, got ${text}`)
  const [y, mo, d, h = '0', mi = '0', s = '0'] = match.slice(1)
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  if (date.getMonth() !== Number(mo) - 1 || date.getDate() !== Number(d))
    throw new Error(`--now is not a real date: ${text}`)
  return date
}
