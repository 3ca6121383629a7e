import { describe, expect, it } from 'vitest'
import { message, type MessageKey } from '../../../shared/messages'
import { LOCALES } from '../../../shared/kernel/locale'
import { ERROR_CODES } from '../../../shared/kernel/errors'
import { zhCN } from '../../../renderer/src/features/foundation/messages/zh-CN'
import { zhTW } from '../../../renderer/src/features/foundation/messages/zh-TW'
import { en } from '../../../renderer/src/features/foundation/messages/en'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('message catalogs', () => {
  it('every error code has a message in every language', () => {
    for (const locale of LOCALES) {
      for (const code of ERROR_CODES) {
        const text = message(locale, `error.${code}` as MessageKey)
        expect(text, `${locale} ${code}`).not.toMatch(/^error\./)
        expect(text.length).toBeGreaterThan(3)
      }
    }
  })

  it('placeholders match across languages in the screens catalog', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(zhTW[key]), `zh-TW ${key}`).toEqual(placeholders(zhCN[key]))
      expect(placeholders(en[key]), `en ${key}`).toEqual(placeholders(zhCN[key]))
    }
  })

  it('fills placeholders and translates parameters that are message keys', () => {
    expect(message('zh-CN', 'error.FORBIDDEN', { role: 'role.clerk' })).toBe('您的角色（客服管理员）无权执行此操作')
    expect(message('zh-TW', 'error.FORBIDDEN', { role: 'role.clerk' })).toBe('您的角色（客服管理員）無權執行此操作')
    expect(message('en', 'error.BAD_CREDENTIALS', { remaining: 3 })).toBe('Wrong user name or password (3 attempts left)')
  })
})
