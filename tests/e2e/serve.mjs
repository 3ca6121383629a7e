// Starts the built browser shell on a fresh data folder for one e2e scenario:
//   demo    — `npm run demo` data (staff clerk1 … manager, password demo1234)
//   empty   — an empty folder: first-run setup
//   corrupt — a database file of garbage beside one verified backup: the recovery screen
// Usage: node tests/e2e/serve.mjs <kind> <port>   (needs `npm run build` first)
// Demo data and the shell run on a clock that starts at E2E_NOW (./clock.mjs), never today's date.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { E2E_NOW } from './clock.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const [kind, port] = process.argv.slice(2)
const dataDir = join(root, 'test-results', 'e2e-data', kind)
const web = join(root, 'out', 'main', 'web.js')
const clock = ['--now', E2E_NOW]
if (!existsSync(web)) throw new Error('out/main/web.js is missing: run `npm run build` first')

rmSync(dataDir, { recursive: true, force: true })
mkdirSync(dataDir, { recursive: true })
const demo = (dir, extra = []) => execFileSync(process.execPath, [join(root, 'out', 'main', 'demo.js'), '--data-dir', dir, ...clock, ...extra], { stdio: 'inherit' })

if (kind === 'demo') demo(dataDir)
if (kind === 'corrupt') {
  const source = `${dataDir}-source`
  rmSync(source, { recursive: true, force: true })
  // Only a backup to restore is needed here: a small estate, so the two servers start quickly.
  demo(source, ['--rooms', '300'])
  const require = createRequire(import.meta.url)
  const Database = require('better-sqlite3')
  mkdirSync(join(dataDir, 'backups'))
  const backup = join(dataDir, 'backups', 'frontdesk-20261101-080000-000-manual.db')
  copyFileSync(join(source, 'frontdesk.db'), backup)
  const db = new Database(backup)
  db.pragma('journal_mode = DELETE')
  db.close()
  const file = join(dataDir, 'frontdesk.db')
  writeFileSync(file, Buffer.alloc(16384, 0x42))
  writeFileSync(join(dataDir, 'original.sha256'), createHash('sha256').update(readFileSync(file)).digest('hex'))
}

process.argv = [process.argv[0], web, '--data-dir', dataDir, '--port', port, ...clock]
createRequire(import.meta.url)(web)
