import { mergeCatalogs, type Catalogs } from '@shared/kernel/i18n'
import { permitsZhCN } from './messages/zh-CN'
import { permitsZhTW } from './messages/zh-TW'
import { permitsEn } from './messages/en'
import { renovationScreenZhCN } from './renovations/messages/zh-CN'
import { renovationScreenZhTW } from './renovations/messages/zh-TW'
import { renovationScreenEn } from './renovations/messages/en'
import { renovationPartsZhCN } from './renovations/parts/messages/zh-CN'
import { renovationPartsZhTW } from './renovations/parts/messages/zh-TW'
import { renovationPartsEn } from './renovations/parts/messages/en'
import { permitPaperZhCN } from './paper/messages/zh-CN'
import { permitPaperZhTW } from './paper/messages/zh-TW'
import { permitPaperEn } from './paper/messages/en'
import { gateScreenZhCN } from './gate/messages/zh-CN'
import { gateScreenZhTW } from './gate/messages/zh-TW'
import { gateScreenEn } from './gate/messages/en'

const permits: Catalogs<keyof typeof permitsZhCN> = { 'zh-CN': permitsZhCN, 'zh-TW': permitsZhTW, en: permitsEn }
const renovationScreen: Catalogs<keyof typeof renovationScreenZhCN> = {
  'zh-CN': renovationScreenZhCN,
  'zh-TW': renovationScreenZhTW,
  en: renovationScreenEn
}
const renovationParts: Catalogs<keyof typeof renovationPartsZhCN> = {
  'zh-CN': renovationPartsZhCN,
  'zh-TW': renovationPartsZhTW,
  en: renovationPartsEn
}
const permitPaper: Catalogs<keyof typeof permitPaperZhCN> = {
  'zh-CN': permitPaperZhCN,
  'zh-TW': permitPaperZhTW,
  en: permitPaperEn
}
const gateScreen: Catalogs<keyof typeof gateScreenZhCN> = {
  'zh-CN': gateScreenZhCN,
  'zh-TW': gateScreenZhTW,
  en: gateScreenEn
}

/** The 证件 screens' words in every language (app/catalog.ts lists them), one part per folder. */
export const permitsScreenMessages = mergeCatalogs(permits, renovationScreen, renovationParts, permitPaper, gateScreen)
