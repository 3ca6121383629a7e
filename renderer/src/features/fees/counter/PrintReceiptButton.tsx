import { useState } from 'react'
import { App, Button } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { PrinterProfile, PrintReceiptResult } from '@shared/fees/printing'
import { ApiFailure, call } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { usePrint } from '../../../lib/print/use-print'
import { receiptPrintJob } from '../paper/receipt-templates'
import { PaperNumberDialog } from '../printing/PaperNumberDialog'

const refresh = [
  api.fees.receipts,
  api.fees.receipt,
  api.fees.account,
  api.printing.preview,
  api.printing.nextPaperNumber,
  api.households.timeline
]

interface Props {
  receiptId: number
  /** A link-style button for tables. */
  compact?: boolean
  /** Whether it went to paper before (the button then reads 补打); asked from the core when not given. */
  printed?: boolean
  onPrinted?: (result: PrintReceiptResult) => void
}

/**
 * 打印收据 with the default printer: the core gives the page of the next print (the first, or a
 * counted 补打), it goes to the printer with its copy kept in the data folder, and only a print
 * that happened is recorded: Electron's print callback reported success, or after the browser's
 * own dialog the clerk answered 已打印？ with 是. On pre-printed numbered forms the clerk first
 * confirms the number of the form in the printer.
 */
export function PrintReceiptButton({ receiptId, compact, printed, onPrinted }: Props) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const profiles = useApiQuery(api.printing.profiles, {})
  const preview = useApiQuery(api.printing.preview, { receiptId }, { enabled: printed === undefined })
  const print = useApiMutation(api.printing.receipt, refresh)
  const { printCounted } = usePrint()
  const [askingPaper, setAskingPaper] = useState<PrinterProfile | null>(null)
  const [sending, setSending] = useState(false)
  const isReprint = printed ?? (preview.data ? preview.data.nextCopyNumber > 0 : false)

  /** Prints, then records (a failure is shown by the print helper); an ApiFailure before printing is for the caller (the paper dialog shows it by its field). */
  async function printOn(profile: PrinterProfile, paperNumber?: number): Promise<void> {
    const input = {
      receiptId,
      template: profile.template,
      profileName: profile.name,
      ...(paperNumber === undefined ? {} : { paperNumber })
    }
    const next = await call(api.printing.prepare, input)
    setSending(true)
    try {
      const outcome = await printCounted(
        () => receiptPrintJob(next, profile),
        () => print.mutateAsync({ ...input, copyNumber: next.copyNumber })
      )
      if (!outcome) return
      const { sent, recorded } = outcome
      if (!recorded) {
        message.info(t('printing.notRecorded', { code: next.model.code }))
        return
      }
      const done =
        recorded.copyNumber === 0
          ? t('printing.printed', { code: recorded.model.code })
          : t('printing.reprinted', { code: recorded.model.code, copy: recorded.copyNumber })
      const kept = sent.pdfPath
        ? t('printing.pdfKept', { path: sent.pdfPath })
        : sent.copyPath
          ? t('printing.copyKept', { path: sent.copyPath })
          : ''
      message.success(kept ? `${done}；${kept}` : done)
      onPrinted?.(recorded)
    } finally {
      setSending(false)
    }
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
        <Button
          type="link"
          icon={<PrinterOutlined />}
          loading={busy}
          disabled={!profiles.data}
          onClick={start}
          data-testid="print-receipt"
        >
          {label}
        </Button>
      ) : (
        <Button
          type="primary"
          size="large"
          icon={<PrinterOutlined />}
          loading={busy}
          disabled={!profiles.data}
          onClick={start}
          data-testid="print-receipt"
        >
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
