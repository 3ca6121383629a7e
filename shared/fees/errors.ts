/** Refusals of fee items, bills, payments, receipts, paper books and printers (messages: `error.CODE`). */
export const FEES_ERROR_CODES = [
  'NO_PRICE',
  'AMOUNT_MISMATCH',
  'PAYMENTS_MISMATCH',
  'TENDERED_SHORT',
  'ALREADY_PAID',
  'NOTHING_TO_PAY',
  'READING_LOWER',
  'ALREADY_VOID',
  'NOT_REFUNDABLE',
  'REFUND_EXCEEDS',
  'ALREADY_REFUNDED',
  'NOT_METERED',
  'PAPER_OVERLAP',
  'PAPER_USED',
  'PAPER_NOT_IN_BOOK',
  'PRINTER_NAME_TAKEN'
] as const
