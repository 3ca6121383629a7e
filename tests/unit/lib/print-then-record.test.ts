import { describe, expect, it } from 'vitest'
import type { PrintJob, PrintResult } from '../../../shared/kernel/bridge'
import { printThenRecord } from '../../../renderer/src/lib/print/print-then-record'
import { LARGE_PRINT_PAGES, pageCount } from '../../../renderer/src/lib/print/page-count'

const job: PrintJob = {
  html: '<p>收据</p>',
  pageWidthMm: 241,
  pageHeightMm: 93.1,
  target: 'printer',
  fileName: 'receipt-1-0'
}

/** Runs the helper with a shell that answers `sent` (or fails) and a clerk who answers `printed`; returns what happened. */
async function run(sent: PrintResult | Error, printed: boolean) {
  const log: string[] = []
  const outcome = printThenRecord(job, {
    print: async () => {
      log.push('print')
      if (sent instanceof Error) throw sent
      return sent
    },
    confirmPrinted: async () => {
      log.push('asked')
      return printed
    },
    record: async () => {
      log.push('record')
      return 'recorded'
    }
  })
  return { outcome: await outcome.catch((error: Error) => error), log }
}

describe('a print is counted only when it happened', () => {
  it('the browser dialog the clerk says printed nothing records nothing', async () => {
    const { outcome, log } = await run({ via: 'dialog', copyPath: '/data/prints/receipt-1-0.html' }, false)
    expect(log).toEqual(['print', 'asked'])
    expect(outcome).toEqual({ sent: { via: 'dialog', copyPath: '/data/prints/receipt-1-0.html' }, recorded: null })
  })

  it('the browser dialog the clerk says printed is recorded after the answer', async () => {
    const { outcome, log } = await run({ via: 'dialog' }, true)
    expect(log).toEqual(['print', 'asked', 'record'])
    expect(outcome).toMatchObject({ recorded: 'recorded' })
  })

  it('a printer job that succeeded is recorded without asking; one that failed is not', async () => {
    expect((await run({ via: 'printer', pdfPath: '/p.pdf' }, false)).log).toEqual(['print', 'record'])
    const failed = await run(new Error('printing failed: Printer is offline'), true)
    expect(failed.log).toEqual(['print'])
    expect(failed.outcome).toBeInstanceOf(Error)
  })
})

describe('the page count of a print job', () => {
  const sheets = (n: number) =>
    `<style>.sheet { break-after: page }</style>${'<div class="sheet">付款请求书</div>'.repeat(n)}`
  it('counts one page per sheet; a page with none is one page', () => {
    expect(pageCount({ ...job, html: sheets(51) })).toBe(51)
    expect(pageCount({ ...job, html: sheets(LARGE_PRINT_PAGES) })).toBe(50)
    expect(
      pageCount({ ...job, html: '<div class="page bare" data-layout="data"></div><div class="page"></div>' })
    ).toBe(2)
    expect(pageCount({ ...job, html: '<p class="pages">一张</p>' })).toBe(1)
  })
})
