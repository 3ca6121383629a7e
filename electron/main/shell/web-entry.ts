import { join } from 'node:path'
import { version } from '../../../package.json'
import { Core } from '../core/core'
import { startBackupSchedule } from '../core/backup-schedule'
import { parseShellArgs } from './args'
import { runningClockFrom } from './clock'
import { startWebShell } from './web-server'

/**
 * `npm run web -- --data-dir DIR --port PORT`: the counter UI in any browser on this machine,
 * driven by the same core as the Electron app. For development, demos and e2e tests.
 */
async function main() {
  const args = parseShellArgs(process.argv.slice(2))
  const now = runningClockFrom(args.now)
  const core = await Core.start({ dataDir: args.dataDir, version, now })
  const backups = startBackupSchedule(core, { now })
  const shell = await startWebShell(core, {
    rendererDir: join(__dirname, '../renderer'),
    port: args.port,
    printsDir: join(args.dataDir, 'prints'),
    now
  })
  console.log(
    `FrontDesk data folder: ${args.dataDir}${core.mode === 'recovery' ? ' (database unavailable: recovery mode)' : ''}`
  )
  console.log(`FrontDesk running at ${shell.url}`)
  const stop = async () => {
    await shell.close()
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
