import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createFakeElectron, type FakeElectron } from '../electron/fake-electron'

/**
 * The built Electron entry (out/main/index.js) and preload, loaded by plain Node with a fake
 * 'electron' module: what the app asks of Electron at start-up is what keeps the counter safe,
 * and the real binary cannot run on the build machines. Needs `npm run build` first.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const MAIN = join(ROOT, 'out/main/index.js')
export const PRELOAD = join(ROOT, 'out/preload/index.js')
const nodeRequire = createRequire(import.meta.url)
const ELECTRON_ID = nodeRequire.resolve('electron')

export function requireWithFake(fake: FakeElectron, entry: string): void {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`)
  // The resolved path of the real package is where Node looks first, so the stub is found and
  // the real index.js (which would try to download Electron) never runs.
  const stub = new Module(ELECTRON_ID)
  stub.filename = ELECTRON_ID
  stub.loaded = true
  stub.exports = fake.electron
  nodeRequire.cache[ELECTRON_ID] = stub
  delete nodeRequire.cache[entry]
  try {
    nodeRequire(entry)
  } finally {
    delete nodeRequire.cache[ELECTRON_ID]
  }
}

const booted: Array<{ fake: FakeElectron; dir: string }> = []
const extraDirs: string[] = []

/** The main entry started in a fresh userData folder, with `env` as the only FrontDesk variables. */
export function boot(
  options: { env?: Record<string, string>; singleInstance?: boolean; isPackaged?: boolean; argv?: string[] } = {}
) {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-electron-'))
  const fake = createFakeElectron({
    userData: join(dir, 'userData'),
    singleInstance: options.singleInstance,
    isPackaged: options.isPackaged
  })
  const saved = { ...process.env }
  const savedArgv = process.argv
  if (options.argv) process.argv = [process.argv[0]!, ...options.argv]
  delete process.env.FRONTDESK_DATA_DIR
  delete process.env.ELECTRON_RENDERER_URL
  Object.assign(process.env, options.env)
  try {
    requireWithFake(fake, MAIN)
  } finally {
    process.env = saved
    process.argv = savedArgv
  }
  booted.push({ fake, dir })
  return { fake, dir }
}

/** A temporary folder removed with the booted apps' (by `shutDown`). */
export function dataDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  extraDirs.push(dir)
  return dir
}

/** Quits every app this file booted and removes their folders: the file's afterAll. */
export function shutDown(): void {
  for (const { fake, dir } of booted.splice(0)) {
    fake.electron.app.emit('quit')
    rmSync(dir, { recursive: true, force: true })
  }
  for (const dir of extraDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** The main entry started (warning when out/ is older than the app's sources), and its main window's calls. */
export async function startMain() {
  if (!existsSync(MAIN)) throw new Error('out/main/index.js is missing: run npm run build first')
  const newest = Math.max(
    ...['electron/main/app/index.ts', 'electron/main/app/ipc.ts', 'electron/main/app/print.ts'].map(
      (f) => statSync(join(ROOT, f)).mtimeMs
    )
  )
  if (statSync(MAIN).mtimeMs < newest)
    console.warn('[test] out/main/index.js is older than its sources: run npm run build first')
  const { fake, dir } = boot()
  await fake.started
  const mainWindow = () => fake.windows.find((w) => w.options.title === 'FrontDesk 物业前台')!
  const trusted = () => ({ senderFrame: mainWindow().webContents.mainFrame })
  const call = (event: unknown, procedure: string, input: unknown = {}) =>
    fake.ipcHandlers.get('frontdesk:call')!(event, procedure, input, {})
  const print = (event: unknown, job: unknown) =>
    fake.ipcHandlers.get('frontdesk:print')!(event, job) as Promise<{ via: string; pdfPath: string }>
  return { fake, userData: join(dir, 'userData'), mainWindow, trusted, call, print }
}
