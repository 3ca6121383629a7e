import type { PrintJob, PrintResult } from '@shared/kernel/bridge'

declare global {
  interface Window {
    /** Set by the e2e tests; when present it receives the last page sent to the printer. */
    __frontdeskLastPrint?: PrintJob | null
  }
}

/** Sends a notice or letter page to the printer (Electron: silently, with a PDF copy kept; browser: its print dialog). */
export function sendToPrinter(job: PrintJob): Promise<PrintResult> {
  if ('__frontdeskLastPrint' in window) window.__frontdeskLastPrint = job
  return window.frontdesk.print(job)
}
