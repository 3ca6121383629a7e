import dayjs from 'dayjs'

export interface RetentionPolicy {
  /** Every backup younger than this many days is kept. */
  keepAllDays: number
  /** Older ones: the newest of each (local) day, back this many months. */
  keepDailyMonths: number
  // Older still: the newest of each month, for good — receipts are kept for years.
}

const DAY_MS = 86_400_000

/**
 * Which backups retention removes, as in the point-of-sale and backup tools people trust: all of
 * the last days, then one a day, then one a month, each time the newest of its day or month (it
 * holds the most). A month already represented by a kept younger backup keeps no second one, so
 * the set stays the same as backups age from one tier into the next. The newest backup is always
 * kept, whatever the numbers.
 */
export function backupsToRemove(
  backups: readonly { file: string; createdAt: string }[],
  now: Date,
  policy: RetentionPolicy
): string[] {
  const allSince = now.getTime() - policy.keepAllDays * DAY_MS
  const dailySince = dayjs(now).subtract(policy.keepDailyMonths, 'month').valueOf()
  const days = new Set<string>()
  const months = new Set<string>()
  const remove: string[] = []
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  for (const backup of newestFirst) {
    const at = dayjs(backup.createdAt)
    const day = at.format('YYYY-MM-DD')
    const month = at.format('YYYY-MM')
    const time = at.valueOf()
    const keep =
      time >= allSince || (time >= dailySince ? !days.has(day) : !months.has(month)) || backup === newestFirst[0]
    if (keep) {
      days.add(day)
      months.add(month)
    } else {
      remove.push(backup.file)
    }
  }
  return remove
}
