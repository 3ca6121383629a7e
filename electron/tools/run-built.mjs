// Runs one of the built plain-Node entries (out/main/web.js, out/main/demo.js), building first
// when any source is newer than the last build. Usage: node electron/tools/run-built.mjs web [args…]
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const stampFile = join(root, 'out', '.build-stamp')
const sources = ['electron', 'shared', 'db', 'renderer', 'resources', 'package.json', 'electron.vite.config.mts']

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

const [entry, ...args] = process.argv.slice(2)
const target = join(root, 'out', 'main', `${entry}.js`)
const built = existsSync(stampFile) ? statSync(stampFile).mtimeMs : 0
const newest = Math.max(...sources.map((s) => newestMtime(join(root, s))))
if (!existsSync(target) || newest > built) {
  console.log('Building FrontDesk (sources changed since the last build)…')
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit'
  })
  writeFileSync(stampFile, new Date().toISOString())
}
process.argv = [process.argv[0], target, ...args]
createRequire(import.meta.url)(target)
