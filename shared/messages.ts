import type { Locale } from './kernel/locale'
import { interpolate, mergeCatalogs, type CatalogKeyOf, type MessageParams } from './kernel/i18n'
import { sharedCapabilities } from './capabilities'

/**
 * The messages the core produces — error texts, field-validation texts, audit summaries and the
 * words of its exports — combined from each capability's shared/<cap>/messages.ts (shared/capabilities.ts
 * lists them). The router speaks them to whichever shell asked; the renderer reads them through `core()` and
 * its own `t()` falls back to them, so a word the core defines is not defined again on screen.
 */
export const coreCatalogs = mergeCatalogs(...sharedCapabilities.map((capability) => capability.messages))

export type MessageKey = CatalogKeyOf<typeof coreCatalogs>
export type { MessageParams }

export function isMessageKey(key: string): key is MessageKey {
  return key in coreCatalogs['zh-CN']
}

/** Fills `{name}` placeholders. Params whose value is itself a message key are translated too. */
export function message(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const catalog = coreCatalogs[locale]
  const translated = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && isMessageKey(value) ? catalog[value] : value
    ])
  )
  return interpolate(catalog[key], translated)
}
