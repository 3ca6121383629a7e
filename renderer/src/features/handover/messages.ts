import { mergeCatalogs, type Catalogs } from '@shared/kernel/i18n'
import { handoverScreenZhCN } from './messages/zh-CN'
import { handoverScreenZhTW } from './messages/zh-TW'
import { handoverScreenEn } from './messages/en'
import { ledgerScreenMessages } from './ledger/messages'
import { dutyScreenMessages } from './duty/messages'
import { shiftScreenMessages } from './shift/messages'
import { historyScreenMessages } from './history/messages'

const page: Catalogs<keyof typeof handoverScreenZhCN> = {
  'zh-CN': handoverScreenZhCN,
  'zh-TW': handoverScreenZhTW,
  en: handoverScreenEn
}

/**
 * The 交接班 screens' words in every language (app/catalog.ts lists them), one part per folder:
 * this page's own, then duty/ (roster, header, settings), ledger/, and handover/ (screen, sheet, history).
 */
export const handoverScreenMessages = mergeCatalogs(
  page,
  ledgerScreenMessages,
  dutyScreenMessages,
  historyScreenMessages,
  shiftScreenMessages
)
