import type { Catalogs } from '@shared/kernel/i18n'
import { workOrdersZhCN } from './messages/zh-CN'
import { workOrdersZhTW } from './messages/zh-TW'
import { workOrdersEn } from './messages/en'

/** The work-order screens' words in every language (app/catalog.ts lists them); each language has every zh-CN key. */
export const workOrdersScreenMessages: Catalogs<keyof typeof workOrdersZhCN> = {
  'zh-CN': workOrdersZhCN,
  'zh-TW': workOrdersZhTW,
  en: workOrdersEn
}
