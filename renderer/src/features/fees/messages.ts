import { mergeCatalogs, type Catalogs } from '@shared/kernel/i18n'
import { feesZhCN } from './counter/messages/zh-CN'
import { feesZhTW } from './counter/messages/zh-TW'
import { feesEn } from './counter/messages/en'
import { feeSettingsZhCN } from './settings/messages/zh-CN'
import { feeSettingsZhTW } from './settings/messages/zh-TW'
import { feeSettingsEn } from './settings/messages/en'
import { printingZhCN } from './printing/messages/zh-CN'
import { printingZhTW } from './printing/messages/zh-TW'
import { printingEn } from './printing/messages/en'
import { arrearsZhCN } from './arrears/messages/zh-CN'
import { arrearsZhTW } from './arrears/messages/zh-TW'
import { arrearsEn } from './arrears/messages/en'
import { reportsZhCN } from './reports/messages/zh-CN'
import { reportsZhTW } from './reports/messages/zh-TW'
import { reportsEn } from './reports/messages/en'

const counter: Catalogs<keyof typeof feesZhCN> = { 'zh-CN': feesZhCN, 'zh-TW': feesZhTW, en: feesEn }
const settings: Catalogs<keyof typeof feeSettingsZhCN> = {
  'zh-CN': feeSettingsZhCN,
  'zh-TW': feeSettingsZhTW,
  en: feeSettingsEn
}
const printing: Catalogs<keyof typeof printingZhCN> = { 'zh-CN': printingZhCN, 'zh-TW': printingZhTW, en: printingEn }
const arrears: Catalogs<keyof typeof arrearsZhCN> = { 'zh-CN': arrearsZhCN, 'zh-TW': arrearsZhTW, en: arrearsEn }
const reports: Catalogs<keyof typeof reportsZhCN> = { 'zh-CN': reportsZhCN, 'zh-TW': reportsZhTW, en: reportsEn }

/**
 * The fees screens' words in every language, from each sub-folder's messages/ (app/catalog.ts lists
 * them); each part is typed by its zh-CN keys, so a language missing one fails to compile.
 */
export const feesScreenMessages = mergeCatalogs(counter, settings, printing, arrears, reports)
