import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { BrowserWindow, session, type Session } from 'electron'
import type { PrintJob, PrintResult } from '../../../shared/kernel/bridge'
import type { PrintAdapter } from './ipc'

/** An in-memory partition (no "persist:"): print pages share no cookies or storage with the app. */
const PRINT_PARTITION = 'frontdesk-print'
const MICRONS_PER_MM = 1000
const MM_PER_INCH = 25.4

export interface PrintAdapterOptions {
  /** Where every printed page is kept as a PDF (the data folder's prints/). */
  pdfDir: string
  now?: () => Date
}

/**
 * Puts a self-contained page on paper or into a PDF. Each job gets its own hidden window with
 * scripts off and no preload: the page is data to lay out, never code to run. The PDF copy is
 * kept for printer jobs too, so a jammed or lost receipt can be printed again from the file.
 */
export function createPrintAdapter(options: PrintAdapterOptions): PrintAdapter {
  const now = options.now ?? (() => new Date())
  let printSession: Session | undefined
  let sequence = 0

  // Created on first use: sessions exist only after the app is ready.
  function isolatedSession(): Session {
    if (!printSession) {
      printSession = session.fromPartition(PRINT_PARTITION)
      // A page holding a remote <img> or font would leak that a receipt was printed, and
      // could hang or change the print; only the page itself (a data: URL) may load.
      printSession.webRequest.onBeforeRequest((details, callback) =>
        callback({ cancel: !details.url.startsWith('data:') })
      )
      printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    }
    return printSession
  }

  function pdfName(job: PrintJob): string {
    if (job.fileName) return `${job.fileName}.pdf`
    sequence += 1
    return `print-${now().toISOString().replace(/[:.]/g, '-')}-${sequence}.pdf`
  }

  async function print(job: PrintJob): Promise<PrintResult> {
    const win = new BrowserWindow({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        spellcheck: false,
        session: isolatedSession()
      }
    })
    try {
      const contents = win.webContents
      contents.setWindowOpenHandler(() => ({ action: 'deny' }))
      // A <meta http-equiv="refresh"> must not swap the page for another before it prints.
      contents.on('will-navigate', (event) => event.preventDefault())
      // Base64 rather than percent-encoding: Chinese text grows 4/3 instead of 3× (9 characters
      // per character), which keeps receipts far below Chromium's 2 MB URL limit.
      await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(job.html, 'utf8').toString('base64')}`)

      const pdf = await contents.printToPDF({
        pageSize: { width: job.pageWidthMm / MM_PER_INCH, height: job.pageHeightMm / MM_PER_INCH },
        // printToPDF takes margins in inches (print() takes marginType): the template draws its own.
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        printBackground: true
      })
      await mkdir(options.pdfDir, { recursive: true })
      const pdfPath = join(options.pdfDir, pdfName(job))
      await writeFile(pdfPath, pdf)
      if (job.target === 'pdf') return { via: 'pdf', pdfPath }

      await new Promise<void>((resolve, reject) => {
        contents.print(
          {
            silent: true,
            // Without a name Chromium uses the system's default printer.
            ...(job.deviceName ? { deviceName: job.deviceName } : {}),
            printBackground: true,
            margins: { marginType: 'none' },
            pageSize: {
              width: Math.round(job.pageWidthMm * MICRONS_PER_MM),
              height: Math.round(job.pageHeightMm * MICRONS_PER_MM)
            }
          },
          (success, failureReason) =>
            success ? resolve() : reject(new Error(`printing failed: ${failureReason} (PDF copy kept at ${pdfPath})`))
        )
      })
      return { via: 'printer', pdfPath }
    } finally {
      // One window per job, always closed: a failed job must not leave a hidden window behind.
      if (!win.isDestroyed()) win.destroy()
    }
  }

  return { print }
}
