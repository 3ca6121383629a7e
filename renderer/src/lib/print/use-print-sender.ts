import { useCallback } from 'react'
import { App } from 'antd'
import type { PrintJob, PrintResult } from '@shared/kernel/bridge'
import { sendToPrinter } from '../../features/fees/arrears/print'
import { useI18n } from '../i18n'
import { LARGE_PRINT_PAGES, pageCount } from './page-count'
import { printThenRecord } from './print-then-record'

/**
 * The clerk's two questions around a print: 已打印？ after the browser's dialog (which cannot
 * tell print from cancel), answered 是/否, Esc meaning 否 so nothing is counted by accident.
 */
export function useAskPrinted(): () => Promise<boolean> {
  const { t } = useI18n()
  const { modal } = App.useApp()
  return useCallback(
    async () =>
      (await modal.confirm({ title: t('printing.askPrinted.title'), content: t('printing.askPrinted.body'), okText: t('printing.askPrinted.yes'), cancelText: t('printing.askPrinted.no') })) === true,
    [modal, t]
  )
}

/**
 * Sends a page to the printer the way every print button should: a job of more than 50 pages
 * first asks with its page count; with `confirmPrinted` the browser's dialog is followed by
 * 已打印？. Resolves null when the clerk stopped or said nothing printed (record nothing then).
 */
export function usePrintSender(): (job: PrintJob, options?: { confirmPrinted?: boolean }) => Promise<PrintResult | null> {
  const { t } = useI18n()
  const { modal } = App.useApp()
  const askPrinted = useAskPrinted()
  return useCallback(
    async (job, options = {}) => {
      const pages = pageCount(job)
      if (pages > LARGE_PRINT_PAGES) {
        const go = await modal.confirm({ title: t('printing.manyPages.title', { pages }), content: t('printing.manyPages.body', { pages }), okText: t('printing.manyPages.ok', { pages }), cancelText: t('common.cancel') })
        if (go !== true) return null
      }
      const { sent, recorded } = await printThenRecord(job, { print: sendToPrinter, confirmPrinted: options.confirmPrinted ? askPrinted : async () => true, record: async () => true })
      return recorded ? sent : null
    },
    [askPrinted, modal, t]
  )
}
