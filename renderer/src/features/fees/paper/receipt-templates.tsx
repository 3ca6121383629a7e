import { renderToStaticMarkup } from 'react-dom/server'
import type { PrintJob } from '@shared/kernel/bridge'
import {
  DATA_LAYOUT_TEMPLATES,
  type PrinterProfile,
  type PrintLayout,
  type PrintReceiptResult,
  type PrintTemplate
} from '@shared/fees/printing'
import { buildReceiptPrintModel, sampleReceiptView, type ReceiptPrintModel } from '@shared/fees/receipt-model'
import { FormReceipt } from './form-receipt'
import { FONT_STACK, FORM_GEOMETRY, mm, THERMAL_WIDTH_MM } from './receipt-layout'
import { ThermalReceipt, thermalHeightMm } from './thermal-receipt'
import { RECEIPT_WORDS, SAMPLE_RECEIPT_PEOPLE } from './receipt-words'

/**
 * Receipt pages as self-contained HTML: inline CSS, no scripts, no external resources (the print
 * window loads nothing else), `@page` at the exact paper size with no margins. The calibration
 * offsets of the printer move the whole page.
 */
export interface ReceiptPage {
  html: string
  widthMm: number
  heightMm: number
}

export interface Offsets {
  xMm: number
  yMm: number
}

const STYLE = `
html, body { margin: 0; padding: 0; background: #fff; }
body { font-family: ${FONT_STACK}; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { position: relative; overflow: hidden; break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
/* 套打: labels keep their room (so values land where the full form puts them) but print nothing. */
.bare .label { visibility: hidden; }
.bare .cell, .bare .boxed { border-color: transparent; }
.content { position: absolute; left: 0; top: 0; width: 100%; height: 100%; }
.abs { position: absolute; box-sizing: border-box; white-space: nowrap; overflow: hidden; }
.wrap { white-space: normal; word-break: break-all; }
.label { font-weight: normal; }
.company { letter-spacing: 0.3mm; }
.title { font-weight: bold; letter-spacing: 0.8mm; }
.title { padding-left: 0.8mm; }
.rule2 { border-top: 0.3mm solid #000; border-bottom: 0.3mm solid #000; }
.number { font-family: 'Courier New', 'Noto Sans Mono CJK SC', ${FONT_STACK}; font-weight: bold; }
.boxed { border: 0.3mm solid #000; font-weight: bold; }
.grid { border: 0.35mm solid #000; }
.cell { border-right: 0.2mm solid #000; border-bottom: 0.2mm solid #000; padding: 0 0.8mm; }
.cell.last { border-bottom: none; }
.cell.head { font-weight: bold; letter-spacing: 0.3mm; }
.cell.last:last-child, .cell:last-child { border-right: none; }
.legend { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.4mm; white-space: nowrap; line-height: 4.5mm; text-align: center; }
.void { border: 0.8mm double #c00; color: #c00; text-align: center; font-weight: bold; letter-spacing: 3mm; padding-left: 3mm; transform: rotate(-8deg); overflow: visible; }
.void-row { text-align: center; padding-top: 2.2mm; box-sizing: border-box; }
.void-row .void { display: inline-block; }
.thermal { position: relative; box-sizing: content-box; }
.thermal .row { overflow: hidden; }
.thermal .pair { display: flex; justify-content: space-between; gap: 2mm; white-space: nowrap; }
.thermal .pair-left { overflow: hidden; text-overflow: clip; }
.thermal .head, .thermal .total, .thermal .title, .thermal .company { font-weight: bold; }
.thermal .detail { padding-left: 3mm; }
.thermal .mark { font-weight: bold; }
.thermal .rule { border-top: 0.3mm dashed #000; margin-top: 1.1mm; height: 1.3mm !important; }
`

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function pageSize(model: ReceiptPrintModel, template: PrintTemplate): { widthMm: number; heightMm: number } {
  if (template === 'thermal80') return { widthMm: THERMAL_WIDTH_MM, heightMm: thermalHeightMm(model) }
  return { widthMm: FORM_GEOMETRY[template].widthMm, heightMm: FORM_GEOMETRY[template].heightMm }
}

