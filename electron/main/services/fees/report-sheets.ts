/**
 * The reports as Excel sheets, in the screen's words: every heading, category, method and status
 * comes from the shared report terms (shared/fees/report-messages.ts) that the screens show too.
 */
import type { DailyCollection, Ledger, ReceiptRegister, RegisterStatus } from '../../../../shared/fees/reports'
import { FEE_CATEGORIES, type FeeCategory } from '../../../../shared/fees/fees'
import { formatFen } from '../../../../shared/domain/money'
import { message, type MessageKey, type MessageParams } from '../../../../shared/messages'
import type { Locale } from '../../../../shared/kernel/locale'
import { localDateTime } from '../../../../shared/kernel/calendar'
import type { SheetColumn, SheetSpec } from './report-workbook'

/** Stored instants as the counter's local date and time ('YYYY-MM-DD HH:mm': a date cell). */
const localTime = (iso: string) => localDateTime(iso)
// Totals rows add up the rows shown, so a sheet that does not reconcile shows it.
const sum = <T extends { count: number; fen: number }>(rows: readonly T[], key: 'count' | 'fen') =>
  rows.reduce((n, r) => n + r[key], 0)

/** The words of one export in one language. */
function terms(locale: Locale) {
  const t = (key: MessageKey, params?: MessageParams) => message(locale, key, params)
  return {
    t,
    text: (key: MessageKey, width: number): SheetColumn => ({ header: t(key), width }),
    money: (key: MessageKey): SheetColumn => ({ header: t(key), width: 14, kind: 'fen' }),
    count: (key: MessageKey): SheetColumn => ({ header: t(key), width: 10, kind: 'int' }),
    time: (key: MessageKey): SheetColumn => ({ header: t(key), width: 17, kind: 'datetime' }),
    category: (c: string) =>
      c === 'deduction'
        ? t('reports.category.deduction')
        : FEE_CATEGORIES.includes(c as FeeCategory)
          ? t(`feeSettings.category.${c as FeeCategory}`)
          : c,
    status: (s: RegisterStatus) => t(`reports.register.status.${s}`)
  }
}

export function dailySheets(report: DailyCollection, locale: Locale): SheetSpec[] {
  const { t, text, money, count, time, category } = terms(locale)
  const title = (what: MessageKey) =>
    t('reports.export.dailyTitle', {
      report: t('reports.tab.daily'),
      date: report.date,
      what: t(what),
      count: report.total.count,
      total: formatFen(report.total.fen)
    })
  const total = t('reports.total')
  return [
    {
      name: t('reports.daily.byItem'),
      title: title('reports.daily.byItem'),
      columns: [
        text('reports.col.category', 14),
        text('reports.col.item', 24),
        count('reports.col.lines'),
        money('reports.col.amount')
      ],
      rows: report.byItem.map((r) => [category(r.category), r.itemName, r.count, r.fen]),
      totals: [total, '', sum(report.byItem, 'count'), sum(report.byItem, 'fen')]
    },
    {
      name: t('reports.daily.byMethod'),
      title: title('reports.daily.byMethod'),
      columns: [text('reports.col.method', 12), count('reports.col.payments'), money('reports.col.amount')],
      rows: report.byMethod.map((r) => [t(`fees.method.${r.method}`), r.count, r.fen]),
      totals: [total, sum(report.byMethod, 'count'), sum(report.byMethod, 'fen')]
    },
    {
      name: t('reports.daily.byClerk'),
      title: title('reports.daily.byClerk'),
      columns: [text('reports.col.clerk', 14), count('reports.col.receipts'), money('reports.col.amount')],
      rows: report.byClerk.map((r) => [r.staffName, r.count, r.fen]),
      totals: [total, sum(report.byClerk, 'count'), sum(report.byClerk, 'fen')]
    },
    {
      name: t('reports.daily.voids'),
      title: t('reports.export.voidsTitle', {
        report: t('reports.tab.daily'),
        date: report.date,
        what: t('reports.daily.voids'),
        count: report.voidTotal.count,
        total: formatFen(report.voidTotal.fen)
      }),
      columns: [
        text('reports.void.code', 16),
        text('reports.void.room', 12),
        money('reports.void.amount'),
        time('reports.void.issuedAt'),
        text('reports.register.staff', 10),
        time('reports.void.voidedAt'),
        text('reports.void.voidedBy', 10),
        text('reports.void.reason', 30)
      ],
      rows: report.voids.map((v) => [
        v.code,
        v.roomCode,
        v.totalFen,
        localTime(v.issuedAt),
        v.staffName,
        localTime(v.voidedAt),
        v.voidedBy,
        v.reason
      ]),
      totals: [total, '', report.voidTotal.fen]
    }
  ]
}

