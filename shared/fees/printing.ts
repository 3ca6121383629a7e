import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE } from '../kernel/roles'
import { id, text } from '../kernel/fields'
import { CASHIERS, FEE_ADMINS } from './fees'
import type { ReceiptPrintModel } from './receipt-model'

/**
 * Receipt templates: the 241 mm three-part continuous form (one page; the carbon copies make the
 * 存根联 / 客户联 / 记账联), the 241 × 140 mm form, the 80 mm thermal roll and A5.
 */
export const PRINT_TEMPLATES = ['form3', 'form241x140', 'thermal80', 'a5'] as const
export type PrintTemplate = (typeof PRINT_TEMPLATES)[number]

/**
 * 'full' draws the whole form (title, grid, number, legend) on blank paper; 'data' (套打) prints
 * only the values, at the positions of the full form's fields, onto pre-printed numbered forms.
 */
export const PRINT_LAYOUTS = ['full', 'data'] as const
export type PrintLayout = (typeof PRINT_LAYOUTS)[number]
/** The thermal roll has no pre-printed form to print onto. */
export const DATA_LAYOUT_TEMPLATES: readonly PrintTemplate[] = ['form3', 'form241x140', 'a5']

/** The settings of one printer at this counter (kept in settings as `printerProfiles`). */
export interface PrinterProfile {
  name: string
  /** The system's printer name; '' prints to the system's default printer. */
  deviceName: string
  template: PrintTemplate
  layout: PrintLayout
  /** Calibration: the whole page is moved by this much (mm, right and down positive). */
  offsetXmm: number
  offsetYmm: number
  /** Pre-printed numbered forms: the clerk confirms each form's number before printing. */
  usePaperBooks: boolean
  default: boolean
}

/** A book (收据本) of pre-printed numbered forms, and how far it is used. */
export interface PaperBookView {
  id: number
  label: string
  from: number
  to: number
  holderId: number | null
  holderName: string | null
  registeredAt: string
  used: number
  spoiled: number
  remaining: number
  /** The lowest number neither used nor spoiled; null when the book is finished. */
  nextNumber: number | null
}

export interface PrintReceiptResult {
  model: ReceiptPrintModel
  /** 0 for the first print, n for the nth 补打. */
  copyNumber: number
  template: PrintTemplate
  layout: PrintLayout
  printer: PrinterProfile
  /** Base name of the PDF copy kept in the data folder ('receipt-SJ2026000123-0'). */
  pdfFileName: string
  paperNumber: number | null
}

/** Pre-printed form numbers: positive, at most 10 digits. */
export const paperNumber = z.number().int().min(1).max(9_999_999_999)
const offsetMm = z.number().min(-30).max(30)
/** A book holds at most this many forms (a real one holds 25–100). */
export const MAX_BOOK_SIZE = 10_000
/** At most this many forms are written off in one go. */
export const MAX_SPOIL_RUN = 200

const profileInput = {
  name: text(40),
  deviceName: z.string().trim().max(200, 'field.tooLong').default(''),
  template: z.enum(PRINT_TEMPLATES),
  layout: z.enum(PRINT_LAYOUTS).default('full'),
  offsetXmm: offsetMm.default(0),
  offsetYmm: offsetMm.default(0),
  usePaperBooks: z.boolean().default(false),
  default: z.boolean().default(false)
}

const printInput = {
  receiptId: id,
  template: z.enum(PRINT_TEMPLATES),
  paperNumber: paperNumber.optional(),
  profileName: text(40).optional()
}

export const printingApi = {
  /**
   * The page the next print will put on paper (its copy number, the printer, the PDF name),
   * recording nothing: a print is counted only once it happened (`receipt`). A form number
   * already used or spoiled is refused here, before any paper is spent.
   */
  prepare: query<PrintReceiptResult>()('printing.prepare', z.strictObject(printInput), CASHIERS),
  /**
   * Records a print that happened (copy 0, then each 补打 counted) and, on a pre-printed form
   * from a registered book, uses that form's number. `copyNumber` is the copy the paper shows
   * (from `prepare`): when someone else's print took it meanwhile the record is refused.
   */
  receipt: mutation<PrintReceiptResult>()(
    'printing.receipt',
    z.strictObject({ ...printInput, copyNumber: z.number().int().min(0).max(10_000).optional() }),
    CASHIERS
  ),
  /** The print model as the next print would show it, recording nothing (preview, reprint dialog). */
  preview: query<{ model: ReceiptPrintModel; nextCopyNumber: number }>()(
    'printing.preview',
    z.strictObject({ receiptId: id }),
    ANY_ROLE
  ),
  /** 作废的空白联: a form (or a run of forms, up to `throughNumber`) spoiled in the printer, with the reason. */
  spoilPaper: mutation<{ spoiled: number[]; bookLabel: string }>()(
    'printing.spoilPaper',
    z
      .strictObject({ paperNumber, throughNumber: paperNumber.optional(), reason: text(100) })
      .refine(
        (v) =>
          v.throughNumber === undefined ||
          (v.throughNumber >= v.paperNumber && v.throughNumber - v.paperNumber < MAX_SPOIL_RUN),
        {
          path: ['throughNumber'],
          message: 'field.invalid'
        }
      ),
    CASHIERS
  ),
  /** The signed-in person's lowest form number not yet used or spoiled, in the books they hold. */
  nextPaperNumber: query<{ paperNumber: number | null; bookId: number | null; bookLabel: string | null }>()(
    'printing.nextPaperNumber',
    z.strictObject({}),
    CASHIERS
  ),
  books: query<{ books: PaperBookView[]; holders: { id: number; name: string }[] }>()(
    'printing.books',
    z.strictObject({}),
    FEE_ADMINS
  ),
  registerBook: mutation<PaperBookView>()(
    'printing.registerBook',
    z
      .strictObject({ label: text(40), from: paperNumber, to: paperNumber, holderId: id })
      .refine((v) => v.to >= v.from && v.to - v.from < MAX_BOOK_SIZE, { path: ['to'], message: 'field.invalid' }),
    FEE_ADMINS
  ),
  /** Every counter person needs the printer settings to print; only fee administrators change them. */
  profiles: query<PrinterProfile[]>()('printing.profiles', z.strictObject({}), ANY_ROLE),
  saveProfile: mutation<PrinterProfile[]>()(
    'printing.saveProfile',
    z
      .strictObject({ previousName: text(40).optional(), ...profileInput })
      .refine((v) => v.layout === 'full' || DATA_LAYOUT_TEMPLATES.includes(v.template), {
        path: ['layout'],
        message: 'field.layoutNeedsForm'
      }),
    FEE_ADMINS
  ),
  removeProfile: mutation<PrinterProfile[]>()('printing.removeProfile', z.strictObject({ name: text(40) }), FEE_ADMINS)
}
