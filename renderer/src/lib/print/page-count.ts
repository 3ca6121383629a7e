import type { PrintJob } from '@shared/kernel/bridge'

/** Above this many pages a print asks first: a wrong building or period would waste a ream. */
export const LARGE_PRINT_PAGES = 50

/** One page per `.sheet` (notices, letters, key forms) or `.page` (receipts) element of the job; at least one. */
export function pageCount(job: PrintJob): number {
  const pages = job.html.match(/class="(?:[^"]*\s)?(?:sheet|page)(?:\s[^"]*)?"/g)
  return Math.max(1, pages?.length ?? 0)
}
