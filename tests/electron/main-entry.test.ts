import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { dataPaths } from '../../db/open'
import { allProcedures } from '../../shared/api'
import { createFakeElectron, FAKE_PDF, type FakeElectron } from './fake-electron'
import { randomUUID } from 'node:crypto'
import type { PrintReceiptResult } from '../../shared/fees/printing'
import type { PrintResult } from '../../shared/kernel/bridge'
import type { ApiResult } from '../../shared/kernel/errors'
import { printThenRecord } from '../../renderer/src/lib/print/print-then-record'
import { expectOk } from '../helpers/core'
import { setUpFees } from '../helpers/fees'

/**
 * The built Electron entry (out/main/index.js) and preload, loaded by plain Node with a fake
 * 'electron' module: what the app asks of Electron at start-up is what keeps the counter safe,
 * and the real binary cannot run on the build machines. Needs `npm run build` first.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const MAIN = join(ROOT, 'out/main/index.js')
const PRELOAD = join(ROOT, 'out/preload/index.js')
const nodeRequire = createRequire(import.meta.url)
const ELECTRON_ID = nodeRequire.resolve('electron')

function requireWithFake(fake: FakeElectron, entry: string): void {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`)
  // The resolved path of the real package is where Node looks first, so the stub is found and
  // the real index.js (which would try to download Electron) never runs.
  const stub = new Module(ELECTRON_ID)
  stub.filename = ELECTRON_ID
  stub.loaded = true
  stub.exports = fake.electron
  nodeRequire.cache[ELECTRON_ID] = stub
  delete nodeRequire.cache[entry]
  try {
    nodeRequire(entry)
  } finally {
    delete nodeRequire.cache[ELECTRON_ID]
  }
}

const booted: Array<{ fake: FakeElectron; dir: string }> = []
const extraDirs: string[] = []

function boot(options: { env?: Record<string, string>; singleInstance?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-electron-'))
  const fake = createFakeElectron({ userData: join(dir, 'userData'), singleInstance: options.singleInstance })
  const saved = { ...process.env }
  delete process.env.FRONTDESK_DATA_DIR
  delete process.env.ELECTRON_RENDERER_URL
  Object.assign(process.env, options.env)
  try {
    requireWithFake(fake, MAIN)
  } finally {
    process.env = saved
  }
  booted.push({ fake, dir })
  return { fake, dir }
}

afterAll(() => {
  for (const { fake, dir } of booted) {
    fake.electron.app.emit('quit')
    rmSync(dir, { recursive: true, force: true })
  }
  for (const dir of extraDirs) rmSync(dir, { recursive: true, force: true })
})

describe('the built Electron main entry', () => {
  let fake: FakeElectron
  let userData: string
  const mainWindow = () => fake.windows.find((w) => w.options.title === 'FrontDesk 物业前台')!
  const trusted = () => ({ senderFrame: mainWindow().webContents.mainFrame })
  const call = (event: unknown, procedure: string, input: unknown = {}) =>
    fake.ipcHandlers.get('frontdesk:call')!(event, procedure, input, {})
  const print = (event: unknown, job: unknown) =>
    fake.ipcHandlers.get('frontdesk:print')!(event, job) as Promise<{ via: string; pdfPath: string }>
  const receipt = {
    html: '<p>收据 No.0001</p>',
    pageWidthMm: 241,
    pageHeightMm: 93,
    target: 'pdf',
    fileName: 'receipt-0001'
  }

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('out/main/index.js is missing: run npm run build first')
    const newest = Math.max(
      ...['electron/main/app/index.ts', 'electron/main/app/ipc.ts', 'electron/main/app/print.ts'].map(
        (f) => statSync(join(ROOT, f)).mtimeMs
      )
    )
    if (statSync(MAIN).mtimeMs < newest)
      console.warn('[test] out/main/index.js is older than its sources: run npm run build first')
    const started = boot()
    fake = started.fake
    userData = join(started.dir, 'userData')
    await fake.started
  })

  it('opens one window, isolated and sandboxed, with no Node and no webview', () => {
    const prefs = mainWindow().options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false })
    expect(prefs.preload).toBe(join(ROOT, 'out/preload/index.js'))
    expect(mainWindow().loaded).toBe(join(ROOT, 'out/renderer/index.html'))
  })

  it('shows the window only when it is ready to show', () => {
    expect(mainWindow().shown).toBe(false)
    mainWindow().emit('ready-to-show')
    expect(mainWindow().shown).toBe(true)
  })

  it('never opens new windows, leaves the app, or attaches a webview', () => {
    const contents = mainWindow().webContents
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { url: 'https://example.com/', preventDefault: vi.fn() }
      contents.listener(event)(away, away.url)
      expect(away.preventDefault, event).toHaveBeenCalled()
      const home = { url: `${contents.mainFrame.url}#/login`, preventDefault: vi.fn() }
      contents.listener(event)(home, home.url)
      expect(home.preventDefault, event).not.toHaveBeenCalled()
    }
    const webview = { preventDefault: vi.fn() }
    contents.listener('will-attach-webview')(webview, {}, {})
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('replaces any Content-Security-Policy with its own, scripts from the app only', () => {
    const callback = vi.fn()
    fake.defaultSession.handlers.headersReceived!(
      { responseHeaders: { 'content-security-policy': ['script-src *'], 'X-Other': ['1'] } },
      callback
    )
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>
    expect(headers['Content-Security-Policy']![0]).toContain("script-src 'self'")
    expect(headers['Content-Security-Policy']![0]).toContain("default-src 'none'")
    expect(headers['content-security-policy']).toBeUndefined()
    expect(headers['X-Other']).toEqual(['1'])
  })

  it('denies every permission request and check', () => {
    const callback = vi.fn()
    fake.defaultSession.handlers.permissionRequest!({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(fake.defaultSession.handlers.permissionCheck!({}, 'clipboard-read')).toBe(false)
  })

  it('handles exactly the two bridge channels', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(['frontdesk:call', 'frontdesk:print'])
  })

  it('answers a call from its own main frame with the core’s answer: a fresh data folder needs setup', async () => {
    expect(await call(trusted(), 'system.status')).toEqual({
      ok: true,
      data: { mode: 'setup', version: '0.1.0-test', serverTime: expect.any(String) }
    })
    expect(existsSync(userData)).toBe(true)
  })

  it('refuses calls from any other frame without reaching the core', async () => {
    const appUrl = mainWindow().webContents.mainFrame.url
    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: 'forbidden' } }
    expect(await call({ senderFrame: { url: 'https://example.com/' } }, 'system.status')).toEqual(forbidden)
    expect(await call({ senderFrame: { url: appUrl } }, 'system.status')).toEqual(forbidden) // an iframe showing our page
    expect(await call({ senderFrame: null }, 'system.status')).toEqual(forbidden)
    mainWindow().webContents.mainFrame.url = 'https://example.com/'
    try {
      expect(await call(trusted(), 'system.status')).toEqual(forbidden) // our frame, after leaving the app
    } finally {
      mainWindow().webContents.mainFrame.url = appUrl
    }
  })

  it('reaches every procedure of the contract through the one call channel', async () => {
    const names = allProcedures().map((p) => p.name)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const result = (await call(trusted(), name, {})) as { ok: boolean; error?: { code: string } }
      expect(result.ok ? 'ok' : result.error?.code, name).not.toBe('UNKNOWN_PROCEDURE')
    }
    expect(((await call(trusted(), 'no.such')) as { error: { code: string } }).error.code).toBe('UNKNOWN_PROCEDURE')
  })

  it('prints a receipt to PDF in <userData>/prints from a hidden, script-less window, then closes it', async () => {
    const before = fake.windows.length
    const result = await print(trusted(), receipt)
    expect(result).toEqual({ via: 'pdf', pdfPath: join(userData, 'prints', 'receipt-0001.pdf') })
    expect(readFileSync(result.pdfPath)).toEqual(FAKE_PDF)

    const win = fake.windows[before]!
    expect(win.options.show).toBe(false)
    expect(win.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true })
    expect(win.options.webPreferences.preload).toBeUndefined()
    expect(win.destroyed).toBe(true)
    const [, payload] = win.loaded!.split('base64,')
    expect(win.loaded!.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true)
    expect(Buffer.from(payload!, 'base64').toString('utf8')).toBe(receipt.html)
    const pdf = win.webContents.pdfOptions[0] as {
      pageSize: { width: number; height: number }
      printBackground: boolean
    }
    expect(pdf.pageSize.width).toBeCloseTo(241 / 25.4, 6)
    expect(pdf.pageSize.height).toBeCloseTo(93 / 25.4, 6)
    expect(pdf).toMatchObject({ margins: { top: 0, bottom: 0, left: 0, right: 0 }, printBackground: true })
    expect(win.webContents.printOptions).toEqual([])
  })

  it('prints silently to the named printer at the exact size and keeps a PDF copy', async () => {
    const before = fake.windows.length
    const result = await print(trusted(), {
      ...receipt,
      target: 'printer',
      deviceName: 'EPSON LQ-630K',
      fileName: undefined
    })
    expect(result.via).toBe('printer')
    expect(result.pdfPath.startsWith(join(userData, 'prints'))).toBe(true)
    expect(existsSync(result.pdfPath)).toBe(true)
    const win = fake.windows[before]!
    expect(win.webContents.printOptions[0]).toEqual({
      silent: true,
      deviceName: 'EPSON LQ-630K',
      printBackground: true,
      margins: { marginType: 'none' },
      pageSize: { width: 241000, height: 93000 }
    })
    expect(win.destroyed).toBe(true)
  })

  it('reports a printer failure and still closes the print window', async () => {
    const before = fake.windows.length
    fake.printer.outcome = { success: false, failureReason: 'Printer is offline' }
    try {
      await expect(print(trusted(), { ...receipt, target: 'printer' })).rejects.toThrow(
        /printing failed: Printer is offline/
      )
    } finally {
      fake.printer.outcome = { success: true, failureReason: '' }
    }
    expect(fake.windows[before]!.destroyed).toBe(true)
  })

  it('keeps print pages off the network, in a session of their own', () => {
    expect(fake.calls.partitions.every((name) => !name.startsWith('persist:'))).toBe(true)
    const printSession = fake.partitionSessions.get(fake.calls.partitions[0]!)!
    const decide = (url: string) => {
      const callback = vi.fn()
      printSession.handlers.beforeRequest!({ url }, callback)
      return callback.mock.calls[0]![0]
    }
    expect(decide('https://tracker.example.com/pixel.png')).toEqual({ cancel: true })
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true })
    expect(decide('data:text/html;base64,PHA+')).toEqual({ cancel: false })
  })

  it('refuses print jobs from other frames and jobs of the wrong shape, opening no window', async () => {
    const before = fake.windows.length
    await expect(print({ senderFrame: { url: 'https://example.com/' } }, receipt)).rejects.toThrow('forbidden')
    await expect(print(trusted(), { ...receipt, fileName: '../escape' })).rejects.toThrow(/invalid print job/)
    await expect(print(trusted(), { ...receipt, pageWidthMm: 5 })).rejects.toThrow(/invalid print job/)
    await expect(print(trusted(), { ...receipt, target: 'fax' })).rejects.toThrow(/invalid print job/)
    expect(fake.windows.length).toBe(before)
  })

  it('quits when its window closes', () => {
    const quits = fake.calls.quit
    fake.electron.app.emit('window-all-closed')
    expect(fake.calls.quit).toBe(quits + 1)
  })
})

describe('the built Electron main entry, started differently', () => {
  it('FRONTDESK_DATA_DIR moves the data folder (and userData with it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontdesk-override-'))
    extraDirs.push(dir)
    const { fake } = boot({ env: { FRONTDESK_DATA_DIR: dir } })
    await fake.started
    expect(fake.calls.setPath).toEqual([['userData', dir]])
    expect(existsSync(dataPaths(dir).databaseFile)).toBe(true)
    const main = fake.windows[0]!
    const status = await fake.ipcHandlers.get('frontdesk:call')!(
      { senderFrame: main.webContents.mainFrame },
      'system.status',
      {},
      {}
    )
    expect(status).toMatchObject({ ok: true, data: { mode: 'setup' } })
  })

  it('a second copy quits at once and opens nothing', () => {
    const { fake } = boot({ singleInstance: false })
    expect(fake.calls.quit).toBe(1)
    expect(fake.windows).toEqual([])
    expect(fake.ipcHandlers.size).toBe(0)
  })
})

describe('a receipt printed from the Electron shell', () => {
  it('is counted only when the print callback reports success; the PDF copy is kept either way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontdesk-print-count-'))
    extraDirs.push(dir)
    const fees = await setUpFees(dir)
    const paid = await fees.payOk({
      roomId: fees.rooms.r3_2_1502,
      prepay: [{ itemId: fees.items.property.id, months: 1 }],
      payerName: '张三',
      payerPhone: '13912345678',
      payments: [{ method: 'cash', amount: '222.65' }],
      tendered: '222.65',
      expectedTotal: '222.65'
    })
    fees.core.close()
    const { fake } = boot({ env: { FRONTDESK_DATA_DIR: dir } })
    await fake.started
    const frame = { senderFrame: fake.windows[0]!.webContents.mainFrame }
    const ipc = async <T>(procedure: string, input: unknown, meta: Record<string, unknown> = {}) =>
      expectOk((await fake.ipcHandlers.get('frontdesk:call')!(frame, procedure, input, meta)) as ApiResult<T>)
    const session = (await ipc<{ token: string }>('staff.signIn', { username: 'cashier1', password: 'pass1234' })).token
    const input = { receiptId: paid.id, template: 'form3' }
    // The button's path, with the real main process in between: prepare, print, record on success.
    const printReceipt = async () => {
      const next = await ipc<PrintReceiptResult>('printing.prepare', input, { session })
      // The page itself is the renderer's business (tests/e2e/receipt-pdf.spec.ts); here only its name matters.
      const job = {
        html: `<p>收款收据 No.${next.model.code}</p>`,
        pageWidthMm: 241,
        pageHeightMm: 93.1,
        target: 'printer' as const,
        fileName: next.pdfFileName
      }
      return printThenRecord(job, {
        print: (job) => fake.ipcHandlers.get('frontdesk:print')!(frame, job) as Promise<PrintResult>,
        confirmPrinted: async () => {
          throw new Error('the Electron shell knows the outcome: it never asks the clerk')
        },
        record: () =>
          ipc<PrintReceiptResult>(
            'printing.receipt',
            { ...input, copyNumber: next.copyNumber },
            { session, requestId: randomUUID() }
          )
      })
    }
    const nextCopy = async () =>
      (await ipc<{ nextCopyNumber: number }>('printing.preview', { receiptId: paid.id }, { session })).nextCopyNumber

    fake.printer.outcome = { success: false, failureReason: 'Printer is out of paper' }
    await expect(printReceipt()).rejects.toThrow(/printing failed: Printer is out of paper/)
    expect(await nextCopy()).toBe(0)
    const pdf = join(dir, 'prints', `receipt-${paid.code}-0.pdf`)
    expect(readFileSync(pdf)).toEqual(FAKE_PDF)

    fake.printer.outcome = { success: true, failureReason: '' }
    const done = await printReceipt()
    expect(done.sent).toEqual({ via: 'printer', pdfPath: pdf })
    expect(done.recorded).toMatchObject({ copyNumber: 0 })
    expect(await nextCopy()).toBe(1)
  })
})

describe('the built preload', () => {
  it('exposes window.frontdesk with call and print only, over the two fixed channels', async () => {
    const fake = createFakeElectron({ userData: tmpdir() })
    requireWithFake(fake, PRELOAD)
    expect(fake.calls.exposed.map(([key]) => key)).toEqual(['frontdesk'])
    const bridge = fake.calls.exposed[0]![1] as Record<string, (...args: unknown[]) => Promise<unknown>>
    expect(Object.keys(bridge).sort()).toEqual(['call', 'print'])
    await bridge.call!('system.status', {}, { locale: 'zh-CN' })
    await bridge.print!({ html: '<p></p>' })
    expect(fake.calls.invoked).toEqual([
      ['frontdesk:call', 'system.status', {}, { locale: 'zh-CN' }],
      ['frontdesk:print', { html: '<p></p>' }]
    ])
  })
})
