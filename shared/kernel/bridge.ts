import type { ApiResult } from './errors'

/** Meta that travels beside a procedure's input (session, request id, language, on-the-spot approval). */
export interface CallMeta {
  session?: string
  requestId?: string
  locale?: string
  approval?: { username: string; password: string }
}

/** A self-contained page to put on paper: inline styles, no scripts, an exact page size. */
export interface PrintJob {
  html: string
  pageWidthMm: number
  pageHeightMm: number
  /** 'printer': silently to `deviceName` (or the default printer); 'pdf': saved in the data folder. */
  target: 'printer' | 'pdf'
  deviceName?: string
  /** Base name for the saved PDF (letters, digits, - and _ only). */
  fileName?: string
}

export interface PrintResult {
  /** 'printer' and 'pdf' from the Electron shell; 'dialog' where the browser's own print dialog opened. */
  via: 'printer' | 'pdf' | 'dialog'
  /** The PDF copy the Electron shell keeps of every job. */
  pdfPath?: string
  /**
   * The browser shell's copy of the job (the self-contained page) in the data folder's prints/.
   * A browser cannot tell a printed page from a cancelled dialog, so 'dialog' never means printed.
   */
  copyPath?: string
}

/**
 * The one object the renderer talks to, named `window.frontdesk`. The Electron preload and the
 * browser shell's bridge script both provide it, so the renderer cannot tell which shell it is in.
 */
export interface FrontDeskBridge {
  call(procedure: string, input: unknown, meta: CallMeta): Promise<ApiResult<unknown>>
  print(job: PrintJob): Promise<PrintResult>
  /**
   * What the desk tells the page beside answers (office server: another counter changed data, the
   * link came or went). The value is `DeskEvent` (shared/office/types.ts). Returns the unsubscribe.
   */
  onEvent(listener: (event: unknown) => void): () => void
}
