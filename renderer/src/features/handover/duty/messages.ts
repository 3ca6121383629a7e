import type { Catalogs } from '@shared/kernel/i18n'
import { dutyScreenZhCN } from './messages/zh-CN'
import { dutyScreenZhTW } from './messages/zh-TW'
import { dutyScreenEn } from './messages/en'

/** The duty screens' words in every language (merged by features/handover/messages.ts). */
export const dutyScreenMessages: Catalogs<keyof typeof dutyScreenZhCN> = {
  'zh-CN': dutyScreenZhCN,
  'zh-TW': dutyScreenZhTW,
  en: dutyScreenEn
}
