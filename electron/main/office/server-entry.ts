import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { version } from '../../../package.json'
import { Core } from '../core/core'
import { startBackupSchedule } from '../core/backup-schedule'
import { parseShellArgs } from '../shell/args'
import { runningClockFrom } from '../shell/clock'
import { startWebShell } from '../shell/web-server'
import { shortFingerprint } from '../../../shared/office/pairing'
import { loadOrCreateCertificate } from './certificate'
import { startOfficeServer } from './server'
import { serverScreen } from './desk-backend'

/** The addresses counters can use when the server listens on every interface. */
function officeAddresses(host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [`https://${host}:${port}`]
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => `https://${a!.address}:${port}`)
}

/**
 * `npm run server -- --data-dir DIR --listen 0.0.0.0:8443`: the office server. The same core as
 * every counter, headless, owning the office's database; paired counters reach it over HTTPS. Its
 * own screen is the loopback browser shell (`--ui-port`, 5198 by default; 0 for none), where an
 * administrator makes pairing codes and revokes counters under 设置 → 多前台.
 */
async function main() {
  const args = parseShellArgs(process.argv.slice(2))
  const now = runningClockFrom(args.now)
  const certificate = await loadOrCreateCertificate(args.dataDir)
  const { host, port } = args.listen
  const listen = `${host}:${port}`
  const core = await Core.start({
    dataDir: args.dataDir,
    version,
    now,
    keepSessions: true,
    office: { listen, fingerprint: certificate.fingerprint }
  })
  if (core.mode === 'recovery')
    console.error(
      'FrontDesk: the database is unavailable (recovery mode): counters are refused until it is restored at this screen.'
    )
  const backups = startBackupSchedule(core, { now })
  const server = await startOfficeServer(core, { host, port, certificate, now })
  const screen =
    args.uiPort === 0
      ? null
      : await startWebShell(serverScreen(core), {
          rendererDir: join(__dirname, '../renderer'),
          port: args.uiPort,
          printsDir: join(args.dataDir, 'prints'),
          now
        })
  console.log(`FrontDesk office server — data folder: ${args.dataDir}`)
  console.log(`Listening on ${server.address}${host === '0.0.0.0' ? ' (every network address of this PC)' : ''}`)
  for (const address of officeAddresses(host, server.port)) console.log(`  counters connect to: ${address}`)
  console.log(`Certificate fingerprint (SHA-256): ${certificate.fingerprint}`)
  console.log(`  counters show the first half to compare: ${shortFingerprint(certificate.fingerprint)}`)
  if (screen) console.log(`This PC's own screen (pairing codes, 设置 → 多前台): ${screen.url}`)
  const stop = async () => {
    // A clean stop ends with a verified backup; should anything hang, the process still ends.
    setTimeout(() => process.exit(1), 60_000).unref()
    console.log('FrontDesk office server stopping…')
    await screen?.close()
    await server.close()
    await backups.stop({ backup: true })
    core.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
