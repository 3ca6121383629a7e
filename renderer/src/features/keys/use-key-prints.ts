import { App } from 'antd'
import { api } from '@shared/api'
import type { KeySetView } from '@shared/keys/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { usePrint, type PrintSource } from '../../lib/print/use-print'
import { entrustmentJob } from './key-entrustment-print'
import { lastHandout, signOutJob, tagLabelJob } from './key-prints'
import type { PaperContext } from './key-paper-print'

/** The key papers, sent to the printer with the estate's names; a failure is shown, never thrown. */
export function useKeyPrints() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { print } = usePrint()
  const settings = useApiQuery(api.settings.get, {})
  const ctx: PaperContext = {
    companyName: settings.data?.companyName ?? '',
    estateName: settings.data?.estateName ?? ''
  }

  async function send(job: PrintSource) {
    const result = await print(job, { failedKey: 'keys.printFailed' })
    if (result?.via === 'pdf' && result.pdfPath) message.success(t('keys.printedPdf', { file: result.pdfPath }))
  }

  return {
    entrustment: (set: KeySetView) => send(() => entrustmentJob(set, ctx)),
    label: (set: KeySetView) => send(() => tagLabelJob(set, ctx)),
    /** The sign-out record of the last hand-out; `extra` carries what the screen knows beyond the view (the ID tail typed). */
    signOut: async (set: KeySetView, extra: { idTail?: string; phone?: string } = {}) => {
      const handout = lastHandout(set)
      if (!handout) message.info(t('keys.noHandout'))
      else await send(() => signOutJob(set, handout, ctx, extra))
    }
  }
}
