import type { PaymentMethod, ReceiptView } from './fees'
import { formatFen, toChineseCapital } from '../domain/money'
import { printLines, type PrintLine } from './receipt-lines'

export type { PrintLine } from './receipt-lines'

/**
 * What one receipt puts on paper, every string already worded and formatted. Built in the core
 * (pure, tested) so every template — the three-part form, thermal roll, A5 — prints the same
 * words and figures; a template only places them. The paper is Chinese whatever the screen's
 * language: it is an accounting voucher (收款收据), not part of the user interface.
 */
export interface ReceiptPrintModel {
  kind: 'payment' | 'refund'
  companyName: string
  estateName: string
  /** 收款收据, or 退款收据 for a refund (its amounts are negative). */
  title: '收款收据' | '退款收据'
  /** Who is who on this kind of receipt: on a refund the person at the counter receives the money. */
  labels: ReceiptLabels
  /** The receipt number (票据号), 'SJ2026000123'. */
  code: string
  /** '2026年11月22日' and '09:30', in the counter's local time. */
  date: string
  time: string
  payerName: string
  roomDisplay: string
  /** '139****5678', or '' when none was given. */
  phoneMasked: string
  lines: PrintLine[]
  /** '1,986.90'; with the sign for refunds. */
  total: string
  /** '¥1,986.90' / '-¥1,700.00'. */
  totalWithSymbol: string
  /** 人民币大写: '壹仟玖佰捌拾陆元玖角整', '负壹仟柒佰元整'. */
  totalCapital: string
  totalFen: number
  payments: { method: string; amount: string; text: string }[]
  /** All payments on one line: '现金 500.00（实收 600.00，找零 100.00）；微信 1,486.90'. */
  paymentsText: string
  cashierName: string
  remarks: string
  /** '原收据 SJ2026000100' on a refund, or null. */
  refersTo: string | null
  /** Every print after the first is a copy: '补打（第2次）'. */
  copyMark: string | null
  copyNumber: number
  /** A voided receipt printed again carries 作废. */
  voidMark: '作废' | null
}

export interface ReceiptPrintContext {
  companyName: string
  estateName: string
  roomDisplay: string
  cashierName: string
  /** 0 for the first print, n for the nth 补打. */
  copyNumber: number
  locale?: 'zh-CN'
  /** Minutes east of UTC for the printed date (480 in China); the machine's own zone when left out. */
  utcOffsetMinutes?: number
}

export const PAYMENT_METHOD_NAMES: Readonly<Record<PaymentMethod, string>> = {
  cash: '现金',
  wechat: '微信',
  alipay: '支付宝',
  card: '银行卡',
  transfer: '转账',
  other: '其他'
}

export interface ReceiptLabels {
  payer: '交款人' | '领款人'
  methods: '收款方式' | '退款方式'
  issuer: '收款单位' | '退款单位'
  cashier: '收款人' | '经办人'
}

const PAYMENT_LABELS: ReceiptLabels = { payer: '交款人', methods: '收款方式', issuer: '收款单位', cashier: '收款人' }
const REFUND_LABELS: ReceiptLabels = { payer: '领款人', methods: '退款方式', issuer: '退款单位', cashier: '经办人' }

export const PAPER_PART_LABELS = ['第一联 存根联', '第二联 客户联', '第三联 记账联'] as const

/** 人民币大写 of a signed total: the capitals of the absolute amount, 负 in front of a refund. */
export function capitalOfTotal(fen: number): string {
  return (fen < 0 ? '负' : '') + toChineseCapital(Math.abs(fen))
}

export function copyMarkOf(copyNumber: number): string | null {
  if (!Number.isSafeInteger(copyNumber) || copyNumber < 0)
    throw new RangeError(`copyNumber must be a non-negative integer: ${copyNumber}`)
  return copyNumber === 0 ? null : `补打（第${copyNumber}次）`
}

function localParts(iso: string, offsetMinutes: number | undefined): { date: string; time: string } {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: ${iso}`)
  const offset = offsetMinutes ?? -instant.getTimezoneOffset()
  const local = new Date(instant.getTime() + offset * 60_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return {
    date: `${local.getUTCFullYear()}年${two(local.getUTCMonth() + 1)}月${two(local.getUTCDate())}日`,
    time: `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
  }
}

