import type { Locale } from './locale'

/**
 * The one i18n model both sides share. A catalog maps a key to a template in one language;
 * `{name}` placeholders are filled from params. The core's catalog (shared/<cap>/messages.ts,
 * combined in shared/messages.ts) and the renderer's (features/<cap>/.../messages/<locale>.ts)
 * both go through `interpolate`, so a placeholder behaves the same on either side.
 */
export type MessageParams = Record<string, string | number>

/** One language's texts: every key of the catalog, each defined once. */
export type Catalog<Key extends string> = Record<Key, string>

/** A catalog in every language; the Record makes a missing language or key a type error. */
export type Catalogs<Key extends string> = Record<Locale, Catalog<Key>>

/** Fills `{name}` placeholders from params; a placeholder without a value stays visible as `{name}`. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name]
    return value === undefined || value === null ? placeholder : String(value)
  })
}

/**
 * The key of a reason-coded text, typed from its parts: `reasonKey('field.money', 'tooLarge')` is
 * `'field.money.tooLarge'`, so a reason without a text in the catalog fails to compile instead of
 * being cast past the checker.
 */
export function reasonKey<Prefix extends string, Reason extends string>(
  prefix: Prefix,
  reason: Reason
): `${Prefix}.${Reason}` {
  return `${prefix}.${reason}`
}

/** The keys of a catalog set, whichever capability it comes from. */
export type CatalogKeyOf<Set> = Set extends Catalogs<infer Key> ? Key : never

/**
 * Several catalog sets merged language by language, e.g. a capability's parts or the capabilities'
 * sets into the core's one catalog. Keys are not expected to overlap; the catalog test checks that.
 */
export function mergeCatalogs<Parts extends readonly Catalogs<string>[]>(
  ...parts: Parts
): Catalogs<CatalogKeyOf<Parts[number]>> {
  const merged = (locale: Locale) =>
    Object.assign({}, ...parts.map((part) => part[locale])) as Catalog<CatalogKeyOf<Parts[number]>>
  return { 'zh-CN': merged('zh-CN'), 'zh-TW': merged('zh-TW'), en: merged('en') }
}
