import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import 'dayjs/locale/zh-tw'
import antdZhCN from 'antd/locale/zh_CN'
import antdZhTW from 'antd/locale/zh_TW'
import antdEn from 'antd/locale/en_US'
import type { Locale as AntdLocale } from 'antd/es/locale'
import { message as coreMessage, type MessageKey } from '@shared/messages'
import type { MessageParams } from '@shared/kernel/i18n'
import type { Locale } from '@shared/kernel/locale'
import { translate, type Translate } from './translate'

export { translate, type Translate, type TranslateKey } from './translate'

export const antdLocales: Record<Locale, AntdLocale> = { 'zh-CN': antdZhCN, 'zh-TW': antdZhTW, en: antdEn }
const dayjsLocales: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' }

interface I18n {
  locale: Locale
  t: Translate
  /** Only the core's words (shared/messages.ts), e.g. a validation text named by its reason key; `t` reads them too. */
  core: (key: MessageKey, params?: MessageParams) => string
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  dayjs.locale(dayjsLocales[locale])
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale])
  const core = useCallback((key: MessageKey, params?: MessageParams) => coreMessage(locale, key, params), [locale])
  const value = useMemo(() => ({ locale, t, core }), [locale, t, core])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n outside I18nProvider')
  return value
}
