import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:net'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Core } from '../../core/core'
import type { PasswordHasher } from '../../core/passwords'
import { loadOrCreateCertificate } from '../../office/certificate'

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** One pairing code per simulated counter, made by the demo administrator on the office's own core. */
export async function pairingCodes(dataDir: string, passwords: PasswordHasher, now: Date, count: number) {
  const certificate = await loadOrCreateCertificate(dataDir)
  const core = await Core.start({
    dataDir,
    version: 'bench',
    now: () => now,
    passwords,
    office: { listen: '127.0.0.1:0', fingerprint: certificate.fingerprint }
  })
  try {
    const signIn = await core.call('staff.signIn', { username: 'admin', password: 'demo1234' })
    if (!signIn.ok) throw new Error(`admin sign-in refused: ${signIn.error.message}`)
    const session = (signIn.data as { token: string }).token
    const codes: string[] = []
    for (let i = 1; i <= count; i++) {
      const made = await core.call(
        'office.createPairingCode',
        { counterName: `压测前台${i}` },
        { session, requestId: randomUUID() }
      )
      if (!made.ok) throw new Error(`pairing code refused: ${made.error.message}`)
      codes.push((made.data as { code: string }).code)
    }
    return codes
  } finally {
    core.close()
  }
}

/** out/main/server.js: beside the bench entry, or one folder up from the chunk this code is bundled in. */
function builtServer(): string {
  const candidates = [join(__dirname, 'server.js'), join(__dirname, '..', 'server.js')]
  const found = candidates.find((file) => existsSync(file))
  if (!found)
    throw new Error(`the office bench needs the built server (npm run build): not at ${candidates.join(' or ')}`)
  return found
}

const localMinute = (at: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/**
 * The office server as its own process (out/main/server.js beside the bench), as on its own PC: its
 * event loop is not the counters'. Resolves once it listens.
 */
export function startServerProcess(
  dataDir: string,
  port: number,
  now: Date,
  script = builtServer()
): Promise<ChildProcess> {
  const args = [script, '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`, '--ui-port', '0']
  const child = spawn(process.execPath, [...args, '--now', localMinute(now)], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()))
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the office server exited with ${code}: ${output}`)))
    child.stdout!.on('data', (c: Buffer) => {
      output += c.toString()
      if (!output.includes('Listening on')) return
      child.removeAllListeners('exit')
      child.stdout!.removeAllListeners('data').resume()
      resolve(child)
    })
  })
}

export function stopServerProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.once('exit', () => (clearTimeout(force), resolve()))
    child.kill('SIGTERM')
  })
}
