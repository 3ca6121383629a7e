/** The reports as Excel sheets, in the office's words (the workbooks are for the finance office). */
import type { FeeCategory, PaymentMethod } from '../../../shared/api/fees'
import type { DailyCollection, Ledger, ReceiptRegister, RegisterStatus } from '../../../shared/api/reports'
import { formatFen } from '../../../shared/domain/money'
import { localDate } from './fee-items'
import type { SheetSpec } from './report-workbook'

const CATEGORY_NAMES: Record<FeeCategory | 'deduction', string> = {
  property: '物业费',
  water: '水费',
  electricity: '电费',
  gas: '燃气费',
  parking: '停车费',
  garbage: '垃圾清运',
  renovationDeposit: '装修保证金',
  paidService: '有偿服务',
  other: '其他',
  deduction: '扣款'
}
const METHOD_NAMES: Record<PaymentMethod, string> = { cash: '现金', wechat: '微信', alipay: '支付宝', card: '银行卡', transfer: '转账', other: '其他' }
const STATUS_NAMES: Record<RegisterStatus, string> = { valid: '有效', void: '作废', refund: '退款' }

const category = (c: string) => CATEGORY_NAMES[c as FeeCategory] ?? c
/** Stored instants as the counter's local date and time. */
const localTime = (iso: string) => {
  const d = new Date(iso)
  return `${localDate(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
const money = (header: string) => ({ header, width: 14, kind: 'fen' as const })
// Totals rows add up the rows shown, so a sheet that does not reconcile shows it.
const sum = <T extends { count: number; fen: number }>(rows: readonly T[], key: 'count' | 'fen') => rows.reduce((n, r) => n + r[key], 0)
const count = (header: string) => ({ header, width: 8, kind: 'int' as const })

export function dailySheets(report: DailyCollection): SheetSpec[] {
  const title = (what: string) => `收款日报 ${report.date} · ${what}（有效收据 ${report.total.count} 张，合计 ${formatFen(report.total.fen)} 元；退款计负数，作废不计）`
  return [
    {
      name: '按项目',
      title: title('按收费项目'),
      columns: [{ header: '类别', width: 12 }, { header: '项目', width: 24 }, count('笔数'), money('金额(元)')],
      rows: report.byItem.map((r) => [category(r.category), r.itemName, r.count, r.fen]),
      totals: ['合计', '', sum(report.byItem, 'count'), sum(report.byItem, 'fen')]
    },
    {
      name: '按支付方式',
      title: title('按支付方式'),
      columns: [{ header: '支付方式', width: 12 }, count('笔数'), money('金额(元)')],
      rows: report.byMethod.map((r) => [METHOD_NAMES[r.method] ?? r.method, r.count, r.fen]),
      totals: ['合计', sum(report.byMethod, 'count'), sum(report.byMethod, 'fen')]
    },
    {
      name: '按收款人',
      title: title('按收款人'),
      columns: [{ header: '收款人', width: 14 }, count('张数'), money('金额(元)')],
      rows: report.byClerk.map((r) => [r.staffName, r.count, r.fen]),
      totals: ['合计', sum(report.byClerk, 'count'), sum(report.byClerk, 'fen')]
    },
    {
      name: '作废',
      title: `收款日报 ${report.date} · 作废收据（${report.voidTotal.count} 张，${formatFen(report.voidTotal.fen)} 元，不计入收款）`,
      columns: [{ header: '票据号', width: 16 }, { header: '房号', width: 12 }, money('金额(元)'), { header: '开具时间', width: 17 }, { header: '开票人', width: 10 }, { header: '作废时间', width: 17 }, { header: '作废人', width: 10 }, { header: '原因', width: 30 }],
      rows: report.voids.map((v) => [v.code, v.roomCode, v.totalFen, localTime(v.issuedAt), v.staffName, localTime(v.voidedAt), v.voidedBy, v.reason]),
      totals: ['合计', '', report.voidTotal.fen]
    }
  ]
}

export function ledgerSheets(report: Ledger): SheetSpec[] {
  const t = report.totals
  return [
    {
      name: '应收实收欠收',
      title: `应收、实收、欠收 ${report.fromPeriod} 至 ${report.toPeriod}（欠收截至 ${report.asOf}）`,
      columns: [{ header: '月份', width: 10 }, { header: '类别', width: 12 }, { header: '项目', width: 22 }, { header: '楼栋', width: 8 }, money('应收(元)'), money('实收(元)'), money('欠收(元)'), money('未到期(元)')],
      rows: report.rows.map((r) => [r.period, category(r.category), r.itemName, r.buildingCode, r.receivableFen, r.receivedFen, r.arrearsFen, r.notDueFen]),
      totals: ['合计', '', '', '', t.receivableFen, t.receivedFen, t.arrearsFen, t.notDueFen]
    }
  ]
}

export function registerSheets(report: ReceiptRegister): SheetSpec[] {
  const check = report.gaps.length === 0 && report.beyondLast.length === 0 ? '断号检查：无断号' : `断号检查：缺号 ${report.gaps.length} 个，超出 ${report.beyondLast.length} 个`
  return [
    {
      name: '收据登记簿',
      title: `收据登记簿 ${report.prefix}（${report.counterName}，已用至第 ${report.lastNumber} 号）· ${check}`,
      columns: [{ header: '序号', width: 8, kind: 'int' }, { header: '票据号', width: 16 }, { header: '状态', width: 8 }, { header: '房号', width: 12 }, { header: '交款人', width: 14 }, money('金额(元)'), { header: '开具时间', width: 17 }, { header: '收款人', width: 10 }, { header: '作废原因', width: 24 }, { header: '原收据', width: 16 }],
      rows: report.entries.map((e) => [e.number, e.code, STATUS_NAMES[e.status], e.roomCode, e.payerName, e.totalFen, localTime(e.issuedAt), e.staffName, e.voidReason ?? '', e.refersToCode ?? ''])
    },
    {
      name: '作废纸张',
      title: '空白作废的收据纸张',
      columns: [{ header: '收据本', width: 16 }, { header: '纸张号', width: 10, kind: 'int' }, { header: '原因', width: 30 }, { header: '时间', width: 17 }, { header: '经手人', width: 10 }],
      rows: report.spoiled.map((s) => [s.bookLabel, s.paperNumber, s.reason, localTime(s.at), s.staffName])
    },
    {
      name: '断号检查',
      title: check,
      columns: [{ header: '缺号', width: 10, kind: 'int' }, { header: '超出已用号的收据', width: 18, kind: 'int' }],
      rows: Array.from({ length: Math.max(report.gaps.length, report.beyondLast.length) }, (_, i) => [report.gaps[i] ?? null, report.beyondLast[i] ?? null])
    }
  ]
}
