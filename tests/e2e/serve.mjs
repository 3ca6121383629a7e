// The e2e data folders and the browser shell that serves one. Three kinds:
//   demo    — `npm run demo` data (staff clerk1 … manager, password demo1234)
//   empty   — an empty folder: first-run setup
//   corrupt — a database file of garbage beside one verified backup: the recovery screen
// Each kind is built once per run into a template folder (`--templates`, run by ./global-setup.ts: the
// demo takes about half a minute); every spec file gets its own copy, served by its own process
// (./fixtures.ts), so no spec sees another's writes. No server ever opens a template, so a file copy is
// a whole database. Demo data and the shell run on a clock that starts at E2E_NOW (./clock.mjs).
// Usage (needs `npm run build`):
//   node tests/e2e/serve.mjs --templates               rebuild test-results/e2e-data from scratch
//   node tests/e2e/serve.mjs <kind> [port] [copy-name]  serve a fresh copy (port 0: any free one)
//     in test-results/e2e-data/copies/<copy-name>/<kind>; prints `FrontDesk running at <url>`
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { E2E_NOW } from './clock.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(import.meta.url)
const built = (name) => join(root, 'out', 'main', `${name}.js`)
const clock = ['--now', E2E_NOW]

const DATA_KINDS = ['demo', 'empty', 'corrupt']
/** Everything the e2e run writes to disk: the templates and each spec file's copies. */
const E2E_DATA = join(root, 'test-results', 'e2e-data')
const templateDir = (kind) => join(E2E_DATA, 'templates', kind)

function assertBuilt() {
  if (!existsSync(built('web'))) throw new Error('out/main/web.js is missing: run `npm run build` first')
}

async function runDemo(dir, extra = []) {
  await promisify(execFile)(process.execPath, [built('demo'), '--data-dir', dir, ...clock, ...extra], {
    maxBuffer: 64 * 1024 * 1024
  })
}

async function fillCorrupt(dir) {
  const source = `${dir}-source`
  rmSync(source, { recursive: true, force: true })
  // Only a backup to restore is needed here: a small estate, built beside the big demo.
  await runDemo(source, ['--rooms', '300'])
  const Database = require('better-sqlite3')
  mkdirSync(join(dir, 'backups'))
  const backup = join(dir, 'backups', 'frontdesk-20261101-080000-000-manual.db')
  const db = new Database(join(source, 'frontdesk.db'), { readonly: true })
  await db.backup(backup)
  db.close()
  const copy = new Database(backup)
  copy.pragma('journal_mode = DELETE')
  copy.close()
  rmSync(source, { recursive: true, force: true })
  const file = join(dir, 'frontdesk.db')
  writeFileSync(file, Buffer.alloc(16384, 0x42))
  writeFileSync(join(dir, 'original.sha256'), createHash('sha256').update(readFileSync(file)).digest('hex'))
}

/** Builds one kind's template folder afresh (the empty kind is an empty folder). */
async function buildTemplate(kind) {
  if (!DATA_KINDS.includes(kind)) throw new Error(`kind must be one of ${DATA_KINDS.join(', ')}, got ${kind}`)
  assertBuilt()
  const dir = templateDir(kind)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  if (kind === 'demo') await runDemo(dir)
  if (kind === 'corrupt') await fillCorrupt(dir)
}

/** Serves a fresh copy of the kind's template; the shell prints its data folder and its URL. */
function serveCopy(kind, port = '0', copyName = 'by-hand') {
  if (!DATA_KINDS.includes(kind)) throw new Error(`kind must be one of ${DATA_KINDS.join(', ')}, got ${kind}`)
  assertBuilt()
  const dataDir = join(E2E_DATA, 'copies', copyName, kind)
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dirname(dataDir), { recursive: true })
  cpSync(templateDir(kind), dataDir, { recursive: true })
  process.argv = [process.argv[0], built('web'), '--data-dir', dataDir, '--port', port, ...clock]
  require(built('web'))
}

async function main([first, ...rest]) {
  if (first === '--templates') {
    rmSync(E2E_DATA, { recursive: true, force: true })
    await Promise.all(DATA_KINDS.map(buildTemplate))
    return
  }
  if (first && !existsSync(templateDir(first))) await buildTemplate(first)
  serveCopy(first, ...rest)
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error)
  process.exit(1)
})
