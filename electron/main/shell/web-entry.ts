import { join } from 'node:path'
import { version } from '../../../package.json'
import { Core } from '../core/core'
import { startBackupSchedule, type BackupSchedule } from '../core/backup-schedule'
import { DeskBackend } from '../office/desk-backend'
import { parseShellArgs } from './args'
import { runningClockFrom } from './clock'
import { startWebShell } from './web-server'

/**
 * `npm run web -- --data-dir DIR --port PORT`: the counter UI in any browser on this machine,
 * driven by the same core as the Electron app. For development, demos, e2e tests and a gate PC
 * (`--connect https://HOST:PORT`: paired with the office server, its data folder keeps only the
 * pairing and the print copies).
 */
async function main() {
  const args = parseShellArgs(process.argv.slice(2))
  const now = runningClockFrom(args.now)
  let backups: BackupSchedule | undefined
  const desk = await DeskBackend.open({
    dataDir: args.dataDir,
    now,
    ...(args.connect ? { suggestedAddress: args.connect } : {}),
    openLocalCore: async (office) => {
      const serving = office ? { keepSessions: true, office } : {}
      const core = await Core.start({ dataDir: args.dataDir, version, now, ...serving })
      backups = startBackupSchedule(core, { now })
      return core
    },
    localCoreClosing: async () => {
      await backups?.stop({ backup: false })
      backups = undefined
    }
  })
  const shell = await startWebShell(desk, {
    rendererDir: join(__dirname, '../renderer'),
    port: args.port,
    printsDir: join(args.dataDir, 'prints'),
    now
  })
  const local = desk.localCore
  const where = local
    ? `${args.dataDir}${local.mode === 'recovery' ? ' (database unavailable: recovery mode)' : ''}`
    : `${args.dataDir} (paired with ${desk.status().address ?? '?'}: the data is the office server's)`
  console.log(`FrontDesk data folder: ${where}`)
  console.log(`FrontDesk running at ${shell.url}`)
  const stop = async () => {
    await shell.close()
    await backups?.stop({ backup: true })
    desk.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