/** One sheet: the receipt in its template, the full form or only its values (套打). */
function Sheet({
  model,
  template,
  layout,
  offsets,
  size
}: {
  model: ReceiptPrintModel
  template: PrintTemplate
  layout: PrintLayout
  offsets: Offsets
  size: { widthMm: number; heightMm: number }
}) {
  const bare = layout === 'data' && template !== 'thermal80'
  return (
    <div
      className={bare ? 'page bare' : 'page'}
      data-template={template}
      data-layout={bare ? 'data' : 'full'}
      style={{ width: mm(size.widthMm), height: mm(size.heightMm) }}
    >
      <div className="content" style={{ transform: `translate(${mm(offsets.xMm)}, ${mm(offsets.yMm)})` }}>
        {template === 'thermal80' ? (
          <ThermalReceipt model={model} />
        ) : (
          <FormReceipt model={model} geometry={FORM_GEOMETRY[template]} dataOnly={bare} />
        )}
      </div>
    </div>
  )
}

/** Sheets of one template as an HTML document, one page each, ready for `window.frontdesk.print` or a preview. */
function receiptDocument(
  sheets: { model: ReceiptPrintModel; layout: PrintLayout }[],
  template: PrintTemplate,
  offsets: Offsets
): ReceiptPage {
  const first = sheets[0]!.model
  const { widthMm, heightMm } = pageSize(first, template)
  const body = renderToStaticMarkup(
    <>
      {sheets.map((s, i) => (
        <Sheet
          key={i}
          model={s.model}
          template={template}
          layout={s.layout}
          offsets={offsets}
          size={{ widthMm, heightMm }}
        />
      ))}
    </>
  )
  // A single sheet fixes the body to the page; more sheets flow onto one page each.
  const bodySize = sheets.length === 1 ? `height: ${mm(heightMm)}; ` : ''
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(`${first.title} ${first.code}`)}</title>` +
    `<style>@page { size: ${mm(widthMm)} ${mm(heightMm)}; margin: 0 }\n` +
    `html, body { width: ${mm(widthMm)}; ${bodySize}}${STYLE}</style></head><body>${body}</body></html>`
  return { html, widthMm, heightMm }
}

/** The whole page as an HTML document; `layout` 'data' prints only the values (套打). */
export function receiptPage(
  model: ReceiptPrintModel,
  template: PrintTemplate,
  offsets: Offsets = { xMm: 0, yMm: 0 },
  layout: PrintLayout = 'full'
): ReceiptPage {
  return receiptDocument([{ model, layout }], template, offsets)
}

/** The print job of a recorded print: its template, the printer's offsets and device, the PDF name the core chose. */
export function receiptPrintJob(result: PrintReceiptResult, profile: PrinterProfile = result.printer): PrintJob {
  const page = receiptPage(
    result.model,
    result.template,
    { xMm: profile.offsetXmm, yMm: profile.offsetYmm },
    result.layout
  )
  return {
    html: page.html,
    pageWidthMm: page.widthMm,
    pageHeightMm: page.heightMm,
    target: 'printer',
    ...(profile.deviceName ? { deviceName: profile.deviceName } : {}),
    fileName: result.pdfFileName
  }
}

const LAYOUT_MARK: Record<PrintLayout, string> = { full: RECEIPT_WORDS.layoutFull, data: RECEIPT_WORDS.layoutData }

/**
 * A test page for a printer: a made-up receipt in the printer's template at its offsets, marked
 * 打印测试 with the offsets used, to hold against a pre-printed form and adjust. A form template
 * prints both layouts, the profile's own first: the full form shows where each field belongs,
 * the data-only sheet what lands on a pre-printed form.
 */
export function receiptTestJob(
  profile: PrinterProfile,
  context: { companyName: string; estateName: string },
  at: string
): PrintJob {
  const base = buildReceiptPrintModel(sampleReceiptView(at), { ...context, ...SAMPLE_RECEIPT_PEOPLE, copyNumber: 0 })
  const layouts: PrintLayout[] = !DATA_LAYOUT_TEMPLATES.includes(profile.template)
    ? ['full']
    : profile.layout === 'data'
      ? ['data', 'full']
      : ['full', 'data']
  const sheets = layouts.map((layout) => ({
    layout,
    model: {
      ...base,
      copyMark: `${RECEIPT_WORDS.testPage}${layouts.length > 1 ? ` ${LAYOUT_MARK[layout]}` : ''} X${signed(profile.offsetXmm)} Y${signed(profile.offsetYmm)}`
    }
  }))
  const page = receiptDocument(sheets, profile.template, { xMm: profile.offsetXmm, yMm: profile.offsetYmm })
  return {
    html: page.html,
    pageWidthMm: page.widthMm,
    pageHeightMm: page.heightMm,
    target: 'printer',
    ...(profile.deviceName ? { deviceName: profile.deviceName } : {}),
    fileName: 'receipt-test-page'
  }
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`
}
