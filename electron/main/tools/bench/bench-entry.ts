import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateDemo } from '../demo/generate'
import { createPasswordHasher } from '../../core/passwords'
import { parseShellArgs } from '../../shell/args'
import { capabilities } from '../../services'

/**
 * `npm run bench [-- --rooms 20000]`: builds a demo estate of that size in a temporary folder and
 * measures the counter's hot paths through the services, with synchronous=FULL as in production:
 * each capability's bench step in turn, in the capabilities' order (a step may change the data the
 * next one reads). Exits non-zero when a target is missed.
 */
async function main() {
  const args = parseShellArgs(process.argv.slice(2))
  const rooms = args.rooms ?? 20_000
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-'))
  try {
    const started = performance.now()
    const passwords = createPasswordHasher({ N: 1024, r: 8, p: 1 })
    // The one reading of the wall clock: `--now` fixes it, as for the demo and the browser shell.
    const now = args.now ?? new Date()
    const demo = await generateDemo({ dataDir: dir, rooms, passwords, now })
    console.log(
      `estate: ${demo.rooms} rooms, ${demo.persons} persons, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`
    )
    const failures: string[] = []
    for (const { bench } of capabilities) {
      if (!bench) continue
      const outcome = await bench({ dataDir: dir, passwords, now })
      console.log(outcome.lines.join('\n'))
      failures.push(...outcome.failures)
    }
    console.log(failures.length ? `MISSED: ${failures.join('; ')}` : 'all targets met')
    process.exitCode = failures.length ? 1 : 0
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
