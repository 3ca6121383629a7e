import { useMemo } from 'react'
import type { PrintLayout, PrintTemplate } from '@shared/fees/printing'
import { buildReceiptPrintModel, sampleReceiptView } from '@shared/fees/receipt-model'
import { receiptPage } from '../paper/receipt-templates'
import { SAMPLE_RECEIPT_PEOPLE } from '../paper/receipt-words'
import { useI18n } from '../../../lib/i18n'
import { colors } from '@renderer/lib/colors'

const PX_PER_MM = 96 / 25.4

/**
 * The sample receipt exactly as the template prints it, scaled into `widthPx`: the same HTML in
 * a sandboxed frame (no scripts), so what the settings show is what the printer gets.
 */
export function ReceiptSample({
  template,
  layout = 'full',
  offsetXmm,
  offsetYmm,
  companyName,
  estateName,
  widthPx = 460
}: {
  template: PrintTemplate
  layout?: PrintLayout
  offsetXmm: number
  offsetYmm: number
  companyName: string
  estateName: string
  widthPx?: number
}) {
  const { t } = useI18n()
  const page = useMemo(() => {
    const model = buildReceiptPrintModel(sampleReceiptView(), {
      companyName,
      estateName,
      ...SAMPLE_RECEIPT_PEOPLE,
      copyNumber: 0
    })
    return receiptPage(model, template, { xMm: offsetXmm, yMm: offsetYmm }, layout)
  }, [template, layout, offsetXmm, offsetYmm, companyName, estateName])
  const width = page.widthMm * PX_PER_MM
  const height = page.heightMm * PX_PER_MM
  const scale = Math.min(1, widthPx / width)
  return (
    <div
      style={{
        width: width * scale,
        height: height * scale,
        overflow: 'hidden',
        border: `1px solid ${colors.border}`,
        boxShadow: colors.shadowPaper,
        background: colors.bgContainer
      }}
      data-testid="receipt-sample"
    >
      <iframe
        title={t('printing.profile.preview')}
        srcDoc={page.html}
        sandbox=""
        style={{ width, height, border: 0, transform: `scale(${scale})`, transformOrigin: '0 0' }}
      />
    </div>
  )
}
