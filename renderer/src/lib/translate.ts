import { isMessageKey, message as coreMessage, type MessageKey } from '@shared/messages'
import { interpolate, type MessageParams } from '@shared/kernel/i18n'
import type { Locale } from '@shared/kernel/locale'
import { screenCatalogs, type CatalogKey } from '../app/catalog'

/**
 * Any word the screens show: the renderer's own (features/<cap>/messages.ts, listed in app/catalog.ts) or one
 * the core defines (shared/<cap>/messages.ts — role names, statuses, purposes, report terms).
 * Each text is defined in one catalog only (tests/unit/kernel/messages.test.ts), so `t` looks in both.
 */
export type TranslateKey = CatalogKey | MessageKey

export type Translate = (key: TranslateKey, params?: MessageParams) => string

export function translate(locale: Locale, key: TranslateKey, params: MessageParams = {}): string {
  if (isMessageKey(key)) return coreMessage(locale, key, params)
  // A missing word shows its key rather than breaking the page.
  return interpolate(screenCatalogs[locale][key] ?? key, params)
}
