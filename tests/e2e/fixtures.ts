import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { test as base, type TestInfo } from '@playwright/test'
import { useSpecServers, type DataKind, type SpecServer } from './helpers'

export { expect, type Locator, type Page } from '@playwright/test'

const SERVE = join(__dirname, 'serve.mjs')
/** Copying the demo (tens of MB) and opening it; generous for a busy 2-core machine. */
const START_TIMEOUT_MS = 60_000
/** `E2E_KEEP_DATA=1` keeps every spec file's data folders after the run; failed files' are always kept. */
const KEEP_ALL = process.env.E2E_KEEP_DATA === '1'

interface RunningServer extends SpecServer {
  process: ChildProcess
}

/** The two lines web-entry.ts prints once it listens. */
const LISTENING =
  /FrontDesk data folder: (.+?)(?: \(database unavailable: recovery mode\))?\n(?:.*\n)*?FrontDesk running at (\S+)/

/** Starts `serve.mjs <kind> 0 <copyName>` (a fresh copy of the template, any free port) and waits until it listens. */
function startServer(kind: DataKind, copyName: string): Promise<RunningServer> {
  const child = spawn(process.execPath, [SERVE, kind, '0', copyName], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  // Both pipes stay read for the server's whole life: a full pipe would block its writes.
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`e2e ${kind} server for ${copyName} ${why}\n${output}`))
    }
    const timer = setTimeout(() => fail(`did not listen within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS)
    child.once('exit', (code) => fail(`exited with ${code} before listening`))
    child.stdout!.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
      const listening = LISTENING.exec(output)
      if (!listening) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      child.stdout!.removeAllListeners('data').resume()
      const url = listening[2]!.endsWith('/') ? listening[2]! : `${listening[2]}/`
      resolve({ url, dataDir: listening[1]!, process: child })
    })
  })
}

function stopServer(server: RunningServer): Promise<void> {
  const { process: child } = server
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    // SIGTERM closes the database cleanly (web-entry.ts); SIGKILL only if that hangs.
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => (clearTimeout(force), resolve()))
    child.kill('SIGTERM')
  })
}

/** The servers of the spec file now running in this worker; a new file stops them and starts its own. */
class SpecFileServers {
  private file: string | undefined
  private servers: RunningServer[] = []
  private keep = false

  async serve(testInfo: TestInfo): Promise<void> {
    if (testInfo.file === this.file) return
    await this.stop()
    this.file = testInfo.file
    // test-results/e2e-data/copies/fees-receipt-pdf-w0/demo: a worker restarted after a failure copies afresh.
    const copyName = `${relative(__dirname, testInfo.file)
      .replace(/\.spec\.ts$/, '')
      .replace(/[\\/]/g, '-')}-w${testInfo.workerIndex}`
    const [demo, empty, corrupt] = await Promise.all([
      startServer('demo', copyName),
      startServer('empty', copyName),
      startServer('corrupt', copyName)
    ])
    this.servers = [demo, empty, corrupt]
    useSpecServers({ demo, empty, corrupt })
  }

  /** A failed test keeps its file's data folders for a look afterwards. */
  noteResult(testInfo: TestInfo): void {
    if (testInfo.status !== testInfo.expectedStatus) this.keep = true
  }

  async stop(): Promise<void> {
    const stopping = this.servers
    this.servers = []
    await Promise.all(stopping.map(stopServer))
    // The kinds' folders share one parent: the spec file's copy.
    if (stopping[0] && !this.keep && !KEEP_ALL) rmSync(dirname(stopping[0].dataDir), { recursive: true, force: true })
    this.keep = false
    this.file = undefined
  }
}

/**
 * Every e2e spec imports `test` from here: before a file's first test its own copies of the demo, empty
 * and corrupt data are served by fresh processes at E2E_NOW, and `DEMO`/`EMPTY`/`CORRUPT`/`dataDir()`
 * from ./helpers point at them. So no spec sees another's payments, key movements or staff changes,
 * and the order specs run in does not matter. Tests in one file still share that file's data.
 */
export const test = base.extend<{ specData: void }, { specFileServers: SpecFileServers }>({
  specFileServers: [
    async ({}, use) => {
      const servers = new SpecFileServers()
      await use(servers)
      await servers.stop()
    },
    { scope: 'worker', timeout: START_TIMEOUT_MS }
  ],
  specData: [
    async ({ specFileServers }, use, testInfo) => {
      await specFileServers.serve(testInfo)
      await use()
      specFileServers.noteResult(testInfo)
    },
    { auto: true, timeout: START_TIMEOUT_MS }
  ]
})
