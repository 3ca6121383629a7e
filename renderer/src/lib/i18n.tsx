import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import 'dayjs/locale/zh-tw'
import antdZhCN from 'antd/locale/zh_CN'
import antdZhTW from 'antd/locale/zh_TW'
import antdEn from 'antd/locale/en_US'
import type { Locale as AntdLocale } from 'antd/es/locale'
import { message as coreMessage, type MessageKey } from '@shared/messages'
import type { Locale } from '@shared/kernel/locale'
import { zhCN, type CatalogKey } from '../features/foundation/messages/zh-CN'
import { zhTW } from '../features/foundation/messages/zh-TW'
import { en } from '../features/foundation/messages/en'

const catalogs: Record<Locale, Record<CatalogKey, string>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en }
export const antdLocales: Record<Locale, AntdLocale> = { 'zh-CN': antdZhCN, 'zh-TW': antdZhTW, en: antdEn }
const dayjsLocales: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' }

export type Translate = (key: CatalogKey, params?: Record<string, string | number>) => string

export function translate(locale: Locale, key: CatalogKey, params: Record<string, string | number> = {}): string {
  // A missing word shows its key rather than breaking the page.
  return (catalogs[locale][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}

interface I18n {
  locale: Locale
  t: Translate
  /** Words from the core's shared catalog (role names and the like). */
  core: (key: MessageKey, params?: Record<string, string | number>) => string
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  dayjs.locale(dayjsLocales[locale])
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale])
  const core = useCallback((key: MessageKey, params?: Record<string, string | number>) => coreMessage(locale, key, params), [locale])
  const value = useMemo(() => ({ locale, t, core }), [locale, t, core])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n outside I18nProvider')
  return value
}
