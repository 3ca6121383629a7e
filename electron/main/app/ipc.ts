import type { PrintJob, PrintResult } from '../../../shared/kernel/bridge'
import type { ApiResult } from '../../../shared/kernel/errors'

/** The two channels the preload invokes; nothing else is handled. */
export const CALL_CHANNEL = 'frontdesk:call'
export const PRINT_CHANNEL = 'frontdesk:print'
/** The one channel the main process sends on: the desk's events (DeskEvent), to our own window only. */
export const EVENT_CHANNEL = 'frontdesk:event'

/** What the binding needs of a sending frame (Electron's WebFrameMain has these and more). */
export interface SenderFrame {
  readonly url: string
}

/** Electron passes `null` when the frame navigated away or was destroyed before the message arrived. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void
}

export interface CoreLike {
  call(name: string, input: unknown, meta: unknown): Promise<ApiResult<unknown>>
}

export interface PrintAdapter {
  print(job: PrintJob): Promise<PrintResult>
}

const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'forbidden' } }

export const MAX_PRINT_HTML_BYTES = 2 * 1024 * 1024
const FILE_NAME = /^[A-Za-z0-9_-]{1,80}$/

function isMillimetres(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 10 && value <= 1000
}

/**
 * Checks a print job from the renderer by hand (the contract's zod schemas are for procedures;
 * this shape is small and fixed). Returns the reason it is refused, or null. Only the known
 * fields are copied on, so nothing extra reaches the print adapter.
 */
export function checkPrintJob(value: unknown): { job: PrintJob } | { reason: string } {
  if (typeof value !== 'object' || value === null) return { reason: 'job must be an object' }
  const v = value as Record<string, unknown>
  if (typeof v.html !== 'string') return { reason: 'html must be a string' }
  if (Buffer.byteLength(v.html, 'utf8') > MAX_PRINT_HTML_BYTES) return { reason: 'html is larger than 2 MB' }
  if (!isMillimetres(v.pageWidthMm) || !isMillimetres(v.pageHeightMm)) return { reason: 'page size must be 10–1000 mm' }
  if (v.target !== 'printer' && v.target !== 'pdf') return { reason: "target must be 'printer' or 'pdf'" }
  if (v.deviceName !== undefined && (typeof v.deviceName !== 'string' || v.deviceName.length > 200)) {
    return { reason: 'deviceName must be a printer name' }
  }
  if (v.fileName !== undefined && (typeof v.fileName !== 'string' || !FILE_NAME.test(v.fileName))) {
    return { reason: 'fileName may hold only letters, digits, - and _ (1–80)' }
  }
  const job: PrintJob = { html: v.html, pageWidthMm: v.pageWidthMm, pageHeightMm: v.pageHeightMm, target: v.target }
  if (v.deviceName !== undefined) job.deviceName = v.deviceName
  if (v.fileName !== undefined) job.fileName = v.fileName
  return { job }
}

/**
 * Binds the bridge's two channels. Every message is checked against `isTrustedFrame` (the main
 * frame of our window, showing our own page) before anything runs: a frame that is not ours
 * never reaches the core or the printer. Calls answer with ApiResult values, as the loopback
 * shell does; print has no error value in its contract, so a refused job rejects the promise.
 */
export function bindIpc(
  ipcMain: IpcMainLike,
  core: CoreLike,
  printAdapter: PrintAdapter,
  isTrustedFrame: (frame: SenderFrame) => boolean
): void {
  const trusted = (event: InvokeEvent): boolean => event.senderFrame !== null && isTrustedFrame(event.senderFrame)

  ipcMain.handle(CALL_CHANNEL, async (event, procedure, input, meta) => {
    if (!trusted(event)) return FORBIDDEN
    try {
      return await core.call(typeof procedure === 'string' ? procedure : '', input, meta ?? {})
    } catch (error) {
      // The router turns service errors into values; anything reaching here is a bug, and the
      // renderer still gets a value it can show rather than a rejected promise.
      console.error('[ipc] call failed', error)
      return { ok: false, error: { code: 'INTERNAL', message: 'internal error' } } satisfies ApiResult<never>
    }
  })

  ipcMain.handle(PRINT_CHANNEL, async (event, job) => {
    if (!trusted(event)) throw new Error('forbidden')
    const checked = checkPrintJob(job)
    if ('reason' in checked) throw new Error(`invalid print job: ${checked.reason}`)
    return printAdapter.print(checked.job)
  })
}
