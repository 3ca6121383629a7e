import { useCallback } from 'react'
import { App } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { HandoverRecordView } from '@shared/handover/types'
import { ApiFailure, call } from '../../../lib/api/client'
import { useI18n } from '../../../lib/i18n'
import { usePrint } from '../../../lib/print/use-print'
import { handoverSheetJob } from './handover-sheet'
import type { PaperContext } from './sheet-kit'

/** The estate's names as every paper heads them, from the public status: the original of a close without successor prints after the session ended. */
async function paperContext(): Promise<PaperContext> {
  const status = await call(api.system.status, {})
  return status.mode === 'ready'
    ? { companyName: status.companyName, estateName: status.estateName }
    : { companyName: '', estateName: '' }
}

/**
 * Prints the 交接班记录表 of a handover in the counter's language: the print is recorded first
 * (handover.printed), because the paper must say which it is — the first the original, every
 * later one 副本 with its number — then the page goes through the app's one print path. The
 * screen (after a handover) and the history (补打) both call this; a failure is shown, never thrown.
 */
export function useHandoverSheetPrint(): (view: HandoverRecordView, options?: { original?: boolean }) => Promise<void> {
  const { t, locale } = useI18n()
  const { message } = App.useApp()
  const { print } = usePrint()
  const queryClient = useQueryClient()

  return useCallback(
    async (view: HandoverRecordView, options: { original?: boolean } = {}) => {
      let copyNumber = 1
      // The handover itself recorded the original (handover-sign.ts); every later print asks for its number.
      if (!options.original)
        try {
          ;({ copyNumber } = await call(api.handover.printed, { id: view.id }))
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          message.error(error instanceof ApiFailure ? reason : t('handoverPaper.printFailed', { reason }), 8)
          return
        } finally {
          // The count of prints changed (or may have): the record and the list show it.
          void queryClient.invalidateQueries({ queryKey: [api.handover.get.name] })
        }
      const sent = await print(
        async () => handoverSheetJob(view.sheet, copyNumber, await paperContext(), { t, locale }),
        { failedKey: 'handoverPaper.printFailed' }
      )
      if (sent?.via === 'pdf' && sent.pdfPath) message.success(t('printing.pdfKept', { path: sent.pdfPath }))
    },
    [locale, message, print, queryClient, t]
  )
}
