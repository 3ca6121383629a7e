import { describe, expect, it } from 'vitest'
import { createPasswordHasher, isStrongPassword, OWASP_SCRYPT } from '../../../electron/main/core/passwords'
import { contentSecurityPolicy } from '../../../electron/main/shell/csp'

describe('password hashing', () => {
  it('uses OWASP scrypt strength by default and a self-describing format', async () => {
    expect(OWASP_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 })
    const stored = await createPasswordHasher().hash('demo1234')
    expect(stored).toMatch(/^scrypt\$N=131072,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    const hasher = createPasswordHasher({ N: 1024, r: 8, p: 1 })
    // A hash made at other parameters still verifies: the string carries them.
    expect(await hasher.verify('demo1234', stored)).toBe(true)
    expect(await hasher.verify('demo1235', stored)).toBe(false)
    expect(await hasher.verify('demo1234', 'not-a-hash')).toBe(false)
  })

  it('two hashes of one password differ (random salt)', async () => {
    const hasher = createPasswordHasher({ N: 1024, r: 8, p: 1 })
    expect(await hasher.hash('same-pass1')).not.toBe(await hasher.hash('same-pass1'))
  })

  it('a password needs 8 characters, letters and digits, and not the user name', () => {
    expect(isStrongPassword('demo1234', 'clerk1')).toBe(true)
    expect(isStrongPassword('short1', 'x')).toBe(false)
    expect(isStrongPassword('lettersonly', 'x')).toBe(false)
    expect(isStrongPassword('12345678', 'x')).toBe(false)
    expect(isStrongPassword('Clerk123', 'clerk123')).toBe(false)
  })
})

describe('content security policy', () => {
  it('allows scripts only from the app, and no objects, frames from elsewhere or form posts', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("form-action 'none'")
  })

  it('relaxes inline scripts only for the development server', () => {
    expect(contentSecurityPolicy({ devServer: 'http://localhost:5173' })).toContain(
      "script-src 'self' http://localhost:5173 'unsafe-inline'"
    )
  })
})