export function ledgerSheets(report: Ledger, locale: Locale): SheetSpec[] {
  const { t, text, money, category } = terms(locale)
  const x = report.totals
  return [
    {
      name: t('reports.tab.ledger'),
      title: t('reports.export.ledgerTitle', {
        report: t('reports.tab.ledger'),
        from: report.fromPeriod,
        to: report.toPeriod,
        asOf: report.asOf
      }),
      columns: [
        text('reports.ledger.period', 10),
        text('reports.col.category', 14),
        text('reports.col.item', 22),
        text('reports.ledger.building', 8),
        money('reports.ledger.receivable'),
        money('reports.ledger.received'),
        money('reports.ledger.arrears'),
        money('reports.ledger.notDue')
      ],
      rows: report.rows.map((r) => [
        r.period,
        category(r.category),
        r.itemName,
        r.buildingCode,
        r.receivableFen,
        r.receivedFen,
        r.arrearsFen,
        r.notDueFen
      ]),
      totals: [t('reports.total'), '', '', '', x.receivableFen, x.receivedFen, x.arrearsFen, x.notDueFen]
    }
  ]
}

export function registerSheets(report: ReceiptRegister, locale: Locale): SheetSpec[] {
  const { t, text, money, count, time, status } = terms(locale)
  const gaps =
    report.gaps.length === 0 ? t('reports.register.noGaps') : t('reports.register.gaps', { n: report.gaps.length })
  const check =
    report.beyondLast.length === 0
      ? gaps
      : t('reports.export.beyondCount', { check: gaps, n: report.beyondLast.length })
  // 说明 as on the screen: the void reason, and the receipt a refund reverses.
  const note = (e: ReceiptRegister['entries'][number]) =>
    [e.voidReason, e.refersToCode ? t('reports.register.refersTo', { code: e.refersToCode }) : null]
      .filter(Boolean)
      .join('；')
  return [
    {
      name: t('reports.tab.register'),
      title: t('reports.export.registerTitle', {
        report: t('reports.tab.register'),
        prefix: report.prefix,
        counter: report.counterName,
        last: report.lastNumber,
        check
      }),
      columns: [
        count('reports.register.number'),
        text('reports.register.code', 16),
        text('fees.status', 8),
        text('reports.register.room', 12),
        text('reports.register.payer', 14),
        money('reports.register.amount'),
        time('reports.register.issuedAt'),
        text('reports.register.staff', 10),
        text('reports.register.note', 30)
      ],
      rows: report.entries.map((e) => [
        e.number,
        e.code,
        status(e.status),
        e.roomCode,
        e.payerName,
        e.totalFen,
        localTime(e.issuedAt),
        e.staffName,
        note(e)
      ])
    },
    {
      name: t('reports.register.spoiled'),
      title: t('reports.export.spoiledTitle'),
      columns: [
        text('reports.register.book', 16),
        count('reports.register.paperNumber'),
        text('reports.register.reason', 30),
        time('reports.register.at'),
        text('reports.export.handledBy', 10)
      ],
      rows: report.spoiled.map((s) => [s.bookLabel, s.paperNumber, s.reason, localTime(s.at), s.staffName])
    },
    {
      name: t('reports.export.checkSheet'),
      title: check,
      columns: [count('reports.export.missing'), { ...count('reports.export.beyondLast'), width: 20 }],
      rows: Array.from({ length: Math.max(report.gaps.length, report.beyondLast.length) }, (_, i) => [
        report.gaps[i] ?? null,
        report.beyondLast[i] ?? null
      ])
    }
  ]
}
