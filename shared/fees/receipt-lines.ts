import type { ReceiptLineView } from './fees'
import { addMonths, formatPrice } from './periods'
import { formatFen, sumFen } from '../domain/money'

/** One line as the paper shows it: every cell already text. */
export interface PrintLine {
  itemName: string
  /** 起止月份: '2026.11', '2026.01-2026.12', '2026.10.16-11.15', or the stored text. */
  period: string
  /** 单价 in yuan ('1.85', '3.4567'), '' when the line has none (deposit returns, deductions). */
  unitPrice: string
  /** 数量/面积: '89.50 ㎡', '12 个月', '12.30 吨', '89.50 ㎡×12个月', '' when none. */
  quantity: string
  /** '1,986.90'; refunds '-2,000.00'. */
  amount: string
  amountFen: number
}

const MONTH = /^(\d{4})-(\d{2})$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const RANGE = /^(\d{4}-\d{2}(?:-\d{2})?)\s*(?:至|~|～|—|–|-{1,2}|to)\s*(\d{4}-\d{2}(?:-\d{2})?)$/

/** Metered units by category: water in 吨, electricity in 度, gas in m³. */
const METER_UNITS: Readonly<Record<string, string>> = { water: '吨', electricity: '度', gas: 'm³' }
/** Charged by building area: the quantity is the area (物业费 per ㎡ per month). */
const AREA_CATEGORIES = new Set(['property'])

/** Hundredths as the shortest exact decimal: 8950 → '89.50' (areas and readings keep two places), 100 → '1'. */
function centi(value: number, keepPlaces: boolean): string {
  const text = formatFen(value, { grouping: false })
  return keepPlaces ? text : text.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1')
}

function dotted(date: string): string {
  return date.replace(/-/g, '.')
}

/** '2026-11' → '2026.11'; '2026-10-16 至 2026-11-15' → '2026.10.16-11.15'; anything else as stored. */
export function periodText(label: string): string {
  const trimmed = label.trim()
  if (MONTH.test(trimmed) || DAY.test(trimmed)) return dotted(trimmed)
  const range = RANGE.exec(trimmed)
  if (range) {
    const [, from = '', to = ''] = range
    if (from === to) return dotted(from)
    // A run of days in one year drops the second year ('2026.10.16-11.15'); months keep both ends.
    const sameYearDays = from.length === 10 && from.slice(0, 4) === to.slice(0, 4)
    return `${dotted(from)}-${sameYearDays ? dotted(to.slice(5)) : dotted(to)}`
  }
  return trimmed
}

/**
 * 数量/面积 by what the line is: a meter's usage in its unit, an area in ㎡ (times the months when
 * several are on one line), a monthly fixed charge as its months, a count otherwise.
 */
export function quantityText(category: string, quantityCenti: number | null, months: number, monthly: boolean): string {
  if (quantityCenti === null) return ''
  const meterUnit = METER_UNITS[category]
  if (meterUnit) return `${centi(quantityCenti, true)} ${meterUnit}`
  if (AREA_CATEGORIES.has(category))
    return months > 1 ? `${centi(quantityCenti, true)} ㎡×${months}个月` : `${centi(quantityCenti, true)} ㎡`
  if (monthly) return quantityCenti === 100 ? `${months} 个月` : `${centi(quantityCenti, false)}×${months}个月`
  return centi(quantityCenti, false)
}

interface Run {
  line: ReceiptLineView
  first: string
  last: string
  months: number
  amounts: number[]
}

/**
 * A payment settles one receivable per month, so twelve prepaid months are twelve stored lines.
 * On paper consecutive months of the same item at the same price, quantity and amount read as one
 * line with its 起止月份 — the sum is exact and each month's arithmetic still holds. Lines that are
 * not single months (meter readings, one-offs, refunds) are printed as stored.
 */
function mergeMonths(lines: readonly ReceiptLineView[]): Run[] {
  const runs: Run[] = []
  const key = (l: ReceiptLineView) => JSON.stringify([l.itemName, l.category, l.priceE4, l.quantityCenti, l.amountFen])
  const order = new Map<string, number>()
  const indexed = lines.map((line, i) => {
    const monthly = MONTH.test(line.periodLabel.trim()) && (line.months ?? 1) === 1
    const k = monthly ? key(line) : `#${i}`
    if (!order.has(k)) order.set(k, i)
    return { line, monthly, k, period: monthly ? line.periodLabel.trim() : '' }
  })
  // Same key together (at the place of its first line), months in order within it.
  indexed.sort((a, b) => order.get(a.k)! - order.get(b.k)! || a.period.localeCompare(b.period))
  let previous: (typeof indexed)[number] | undefined
  for (const entry of indexed) {
    const run = runs[runs.length - 1]
    if (
      entry.monthly &&
      previous?.monthly &&
      previous.k === entry.k &&
      run &&
      addMonths(run.last, 1) === entry.period
    ) {
      run.last = entry.period
      run.months += 1
      run.amounts.push(entry.line.amountFen)
    } else {
      runs.push({
        line: entry.line,
        first: entry.period,
        last: entry.period,
        months: entry.monthly ? 1 : (entry.line.months ?? 1),
        amounts: [entry.line.amountFen]
      })
    }
    previous = entry
  }
  return runs
}

export function printLines(lines: readonly ReceiptLineView[]): PrintLine[] {
  return mergeMonths(lines).map(({ line, first, last, months, amounts }) => {
    const monthly = first !== ''
    const amountFen = sumFen(amounts)
    return {
      itemName: line.itemName,
      period: monthly ? periodText(first === last ? first : `${first} 至 ${last}`) : periodText(line.periodLabel),
      unitPrice: line.priceE4 === null ? '' : formatPrice(line.priceE4),
      quantity: quantityText(line.category, line.quantityCenti, months, monthly || months > 1),
      amount: formatFen(amountFen),
      amountFen
    }
  })
}
