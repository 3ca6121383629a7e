import type { Catalogs } from '@shared/kernel/i18n'
import { householdsZhCN } from './messages/zh-CN'
import { householdsZhTW } from './messages/zh-TW'
import { householdsEn } from './messages/en'

/** The households screens' words in every language (app/catalog.ts lists them); each language has every zh-CN key. */
export const householdsScreenMessages: Catalogs<keyof typeof householdsZhCN> = {
  'zh-CN': householdsZhCN,
  'zh-TW': householdsZhTW,
  en: householdsEn
}
