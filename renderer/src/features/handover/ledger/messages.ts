import type { Catalogs } from '@shared/kernel/i18n'
import { ledgerScreenZhCN } from './messages/zh-CN'
import { ledgerScreenZhTW } from './messages/zh-TW'
import { ledgerScreenEn } from './messages/en'

/** The ledger screens' words in every language (merged by features/handover/messages.ts). */
export const ledgerScreenMessages: Catalogs<keyof typeof ledgerScreenZhCN> = {
  'zh-CN': ledgerScreenZhCN,
  'zh-TW': ledgerScreenZhTW,
  en: ledgerScreenEn
}
