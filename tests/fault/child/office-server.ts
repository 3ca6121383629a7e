import { randomUUID } from 'node:crypto'
import { Core } from '../../../electron/main/core/core'
import { loadOrCreateCertificate } from '../../../electron/main/office/certificate'
import { startOfficeServer } from '../../../electron/main/office/server'
import { testClock, testPasswords } from '../../helpers/core'

/**
 * The office server that gets killed: the core on a data folder with its sessions kept, behind
 * HTTPS on 127.0.0.1 as `npm run server` runs it. Prints `ready <port>` once it listens; never
 * stops by itself. argv: <dataDir> <clock start ISO> <port, 0 for any>
 */
const [dataDir, clockStart, port] = process.argv.slice(2)
if (!dataDir || !clockStart || port === undefined) throw new Error('usage: office-server <dataDir> <clockStart> <port>')

async function main(): Promise<void> {
  const clock = testClock(clockStart)
  const certificate = await loadOrCreateCertificate(dataDir!)
  const core = await Core.start({
    dataDir: dataDir!,
    version: '0.0.0-fault',
    now: clock.now,
    randomToken: () => randomUUID(),
    passwords: testPasswords,
    keepSessions: true,
    office: { listen: `127.0.0.1:${port}`, fingerprint: certificate.fingerprint }
  })
  if (core.mode !== 'ready') throw new Error('the core opened in recovery mode after a kill')
  const server = await startOfficeServer(core, { host: '127.0.0.1', port: Number(port), certificate, now: clock.now })
  process.stdout.write(`ready ${server.port}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
