import { useState } from 'react'
import { App, Button } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { PrinterProfile, PrintReceiptResult } from '@shared/api/printing'
import { ApiFailure } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { useI18n } from '../../i18n'
import { receiptPrintJob } from '../../print/receipt-templates'
import { PaperNumberDialog } from '../printing/PaperNumberDialog'

const refresh = [api.fees.receipts, api.fees.receipt, api.fees.account, api.printing.preview, api.printing.nextPaperNumber, api.households.timeline]

interface Props {
  receiptId: number
  /** A link-style button for tables. */
  compact?: boolean
  /** Whether it went to paper before (the button then reads 补打); asked from the core when not given. */
  printed?: boolean
  onPrinted?: (result: PrintReceiptResult) => void
}

/**
 * 打印收据 with the default printer: the core records the print (the first, or a counted 补打)
 * and returns the print model; the page goes to the printer and its PDF copy to the data folder.
 * On pre-printed numbered forms the clerk first confirms the number of the form in the printer.
 */
export function PrintReceiptButton({ receiptId, compact, printed, onPrinted }: Props) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const profiles = useApiQuery(api.printing.profiles, {})
  const preview = useApiQuery(api.printing.preview, { receiptId }, { enabled: printed === undefined })
  const print = useApiMutation(api.printing.receipt, refresh)
  const [askingPaper, setAskingPaper] = useState<PrinterProfile | null>(null)
  const [sending, setSending] = useState(false)
  const isReprint = printed ?? (preview.data ? preview.data.nextCopyNumber > 0 : false)

  /** Records the print, then sends it; an ApiFailure is for the caller (the paper dialog shows it by its field). */
  async function printOn(profile: PrinterProfile, paperNumber?: number): Promise<void> {
    const result = await print.mutateAsync({ receiptId, template: profile.template, profileName: profile.name, ...(paperNumber === undefined ? {} : { paperNumber }) })
    const done = result.copyNumber === 0 ? t('printing.printed', { code: result.model.code }) : t('printing.reprinted', { code: result.model.code, copy: result.copyNumber })
    setSending(true)
    try {
      const sent = await window.frontdesk.print(receiptPrintJob(result, profile))
      message.success(sent.pdfPath ? `${done}；${t('printing.pdfKept', { path: sent.pdfPath })}` : done)
    } catch (error) {
      message.error(t('printing.failed', { reason: error instanceof Error ? error.message : String(error) }), 8)
    } finally {
      setSending(false)
    }
    onPrinted?.(result)
  }

  async function start() {
    const profile = profiles.data?.find((p) => p.default) ?? profiles.data?.[0]
    if (!profile) return
    if (profile.usePaperBooks) {
      setAskingPaper(profile)
      return
    }
    try {
      await printOn(profile)
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const busy = print.isPending || sending
  const label = isReprint ? t('printing.reprint') : t('printing.print')
  return (
    <>
      {compact ? (
        <Button type="link" icon={<PrinterOutlined />} loading={busy} disabled={!profiles.data} onClick={start} data-testid="print-receipt">
          {label}
        </Button>
      ) : (
        <Button type="primary" size="large" icon={<PrinterOutlined />} loading={busy} disabled={!profiles.data} onClick={start} data-testid="print-receipt">
          {label}
        </Button>
      )}
      {askingPaper && (
        <PaperNumberDialog
          onCancel={() => setAskingPaper(null)}
          onConfirm={async (paperNumber) => {
            await printOn(askingPaper, paperNumber)
            setAskingPaper(null)
          }}
        />
      )}
    </>
  )
}
