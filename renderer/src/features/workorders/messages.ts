import { mergeCatalogs, type Catalogs } from '@shared/kernel/i18n'
import { workOrdersZhCN } from './messages/zh-CN'
import { workOrdersZhTW } from './messages/zh-TW'
import { workOrdersEn } from './messages/en'
import { complaintsZhCN } from './complaints/messages/zh-CN'
import { complaintsZhTW } from './complaints/messages/zh-TW'
import { complaintsEn } from './complaints/messages/en'
import { statsZhCN } from './stats/messages/zh-CN'
import { statsZhTW } from './stats/messages/zh-TW'
import { statsEn } from './stats/messages/en'

const orders: Catalogs<keyof typeof workOrdersZhCN> = {
  'zh-CN': workOrdersZhCN,
  'zh-TW': workOrdersZhTW,
  en: workOrdersEn
}
const complaints: Catalogs<keyof typeof complaintsZhCN> = {
  'zh-CN': complaintsZhCN,
  'zh-TW': complaintsZhTW,
  en: complaintsEn
}
const stats: Catalogs<keyof typeof statsZhCN> = { 'zh-CN': statsZhCN, 'zh-TW': statsZhTW, en: statsEn }

/**
 * The 报修投诉 screens' words in every language (app/catalog.ts lists them): work orders and
 * services (`workOrders.*`), complaints (`complaints.*`) and the statistics (`woStats.*`), each
 * part typed by its zh-CN keys so a language missing one fails to compile.
 */
export const workOrdersScreenMessages = mergeCatalogs(orders, complaints, stats)
