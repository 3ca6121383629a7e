import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PrintReceiptResult } from '../../shared/fees/printing'
import type { PrintResult } from '../../shared/kernel/bridge'
import type { ApiResult } from '../../shared/kernel/errors'
import { printThenRecord } from '../../renderer/src/lib/print/print-then-record'
import { expectOk } from '../helpers/core'
import { boot, dataDir, shutDown, startMain } from '../helpers/electron-main'
import { paidMonth, receiptJob, setUpFees } from '../helpers/fees'
import { FAKE_PDF, type FakeElectron } from './fake-electron'

// Printing through the built main entry: the print window, the PDF copy, and the count (tests/helpers/electron-main.ts).
type Main = Awaited<ReturnType<typeof startMain>>
let fake: FakeElectron
let userData: string
let trusted: Main['trusted']
let print: Main['print']
beforeAll(async () => {
  ;({ fake, userData, trusted, print } = await startMain())
})
afterAll(shutDown)

describe('printing from the built Electron main entry', () => {
  const receipt = {
    html: '<p>收据 No.0001</p>',
    pageWidthMm: 241,
    pageHeightMm: 93,
    target: 'pdf',
    fileName: 'receipt-0001'
  }

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
})

describe('a receipt printed from the Electron shell', () => {
  it('is counted only when the print callback reports success; the PDF copy is kept either way', async () => {
    const dir = dataDir('frontdesk-print-count-')
    const fees = await setUpFees(dir)
    const paid = await paidMonth(fees)
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
      return printThenRecord(receiptJob(next), {
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
