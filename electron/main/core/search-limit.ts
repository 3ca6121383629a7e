/**
 * How many different numbers (phone tails, whole phones, ID tails and numbers) one staff member
 * may look up in a sliding window before number searches pause. A clerk at a busy counter looks up
 * a caller or two a minute; rebuilding a masked number needs hundreds or thousands of guesses, so
 * the pause costs the counter nothing and makes probing slow and visible (an audit row per pause).
 */
export const NUMBER_SEARCH_LIMIT = 30
export const NUMBER_SEARCH_WINDOW_MINUTES = 5

export type ProbeVerdict =
  | { ok: true }
  /** `tripped`: this search crossed the limit (audit it); otherwise the pause was already running. */
  | { ok: false; tripped: boolean; minutesLeft: number }

interface Window {
  entries: { key: string; at: number }[]
  blockedUntil: number
}

/**
 * Counts distinct keys per person within `windowMinutes` of the injected clock. The search asks on
 * every keystroke, so a key the next one merely extends ('1391' → '13912…') was typing ahead and
 * is replaced by it: typing one number counts once. Only a key that is new replaces, so the count
 * never drops by repeating an old query.
 */
export function createProbeLimiter(limit = NUMBER_SEARCH_LIMIT, windowMinutes = NUMBER_SEARCH_WINDOW_MINUTES) {
  const windowMs = windowMinutes * 60_000
  const byWho = new Map<string, Window>()
  return (who: string, key: string, at: number): ProbeVerdict => {
    let w = byWho.get(who)
    if (!w) byWho.set(who, (w = { entries: [], blockedUntil: 0 }))
    if (w.blockedUntil > at)
      return { ok: false, tripped: false, minutesLeft: Math.ceil((w.blockedUntil - at) / 60_000) }
    w.entries = w.entries.filter((e) => at - e.at < windowMs)
    if (!w.entries.some((e) => e.key === key)) {
      const last = w.entries[w.entries.length - 1]
      if (last && key.startsWith(last.key)) w.entries.pop()
      w.entries.push({ key, at })
    }
    if (w.entries.length <= limit) return { ok: true }
    w.entries = []
    w.blockedUntil = at + windowMs
    return { ok: false, tripped: true, minutesLeft: windowMinutes }
  }
}

export type ProbeLimiter = ReturnType<typeof createProbeLimiter>
