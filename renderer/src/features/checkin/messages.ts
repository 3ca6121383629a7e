import { mergeCatalogs, type Catalogs } from '@shared/kernel/i18n'
import { checkinWizardZhCN } from './messages/wizard-zh-CN'
import { checkinWizardZhTW } from './messages/wizard-zh-TW'
import { checkinWizardEn } from './messages/wizard-en'
import { checkinPaperZhCN } from './messages/paper-zh-CN'
import { checkinPaperZhTW } from './messages/paper-zh-TW'
import { checkinPaperEn } from './messages/paper-en'
import { checkinTrusteeshipZhCN } from './messages/trusteeship-zh-CN'
import { checkinTrusteeshipZhTW } from './messages/trusteeship-zh-TW'
import { checkinTrusteeshipEn } from './messages/trusteeship-en'

const wizard: Catalogs<keyof typeof checkinWizardZhCN> = {
  'zh-CN': checkinWizardZhCN,
  'zh-TW': checkinWizardZhTW,
  en: checkinWizardEn
}
const paper: Catalogs<keyof typeof checkinPaperZhCN> = {
  'zh-CN': checkinPaperZhCN,
  'zh-TW': checkinPaperZhTW,
  en: checkinPaperEn
}
const trusteeship: Catalogs<keyof typeof checkinTrusteeshipZhCN> = {
  'zh-CN': checkinTrusteeshipZhCN,
  'zh-TW': checkinTrusteeshipZhTW,
  en: checkinTrusteeshipEn
}

/**
 * The check-in screens' words in every language (app/catalog.ts lists them): the wizard's
 * (`checkin.*`), the papers' (`checkinPaper.*`) and the trusteeship screens' (`trusteeship.*`),
 * each part typed by its zh-CN keys so a language missing one fails to compile.
 */
export const checkinScreenMessages = mergeCatalogs(wizard, paper, trusteeship)
