import { useEffect, useState } from 'react'
import { Result, Spin } from 'antd'
import { api } from '@shared/api'
import { PRINT_LAYOUTS, PRINT_TEMPLATES, type PrintLayout, type PrintTemplate } from '@shared/fees/printing'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { receiptPage } from '../paper/receipt-templates'

const PREFIX = /^#\/print-preview\/(\d+)(?:\?(.*))?$/

/** '#/print-preview/12?template=form3&layout=data' → the receipt, template and layout, or null for any other address. */
export function printPreviewTarget(
  hash: string
): { receiptId: number; template: PrintTemplate | null; layout: PrintLayout | null } | null {
  const m = PREFIX.exec(hash)
  if (!m) return null
  const params = new URLSearchParams(m[2] ?? '')
  const template = params.get('template')
  const layout = params.get('layout')
  return {
    receiptId: Number(m[1]),
    template: PRINT_TEMPLATES.includes(template as PrintTemplate) ? (template as PrintTemplate) : null,
    layout: PRINT_LAYOUTS.includes(layout as PrintLayout) ? (layout as PrintLayout) : null
  }
}

/** The print-preview address of the window, following changes of the hash. */
export function usePrintPreviewTarget(): ReturnType<typeof printPreviewTarget> {
  const [hash, setHash] = useState(() => window.location.hash)
  useEffect(() => {
    const onChange = () => setHash(window.location.hash)
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return printPreviewTarget(hash)
}

/**
 * A receipt page exactly as it goes to the printer: the same self-contained HTML becomes this
 * window's whole document (no app around it), so the browser's own print or a PDF of this page
 * is the printed receipt. Records nothing: the model is the one the next print would carry.
 */
export function PrintPreviewPage({
  receiptId,
  template,
  layout
}: {
  receiptId: number
  template: PrintTemplate | null
  layout?: PrintLayout | null
}) {
  const { t } = useI18n()
  const preview = useApiQuery(api.printing.preview, { receiptId })
  const profiles = useApiQuery(api.printing.profiles, {})

  useEffect(() => {
    if (!preview.data || !profiles.data) return
    const profile = profiles.data.find((p) => p.default) ?? profiles.data[0]!
    const page = receiptPage(
      preview.data.model,
      template ?? profile.template,
      { xMm: profile.offsetXmm, yMm: profile.offsetYmm },
      layout ?? profile.layout
    )
    const parsed = new DOMParser().parseFromString(page.html, 'text/html')
    const root = document.adoptNode(parsed.documentElement)
    root.dataset.printReady = 'true'
    root.dataset.pageWidthMm = String(page.widthMm)
    root.dataset.pageHeightMm = String(page.heightMm)
    document.replaceChild(root, document.documentElement)
  }, [preview.data, profiles.data, template, layout])

  if (preview.isError)
    return <Result status="warning" title={t('printing.preview.failed', { message: preview.error.message })} />
  return <Spin fullscreen />
}