function paymentText(p: ReceiptView['payments'][number]): string {
  const name = PAYMENT_METHOD_NAMES[p.method] ?? p.method
  const base = `${name} ${formatFen(p.amountFen)}`
  const change = p.tenderedFen === null ? 0 : (p.changeFen ?? p.tenderedFen - p.amountFen)
  // Exact cash needs no 实收/找零: the figures would only repeat the amount.
  if (p.method !== 'cash' || p.tenderedFen === null || change === 0) return base
  return `${base}（实收 ${formatFen(p.tenderedFen)}，找零 ${formatFen(change)}）`
}

export function buildReceiptPrintModel(receipt: ReceiptView, context: ReceiptPrintContext): ReceiptPrintModel {
  const { date, time } = localParts(receipt.issuedAt, context.utcOffsetMinutes)
  const payments = receipt.payments.map((p) => ({
    method: PAYMENT_METHOD_NAMES[p.method] ?? p.method,
    amount: formatFen(p.amountFen),
    text: paymentText(p)
  }))
  return {
    kind: receipt.kind,
    companyName: context.companyName,
    estateName: context.estateName,
    title: receipt.kind === 'refund' ? '退款收据' : '收款收据',
    labels: receipt.kind === 'refund' ? REFUND_LABELS : PAYMENT_LABELS,
    code: receipt.code,
    date,
    time,
    payerName: receipt.payerName,
    roomDisplay: context.roomDisplay,
    phoneMasked: receipt.payerPhoneMasked,
    lines: printLines(receipt.lines),
    total: formatFen(receipt.totalFen),
    totalWithSymbol: formatFen(receipt.totalFen, { symbol: true }),
    totalCapital: capitalOfTotal(receipt.totalFen),
    totalFen: receipt.totalFen,
    payments,
    paymentsText: payments.map((p) => p.text).join('；'),
    cashierName: context.cashierName,
    remarks: receipt.remarks,
    refersTo: receipt.refersToCode ? `原收据 ${receipt.refersToCode}` : null,
    copyMark: copyMarkOf(context.copyNumber),
    copyNumber: context.copyNumber,
    voidMark: receipt.status === 'void' || receipt.void !== null ? '作废' : null
  }
}

/** A made-up receipt for test pages and the settings preview: every column filled, two pay methods. */
export function sampleReceiptView(issuedAt = '2026-11-22T01:30:00.000Z'): ReceiptView {
  const month = (period: string) => ({
    itemName: '物业服务费',
    category: 'property',
    periodLabel: period,
    priceE4: 18500,
    quantityCenti: 8950,
    months: 1,
    amountFen: 16558,
    monthlyFen: 16558
  })
  return {
    id: 0,
    code: 'SJ2026000123',
    kind: 'payment',
    roomId: 0,
    roomCode: '3-2-1502',
    payerName: '张三',
    totalFen: 203940,
    issuedAt,
    staffName: '李收银',
    status: 'valid',
    refundable: false,
    refunded: false,
    printCount: 0,
    lines: [
      ...[
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
        '2026-11',
        '2026-12'
      ].map(month),
      {
        itemName: '水费',
        category: 'water',
        periodLabel: '2026-10-16 至 2026-11-15',
        priceE4: 34500,
        quantityCenti: 1230,
        months: 1,
        amountFen: 4244,
        monthlyFen: null
      },
      {
        itemName: '生活垃圾清运费',
        category: 'garbage',
        periodLabel: '2026-11',
        priceE4: 100000,
        quantityCenti: 100,
        months: 1,
        amountFen: 1000,
        monthlyFen: 1000
      }
    ],
    payments: [
      { method: 'cash', amountFen: 3940, tenderedFen: 5000, changeFen: 1060 },
      { method: 'wechat', amountFen: 200000, tenderedFen: null, changeFen: null }
    ],
    payerPhoneMasked: '139****5678',
    remarks: '预交 2026 年全年物业服务费',
    refersToCode: null,
    void: null,
    voidNeedsApproval: false
  }
}
