import type { Catalogs } from '@shared/kernel/i18n'
import { officeScreenZhCN } from './messages/zh-CN'
import { officeScreenZhTW } from './messages/zh-TW'
import { officeScreenEn } from './messages/en'

/** The 多前台 screens' words in every language (app/catalog.ts lists them). */
export const officeScreenMessages: Catalogs<keyof typeof officeScreenZhCN> = {
  'zh-CN': officeScreenZhCN,
  'zh-TW': officeScreenZhTW,
  en: officeScreenEn
}
