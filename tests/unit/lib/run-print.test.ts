import { describe, expect, it } from 'vitest'
import type { PrintJob, PrintResult } from '../../../shared/kernel/bridge'
import { runPrint, type PrintSource } from '../../../renderer/src/lib/print/run-print'

const page = (sheets: number): PrintJob => ({
  html: '<div class="sheet">付款请求书</div>'.repeat(sheets),
  pageWidthMm: 148,
  pageHeightMm: 210,
  target: 'printer'
})

/** Runs one print with a shell answering `sent` (or failing), a clerk answering `go` to the page count and `printed` to 已打印？. */
async function run(
  source: PrintSource,
  { sent = { via: 'printer' } as PrintResult | Error, go = true, printed = true } = {}
) {
  const log: string[] = []
  const outcome = await runPrint(source, {
    confirmPages: async (pages) => (log.push(`pages ${pages}`), go),
    print: async () => {
      log.push('print')
      if (sent instanceof Error) throw sent
      return sent
    },
    confirmPrinted: async () => (log.push('asked'), printed),
    record: async () => (log.push('record'), 'recorded'),
    fail: (error) => log.push(`failed: ${error instanceof Error ? error.message : String(error)}`)
  })
  return { outcome, log }
}

describe('the one print path of every print button', () => {
  it('asks before more than 50 pages; stopping there sends nothing and records nothing', async () => {
    expect(await run(page(51), { go: false })).toEqual({ outcome: null, log: ['pages 51'] })
    expect((await run(page(51))).log).toEqual(['pages 51', 'print', 'record'])
    // Fifty pages or fewer go without the question.
    expect((await run(page(50))).log).toEqual(['print', 'record'])
  })

  it('builds the page from a function, and a page that cannot be built is reported, not thrown', async () => {
    expect((await run(async () => page(1))).outcome).toEqual({ sent: { via: 'printer' }, recorded: 'recorded' })
    const broken = await run(() => {
      throw new Error('no QR code')
    })
    expect(broken).toEqual({ outcome: null, log: ['failed: no QR code'] })
  })

  it('a failed job is reported and not recorded; a dialog the clerk says printed nothing records nothing', async () => {
    expect(await run(page(1), { sent: new Error('Printer is offline') })).toEqual({
      outcome: null,
      log: ['print', 'failed: Printer is offline']
    })
    const cancelled = await run(page(1), { sent: { via: 'dialog' }, printed: false })
    expect(cancelled).toEqual({ outcome: { sent: { via: 'dialog' }, recorded: null }, log: ['print', 'asked'] })
  })

  it('a record the core refuses is reported once the page is out', async () => {
    const log: string[] = []
    const outcome = await runPrint(page(1), {
      confirmPages: async () => true,
      print: async () => ({ via: 'printer' }),
      confirmPrinted: async () => true,
      record: async () => Promise.reject(new Error('copy taken by another counter')),
      fail: (error) => log.push(error instanceof Error ? error.message : String(error))
    })
    expect(outcome).toBeNull()
    expect(log).toEqual(['copy taken by another counter'])
  })
})
