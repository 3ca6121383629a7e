import type { PrintJob, PrintResult } from '@shared/kernel/bridge'

/** The steps of a counted print; the button wires them to the bridge, the clerk and the core. */
export interface PrintThenRecordSteps<T> {
  print(job: PrintJob): Promise<PrintResult>
  /**
   * Asked only after the browser's own print dialog: its afterprint event fires for a print and
   * for a cancel alike, so only the clerk, who sees the paper, can say whether it printed.
   */
  confirmPrinted(): Promise<boolean>
  record(): Promise<T>
}

/**
 * Puts the page on paper, then records it, and only then: a failed job (the Electron print
 * callback's `success` false rejects) or a dialog the clerk says printed nothing records nothing,
 * so the next print is still the original rather than a 补打. `recorded` is null when nothing was.
 */
export async function printThenRecord<T>(
  job: PrintJob,
  steps: PrintThenRecordSteps<T>
): Promise<{ sent: PrintResult; recorded: T | null }> {
  const sent = await steps.print(job)
  if (sent.via === 'dialog' && !(await steps.confirmPrinted())) return { sent, recorded: null }
  return { sent, recorded: await steps.record() }
}
