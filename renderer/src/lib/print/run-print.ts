import type { PrintJob, PrintResult } from '@shared/kernel/bridge'
import { LARGE_PRINT_PAGES, pageCount } from './page-count'
import { printThenRecord, type PrintThenRecordSteps } from './print-then-record'

/** The page to print, or what builds it (a QR code, a profile's offsets): a failure to build is reported like a failure to print. */
export type PrintSource = PrintJob | (() => PrintJob | Promise<PrintJob>)

/** The steps of one print from a button; the hook wires them to the bridge, the clerk and the message bar. */
export interface PrintSteps<T> extends PrintThenRecordSteps<T> {
  /** Asked with the page count when a job has more than 50 pages; false sends nothing. */
  confirmPages(pages: number): Promise<boolean>
  /** Shows what went wrong; the print itself never throws at the button. */
  fail(error: unknown): void
}

/**
 * Builds the page, asks before a job of more than 50 pages, prints it and records it only when it
 * came out (printThenRecord). Null when the clerk stopped or something failed (shown by `fail`);
 * `recorded` null when the clerk said nothing printed.
 */
export async function runPrint<T>(
  source: PrintSource,
  steps: PrintSteps<T>
): Promise<{ sent: PrintResult; recorded: T | null } | null> {
  try {
    const job = typeof source === 'function' ? await source() : source
    const pages = pageCount(job)
    if (pages > LARGE_PRINT_PAGES && !(await steps.confirmPages(pages))) return null
    return await printThenRecord(job, steps)
  } catch (error) {
    steps.fail(error)
    return null
  }
}
