import type { FeeItemView, FeeMethod } from '@shared/fees/fees'
import { parseArea } from '@shared/domain/area'
import { formatPrice } from '@shared/fees/periods'
import type { Translate } from '../../../lib/i18n'

type Priced = Pick<FeeItemView, 'method' | 'meterKind'>

/** Monthly items: billed by 生成账单, one receivable per room and month. */
export const MONTHLY_METHODS: readonly FeeMethod[] = ['perArea', 'fixedMonthly']

/** '元/㎡/月', '元/月', '元/吨' …: the unit a price of this item is in. */
export function priceUnit(t: Translate, item: Priced): string {
  if (item.method === 'metered') return t(`feeSettings.unit.${item.meterKind ?? 'water'}`)
  if (
    item.method === 'perArea' ||
    item.method === 'fixedMonthly' ||
    item.method === 'oneOffFixed' ||
    item.method === 'oneOffPerArea'
  )
    return t(`feeSettings.unit.${item.method}`)
  return t('feeSettings.unit.deposit')
}

/** '1.85 元/㎡/月' */
export function priceWithUnit(t: Translate, item: Priced, priceE4: number): string {
  return `${formatPrice(priceE4)} ${priceUnit(t, item)}`
}

/** The rate in force on a date ('YYYY-MM-DD'): rates come newest first, as the core sends them. */
export function rateOn(
  item: Pick<FeeItemView, 'rates'>,
  date: string
): { priceE4: number; effectiveFrom: string } | null {
  return item.rates.find((r) => r.effectiveFrom <= date) ?? null
}

export type ReadingParse =
  | { ok: true; centi: number }
  | { ok: false; reason: 'empty' | 'malformed' | 'tooManyDecimals' | 'notPositive' | 'tooLarge' }

/** A meter reading as the contract reads it: '0' is a reading, otherwise a positive decimal with two places. */
export function parseReading(text: string): ReadingParse {
  if (text.trim() === '0') return { ok: true, centi: 0 }
  return parseArea(text)
}

/** 13280 → '132.80' */
export const formatReading = (centi: number) => `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`
