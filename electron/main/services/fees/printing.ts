import { api } from '../../../../shared/api'
import type { ReceiptView } from '../../../../shared/fees/fees'
import type { PrintReceiptResult, PrintTemplate } from '../../../../shared/fees/printing'
import { displayRoom } from '../../../../shared/domain/room-code'
import { buildReceiptPrintModel, type ReceiptPrintModel } from '../../../../shared/fees/receipt-model'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { AppError } from '../../core/errors'
import { paperBookHandlers, refuseUsedPaper, usePaper } from './paper-books'
import { layoutFor, printerProfileHandlers, profileFor } from './printer-profiles'
import { receiptView } from './receipt-records'
import { getRoom } from '../households/room-records'
import { readSetting } from '../foundation/settings'

/** How many times the receipt went to paper so far: the next print is that copy number. */
function printsSoFar(ctx: ServiceContext, receiptId: number): number {
  const row = ctx.store.sqlite
    .prepare(`SELECT coalesce(max(copy_number) + 1, 0) AS next FROM receipt_prints WHERE receipt_id = ?`)
    .get(receiptId) as { next: number }
  return row.next
}

function modelOf(ctx: ServiceContext, receipt: ReceiptView, copyNumber: number): ReceiptPrintModel {
  const room = getRoom(ctx.db, receipt.roomId)
  return buildReceiptPrintModel(receipt, {
    companyName: readSetting(ctx.db, 'companyName') ?? '',
    estateName: readSetting(ctx.db, 'estateName') ?? '',
    roomDisplay: displayRoom({ building: room.buildingCode, unit: room.unitCode, room: room.number }),
    // The cashier on the paper is who took the money, also on a reprint by someone else.
    cashierName: receipt.staffName,
    copyNumber
  })
}

/** The PDF copy's base name: receipt number and copy, so no print overwrites another. */
export const receiptPdfName = (code: string, copyNumber: number) =>
  `receipt-${code.replace(/[^A-Za-z0-9_-]/g, '_')}-${copyNumber}`

type PrintInput = { receiptId: number; template: PrintTemplate; paperNumber?: number; profileName?: string }

/** What the next print of the receipt puts on paper, recording nothing. */
function nextPrint(ctx: ServiceContext, input: PrintInput): PrintReceiptResult & { receipt: ReceiptView } {
  const receipt = receiptView(ctx.db, input.receiptId, ctx.requireSession())
  const printer = profileFor(ctx, input.profileName)
  const copyNumber = printsSoFar(ctx, receipt.id)
  const model = modelOf(ctx, receipt, copyNumber)
  const layout = layoutFor(printer, input.template)
  return {
    receipt,
    model,
    copyNumber,
    template: input.template,
    layout,
    printer,
    pdfFileName: receiptPdfName(receipt.code, copyNumber),
    paperNumber: input.paperNumber ?? null
  }
}

/** 打印前: the page of the next print; a pre-printed form number already used or spoiled is refused before paper is spent. */
const prepare = handle(api.printing.prepare, {
  run(ctx, input) {
    const { receipt: _receipt, ...next } = nextPrint(ctx, input)
    if (input.paperNumber !== undefined) refuseUsedPaper(ctx, input.paperNumber)
    return next
  }
})

/**
 * 打印收据, recorded once the page is on paper: the first print is copy 0, every later one a
 * counted 补打. On a pre-printed form from a registered book the form's number is used up (a
 * number already used or spoiled is refused). The print appears on the household's timeline.
 */
const printReceipt = handle(api.printing.receipt, {
  run(ctx, input) {
    const session = ctx.requireSession()
    const { receipt, ...next } = nextPrint(ctx, input)
    const { copyNumber, paperNumber, pdfFileName } = next
    // The paper shows the copy number `prepare` gave; another counter's print in between took it.
    if (input.copyNumber !== undefined && input.copyNumber !== copyNumber)
      throw new AppError('CONFLICT', {}, { field: 'copyNumber' })
    const printId = Number(
      ctx.store.sqlite
        .prepare(
          `INSERT INTO receipt_prints (receipt_id, copy_number, template, paper_number, pdf_file, printed_at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          receipt.id,
          copyNumber,
          input.template,
          paperNumber === null ? null : String(paperNumber),
          `${pdfFileName}.pdf`,
          ctx.now().toISOString(),
          session.staffId
        ).lastInsertRowid
    )
    const book = paperNumber === null ? null : usePaper(ctx, paperNumber, printId)
    const audit = { roomId: receipt.roomId, entityType: 'receipt', entityId: receipt.id }
    if (copyNumber === 0)
      ctx.audit({ ...audit, summaryKey: 'audit.printReceipt', summaryParams: { code: receipt.code } })
    else
      ctx.audit({
        ...audit,
        summaryKey: 'audit.reprintReceipt',
        summaryParams: { code: receipt.code, copy: copyNumber }
      })
    if (book)
      ctx.audit({
        ...audit,
        summaryKey: 'audit.paperUsed',
        summaryParams: { code: receipt.code, number: paperNumber!, book: book.label }
      })
    return next
  }
})

const preview = handle(api.printing.preview, {
  run(ctx, input) {
    const receipt = receiptView(ctx.db, input.receiptId, ctx.session)
    const nextCopyNumber = printsSoFar(ctx, receipt.id)
    return { model: modelOf(ctx, receipt, nextCopyNumber), nextCopyNumber }
  }
})

export const printingHandlers = [prepare, printReceipt, preview, ...paperBookHandlers, ...printerProfileHandlers]
