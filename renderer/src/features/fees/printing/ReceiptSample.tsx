import { useMemo } from 'react'
import type { PrintLayout, PrintTemplate } from '@shared/fees/printing'
import { buildReceiptPrintModel, sampleReceiptView } from '@shared/fees/receipt-model'
import { receiptPage } from '../paper/receipt-templates'

const PX_PER_MM = 96 / 25.4

/**
 * The sample receipt exactly as the template prints it, scaled into `widthPx`: the same HTML in
 * a sandboxed frame (no scripts), so what the settings show is what the printer gets.
 */
export function ReceiptSample({ template, layout = 'full', offsetXmm, offsetYmm, companyName, estateName, widthPx = 460 }: { template: PrintTemplate; layout?: PrintLayout; offsetXmm: number; offsetYmm: number; companyName: string; estateName: string; widthPx?: number }) {
  const page = useMemo(() => {
    const model = buildReceiptPrintModel(sampleReceiptView(), { companyName, estateName, roomDisplay: '3栋2单元1502', cashierName: '李收银', copyNumber: 0 })
    return receiptPage(model, template, { xMm: offsetXmm, yMm: offsetYmm }, layout)
  }, [template, layout, offsetXmm, offsetYmm, companyName, estateName])
  const width = page.widthMm * PX_PER_MM
  const height = page.heightMm * PX_PER_MM
  const scale = Math.min(1, widthPx / width)
  return (
    <div style={{ width: width * scale, height: height * scale, overflow: 'hidden', border: '1px solid #d9d9d9', boxShadow: '0 1px 4px rgba(0,0,0,.12)', background: '#fff' }} data-testid="receipt-sample">
      <iframe title="receipt-sample" srcDoc={page.html} sandbox="" style={{ width, height, border: 0, transform: `scale(${scale})`, transformOrigin: '0 0' }} />
    </div>
  )
}
