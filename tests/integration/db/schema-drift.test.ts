import { execFileSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import config from '../../../drizzle.config'
import { tempDir } from '../../helpers/core'

const ROOT = resolve(import.meta.dirname, '../../..')
const DRIZZLE_KIT = join(ROOT, 'node_modules/drizzle-kit/bin.cjs')

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir('frontdesk-drift-')
})
afterEach(() => tmp.cleanup())

/** The files drizzle-kit would add to the committed migrations, generated into a copy of them. */
function wouldGenerate(): { added: string[]; sql: string } {
  const copy = join(tmp.dir, 'migrations')
  cpSync(join(ROOT, config.out!), copy, { recursive: true })
  const listing = () => [...readdirSync(copy), ...readdirSync(join(copy, 'meta')).map((f) => `meta/${f}`)]
  const before = new Set(listing())
  // drizzle-kit puts "./" in front of --out, so the copy is named relative to the project.
  const args = [
    'generate',
    '--dialect',
    config.dialect,
    '--schema',
    String(config.schema),
    '--out',
    relative(ROOT, copy)
  ]
  const output = execFileSync(process.execPath, [DRIZZLE_KIT, ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' })
  const added = listing().filter((f) => !before.has(f))
  const sql = added.filter((f) => f.endsWith('.sql')).map((f) => readFileSync(join(copy, f), 'utf8'))
  return { added, sql: [output, ...sql].join('\n') }
}

describe('schema drift', () => {
  it('db/schema and the committed migrations agree: drizzle-kit generate has nothing to add', () => {
    const { added, sql } = wouldGenerate()
    // A schema change needs its migration: run `npm run db:generate` and commit the new file.
    expect(added, `db/schema differs from db/migrations; drizzle-kit would generate:\n${sql}`).toEqual([])
    expect(sql).toMatch(/No schema changes/)
  })
})
