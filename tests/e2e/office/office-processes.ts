import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { E2E_NOW } from '../helpers'

/**
 * The processes of an office on this machine: the office server on a copy of the e2e demo data
 * (`out/main/server.js`, its own screen on a loopback port) and counters as browser shells started
 * with `--connect` on empty data folders of their own, as a gate PC or a second counter would run.
 */
const ROOT = join(__dirname, '..', '..', '..')
const BUILT = (name: string) => join(ROOT, 'out', 'main', `${name}.js`)
const OFFICE_DATA = join(ROOT, 'test-results', 'e2e-data', 'copies', 'office')
const DEMO_TEMPLATE = join(ROOT, 'test-results', 'e2e-data', 'templates', 'demo')
const START_TIMEOUT_MS = 60_000

export interface Running {
  process: ChildProcess
  output: () => string
  match: RegExpExecArray
}

function start(args: string[], ready: RegExp): Promise<Running> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail('did not start in time'), START_TIMEOUT_MS)
    function fail(why: string) {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`${args[0]} ${why}\n${output}`))
    }
    child.once('exit', (code) => fail(`exited with ${code}`))
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000))
    const untilReady = (chunk: Buffer) => {
      keep(chunk)
      const match = ready.exec(output)
      if (!match) return
      clearTimeout(timer)
      // Once: a later line (the server's "stopping…") must not take away the exit listener stop() waits on.
      child.removeAllListeners('exit')
      child.stdout!.off('data', untilReady).on('data', keep)
      resolve({ process: child, output: () => output, match })
    }
    child.stdout!.on('data', untilReady)
  })
}

/** A port nobody listens on now (the server's own screen needs one that stays the same across restarts). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Stops a process (SIGKILL when it has not exited within 10 s) and resolves once it is gone. */
export async function stop(running: Running | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const child = running?.process
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill(signal)
  const late = await Promise.race([exited.then(() => false), new Promise((r) => setTimeout(() => r(true), 10_000))])
  if (!late) return
  console.log(`[office e2e] ${child.pid} did not stop on ${signal}:\n${running!.output().slice(-800)}`)
  child.kill('SIGKILL')
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
}

export const serverDataDir = join(OFFICE_DATA, 'server')

/** A fresh copy of the demo for the office server (before its first start only). */
export function freshOffice(): void {
  rmSync(OFFICE_DATA, { recursive: true, force: true })
  mkdirSync(OFFICE_DATA, { recursive: true })
  cpSync(DEMO_TEMPLATE, serverDataDir, { recursive: true })
}

/** The office server on its data folder: `{ address, screen }` once it listens. */
export async function startOffice(listenPort: number, screenPort: number) {
  const running = await start(
    [
      BUILT('server'),
      '--data-dir',
      serverDataDir,
      '--listen',
      `127.0.0.1:${listenPort}`,
      '--ui-port',
      String(screenPort),
      '--now',
      E2E_NOW
    ],
    /Listening on (https:\/\/\S+)[\s\S]*own screen[^\n]*: (http:\/\/\S+)/
  )
  return { running, address: running.match[1]!, screen: running.match[2]! }
}

/** A counter PC: a browser shell paired (or to be paired) with the office server. */
export async function startCounter(name: string, address: string) {
  const dataDir = join(OFFICE_DATA, name)
  const running = await start(
    [BUILT('web'), '--data-dir', dataDir, '--port', '0', '--connect', address, '--now', E2E_NOW],
    /FrontDesk running at (http:\/\/\S+)/
  )
  return { running, url: running.match[1]!, dataDir }
}
