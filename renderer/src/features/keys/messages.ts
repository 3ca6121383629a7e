import type { Catalogs } from '@shared/kernel/i18n'
import { keysZhCN } from './messages/zh-CN'
import { keysZhTW } from './messages/zh-TW'
import { keysEn } from './messages/en'

/** The key-custody screens' words in every language (app/catalog.ts lists them); each language has every zh-CN key. */
export const keysScreenMessages: Catalogs<keyof typeof keysZhCN> = { 'zh-CN': keysZhCN, 'zh-TW': keysZhTW, en: keysEn }
