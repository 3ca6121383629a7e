import { mergeCatalogs, type Catalogs } from '@shared/kernel/i18n'
import { handoverHistoryZhCN } from './messages/zh-CN'
import { handoverHistoryZhTW } from './messages/zh-TW'
import { handoverHistoryEn } from './messages/en'
import { handoverPaperZhCN } from '../paper/messages/zh-CN'
import { handoverPaperZhTW } from '../paper/messages/zh-TW'
import { handoverPaperEn } from '../paper/messages/en'

const history: Catalogs<keyof typeof handoverHistoryZhCN> = {
  'zh-CN': handoverHistoryZhCN,
  'zh-TW': handoverHistoryZhTW,
  en: handoverHistoryEn
}

const paper: Catalogs<keyof typeof handoverPaperZhCN> = {
  'zh-CN': handoverPaperZhCN,
  'zh-TW': handoverPaperZhTW,
  en: handoverPaperEn
}

/** The history's and the 工作台 notes card's words, and the printed sheet's (merged by features/handover/messages.ts). */
export const historyScreenMessages = mergeCatalogs(history, paper)
