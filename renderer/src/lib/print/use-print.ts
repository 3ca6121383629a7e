import { useCallback, useMemo } from 'react'
import { App } from 'antd'
import type { PrintResult } from '@shared/kernel/bridge'
import { ApiFailure } from '../api/client'
import { useI18n, type TranslateKey } from '../i18n'
import { runPrint, type PrintSource } from './run-print'

export type { PrintSource } from './run-print'

export interface PrintOptions {
  /** The catalog's words for a failure, with `{reason}`; the printer's (printing.failed) unless the button has its own. */
  failedKey?: TranslateKey
}

export interface Printer {
  /**
   * Sends a page: more than 50 pages first asks with the count; with `confirmPrinted` the browser's
   * dialog is followed by 已打印？ (for a print whose outcome the button notes somewhere). Resolves
   * null when the clerk stopped, the clerk said nothing printed, or it failed (already reported).
   */
  print(job: PrintSource, options?: PrintOptions & { confirmPrinted?: boolean }): Promise<PrintResult | null>
  /**
   * A counted print (a receipt copy, notices noted on the rooms' timelines): as `print`, always
   * asking 已打印？ after the browser's dialog, then `record` runs only for a page that came out.
   * `recorded` is null when the clerk said nothing printed; the whole is null when stopped or failed.
   */
  printCounted<T>(
    job: PrintSource,
    record: () => Promise<T>,
    options?: PrintOptions
  ): Promise<{ sent: PrintResult; recorded: T | null } | null>
}

/**
 * 已打印？ after the browser's dialog (which cannot tell print from cancel), answered 是/否,
 * Esc meaning 否 so nothing is counted by accident.
 */
function useAskPrinted(): () => Promise<boolean> {
  const { t } = useI18n()
  const { modal } = App.useApp()
  return useCallback(
    async () =>
      (await modal.confirm({
        title: t('printing.askPrinted.title'),
        content: t('printing.askPrinted.body'),
        okText: t('printing.askPrinted.yes'),
        cancelText: t('printing.askPrinted.no')
      })) === true,
    [modal, t]
  )
}

/** A ream is not wasted on a wrong building or period: above 50 pages the clerk sees the count and says go. */
function useConfirmPages(): (pages: number) => Promise<boolean> {
  const { t } = useI18n()
  const { modal } = App.useApp()
  return useCallback(
    async (pages) =>
      (await modal.confirm({
        title: t('printing.manyPages.title', { pages }),
        content: t('printing.manyPages.body', { pages }),
        okText: t('printing.manyPages.ok', { pages }),
        cancelText: t('common.cancel')
      })) === true,
    [modal, t]
  )
}

/**
 * The one way a print button puts a page on paper, through `window.frontdesk.print` (Electron:
 * silently to the profile's printer with a PDF copy kept; browser: its print dialog with a copy
 * in prints/). A failure is shown, never thrown: the core refusing a record (another counter took
 * this copy) in its own words, anything else as the button's failure text.
 */
export function usePrint(): Printer {
  const { t } = useI18n()
  const { message } = App.useApp()
  const askPrinted = useAskPrinted()
  const confirmPages = useConfirmPages()

  const run = useCallback(
    <T>(source: PrintSource, record: () => Promise<T>, ask: boolean, options: PrintOptions) =>
      runPrint(source, {
        confirmPages,
        print: (job) => window.frontdesk.print(job),
        confirmPrinted: ask ? askPrinted : async () => true,
        record,
        fail: (error) => {
          const reason = error instanceof Error ? error.message : String(error)
          message.error(error instanceof ApiFailure ? reason : t(options.failedKey ?? 'printing.failed', { reason }), 8)
        }
      }),
    [askPrinted, confirmPages, message, t]
  )

  return useMemo<Printer>(
    () => ({
      print: async (job, options = {}) => {
        const outcome = await run(job, async () => true, options.confirmPrinted === true, options)
        return outcome?.recorded ? outcome.sent : null
      },
      printCounted: (job, record, options = {}) => run(job, record, true, options)
    }),
    [run]
  )
}
