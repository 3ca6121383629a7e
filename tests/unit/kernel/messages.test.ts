import { describe, expect, it } from 'vitest'
import { coreCatalogs, message } from '../../../shared/messages'
import { interpolate, reasonKey } from '../../../shared/kernel/i18n'
import { LOCALES } from '../../../shared/kernel/locale'
import { ERROR_CODES } from '../../../shared/errors'
import { sharedCapabilities } from '../../../shared/capabilities'
import { translate } from '../../../renderer/src/lib/translate'
import { screenCatalogs } from '../../../renderer/src/app/catalog'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const catalogSets = { core: coreCatalogs, screens: screenCatalogs } as const
const capabilities = Object.fromEntries(sharedCapabilities.map((capability) => [capability.name, capability.messages]))

describe('message catalogs', () => {
  it('every error code has a message in every language', () => {
    for (const locale of LOCALES) {
      for (const code of ERROR_CODES) {
        const text = message(locale, reasonKey('error', code))
        expect(text, `${locale} ${code}`).not.toMatch(/^error\./)
        expect(text.length).toBeGreaterThan(3)
      }
    }
  })

  it('defines each text once: no key is in both the core catalog and the screens catalog', () => {
    const twice = Object.keys(screenCatalogs['zh-CN']).filter((key) => key in coreCatalogs['zh-CN'])
    expect(twice, 'define these in one catalog only; the screens read core words through t()/core()').toEqual([])
  })

  it('defines each core text once: no key is claimed by two capabilities', () => {
    const owners = new Map<string, string[]>()
    for (const [capability, catalogs] of Object.entries(capabilities)) {
      for (const key of Object.keys(catalogs['zh-CN'])) owners.set(key, [...(owners.get(key) ?? []), capability])
    }
    expect([...owners].filter(([, claimedBy]) => claimedBy.length > 1)).toEqual([])
  })

  it.each(Object.entries(catalogSets))('every language of the %s catalog has the same keys', (_, catalogs) => {
    const reference = Object.keys(catalogs['zh-CN']).sort()
    for (const locale of LOCALES) expect(Object.keys(catalogs[locale]).sort(), locale).toEqual(reference)
  })

  it.each(Object.entries(catalogSets))('placeholders match across languages in the %s catalog', (_, catalogs) => {
    const reference: Record<string, string> = catalogs['zh-CN']
    for (const locale of LOCALES) {
      const texts: Record<string, string> = catalogs[locale]
      for (const key of Object.keys(reference))
        expect(placeholders(texts[key] ?? ''), `${locale} ${key}`).toEqual(placeholders(reference[key]!))
    }
  })

  it('no text is empty except the ones meant to add nothing', () => {
    const meantEmpty = new Set(['vip.none'])
    for (const [name, catalogs] of Object.entries(catalogSets)) {
      for (const locale of LOCALES) {
        const empty = Object.entries(catalogs[locale]).filter(([key, text]) => text === '' && !meantEmpty.has(key))
        expect(empty, `${name} ${locale}`).toEqual([])
      }
    }
  })

  it('fills placeholders and translates parameters that are message keys', () => {
    expect(message('zh-CN', 'error.FORBIDDEN', { role: 'role.clerk' })).toBe('您的角色（客服管理员）无权执行此操作')
    expect(message('zh-TW', 'error.FORBIDDEN', { role: 'role.clerk' })).toBe('您的角色（客服管理員）無權執行此操作')
    expect(message('en', 'error.BAD_CREDENTIALS', { remaining: 3 })).toBe(
      'Wrong user name or password (3 attempts left)'
    )
  })
})

describe('interpolate', () => {
  it('fills every occurrence, keeps a placeholder without a value visible, and prints numbers as they are', () => {
    expect(interpolate('{a} and {a}, {b}', { a: 'x' })).toBe('x and x, {b}')
    expect(interpolate('{n} 笔', { n: 0 })).toBe('0 笔')
    expect(interpolate('no placeholders')).toBe('no placeholders')
  })

  it('does not translate parameters that look like keys: only the core message() does', () => {
    expect(interpolate('{role}', { role: 'role.clerk' })).toBe('role.clerk')
  })

  it('builds reason keys from their parts', () => {
    expect(reasonKey('field.money', 'tooLarge')).toBe('field.money.tooLarge')
  })
})

describe('the screens translate', () => {
  it('shows its own words and, for a word the core defines, the core’s', () => {
    expect(translate('zh-CN', 'common.save')).toBe('保存')
    expect(translate('zh-CN', 'relation.owner')).toBe('业主')
    expect(translate('zh-TW', 'keys.purpose.renovation')).toBe('裝修')
    expect(translate('en', 'reports.tab.daily')).toBe(coreCatalogs.en['reports.tab.daily'])
    expect(translate('zh-CN', 'error.FORBIDDEN', { role: 'role.admin' })).toBe('您的角色（系统管理员）无权执行此操作')
  })
})
