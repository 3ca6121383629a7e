import { createHash } from 'node:crypto'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allProcedures } from '../../../shared/api'
import type { Procedure } from '../../../shared/kernel/procedure'
import type { Role } from '../../../shared/kernel/roles'
import { userTables } from '../../helpers/db-fill'
import { setUpCore, tempDir } from '../../helpers/core'

type Env = Awaited<ReturnType<typeof setUpCore>>
let env: Env
let tmp: ReturnType<typeof tempDir>
const tokens = new Map<Role | 'public', string | undefined>()

beforeAll(async () => {
  tmp = tempDir()
  env = await setUpCore(tmp.dir)
  tokens.set('public', undefined)
  tokens.set('admin', env.adminToken)
  for (const role of ['clerk', 'cashier', 'supervisor', 'manager'] as const) {
    const { username, password } = await env.addStaff(`t_${role}`, role, 'pass1234')
    tokens.set(role, await env.signIn(username, password))
  }
})
afterAll(() => {
  env.core.close()
  tmp.cleanup()
})

/** Every row of every table, hashed: "nothing changed" means this is the same before and after. */
function databaseDigest(): string {
  const hash = createHash('sha256')
  for (const table of userTables(env.core.store.sqlite).sort()) {
    hash.update(table)
    hash.update(JSON.stringify(env.core.store.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()))
  }
  return hash.digest('hex')
}

function sessionFor(procedure: Procedure): string | undefined {
  if (procedure.access === 'public') return undefined
  return tokens.get(procedure.access[0]!)
}

function shapeOf(procedure: Procedure): Record<string, z.ZodType> {
  const schema = procedure.input as unknown as { shape?: Record<string, z.ZodType> }
  return schema.shape ?? {}
}

// A character no bounded field accepts in bulk: not a code, not base64, far past every length.
const HUGE = '字'.repeat(1_000_000)

describe.each(allProcedures().map((p) => [p.name, p] as const))(
  '%s refuses malformed input and changes nothing',
  (_name, procedure) => {
    const cases: [string, unknown][] = [
      ['a number instead of an object', 42],
      ['a string instead of an object', 'hello'],
      ['an array instead of an object', [1, 2]],
      ['an unknown field', { zzUnknownField: 1 }]
    ]
    const shape = shapeOf(procedure)
    const keys = Object.keys(shape)
    // A query whose fields are all optional filters legitimately accepts {}.
    if (keys.some((key) => !shape[key]!.safeParse(undefined).success)) cases.push(['no fields at all', {}])
    for (const key of keys) {
      cases.push([`a 1 MB string in ${key}`, { [key]: HUGE }])
      cases.push([`an object in ${key}`, { [key]: { nested: true } }])
    }

    it.each(cases)('%s', async (label, input) => {
      const before = databaseDigest()
      const result = await env.core.call(procedure.name, input, {
        session: sessionFor(procedure),
        requestId: randomUUID()
      })
      expect(result.ok, label).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION')
        expect(result.error.message).toBe('输入有误，请检查标红的项目')
        if (label.startsWith('a 1 MB') || label.startsWith('an object in')) {
          const key = label.split(' in ')[1]!
          const paths = Object.keys((result.error.details?.fields ?? {}) as object)
          expect(
            paths.some((path) => path === key || path.startsWith(`${key}.`)),
            paths.join()
          ).toBe(true)
        }
      }
      expect(databaseDigest()).toBe(before)
    })
  }
)

describe('the router itself', () => {
  it('answers an unknown procedure with a clear error', async () => {
    const result = await env.core.call('nope.nothing', {}, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } })
  })

  it('refuses malformed call metadata', async () => {
    const result = await env.core.call('system.status', {}, { session: 42 })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('every procedure that is not public needs a session', async () => {
    for (const procedure of allProcedures().filter((p) => p.access !== 'public')) {
      const result = await env.core.call(procedure.name, {}, { requestId: randomUUID() })
      expect(result, procedure.name).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    }
  })
})
