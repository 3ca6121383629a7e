import { mergeCatalogs, type Catalogs } from '@shared/kernel/i18n'
import { foundationZhCN, type FoundationKey } from './messages/zh-CN'
import { foundationZhTW } from './messages/zh-TW'
import { foundationEn } from './messages/en'
import { backupScreenMessages } from './backups/messages'
import { verifyScreenMessages } from './settings/verify-messages'

const foundationWords: Catalogs<FoundationKey> = {
  'zh-CN': foundationZhCN,
  'zh-TW': foundationZhTW,
  en: foundationEn
}

/** Foundation's screen words in every language (app/catalog.ts lists them); each language has every zh-CN key. */
export const foundationScreenMessages = mergeCatalogs(foundationWords, backupScreenMessages, verifyScreenMessages)
