import type { Catalogs } from '@shared/kernel/i18n'
import { shiftScreenZhCN } from './messages/zh-CN'
import { shiftScreenZhTW } from './messages/zh-TW'
import { shiftScreenEn } from './messages/en'

/** The handover screen's words in every language (merged by features/handover/messages.ts). */
export const shiftScreenMessages: Catalogs<keyof typeof shiftScreenZhCN> = {
  'zh-CN': shiftScreenZhCN,
  'zh-TW': shiftScreenZhTW,
  en: shiftScreenEn
}
