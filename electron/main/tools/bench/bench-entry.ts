import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../../../../db/open'
import { generateDemo } from '../demo/generate'
import { createPasswordHasher } from '../../core/passwords'
import { parseShellArgs } from '../../shell/args'
import { benchSearch } from '../../services/households/bench'
import { benchFees } from '../../services/fees/bench'
import { benchArrears } from '../../services/fees/bench-arrears'

/**
 * `npm run bench [-- --rooms 20000]`: builds a demo estate of that size in a temporary folder and
 * measures the counter's hot paths through the services, with synchronous=FULL as in production.
 * Each capability adds its measurements here. Exits non-zero when a target is missed.
 */
async function main() {
  const args = parseShellArgs(process.argv.slice(2))
  const rooms = args.rooms ?? 20_000
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-'))
  try {
    const started = performance.now()
    const passwords = createPasswordHasher({ N: 1024, r: 8, p: 1 })
    const demo = await generateDemo({ dataDir: dir, rooms, passwords })
    console.log(`estate: ${demo.rooms} rooms, ${demo.persons} persons, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    const store = await openStore(dir)
    const search = benchSearch(store.sqlite)
    console.log(search.lines.join('\n'))
    const failures: string[] = []
    if (search.worstP95 > 20) failures.push(`search p95 ${search.worstP95.toFixed(2)} ms > 20 ms`)
    store.sqlite.close()
    const fees = await benchFees(dir, passwords)
    console.log(fees.lines.join('\n'))
    if (fees.pay.p95 > 10) failures.push(`receipt p95 ${fees.pay.p95.toFixed(2)} ms > 10 ms`)
    if (fees.account.p95 > 5) failures.push(`unpaid list p95 ${fees.account.p95.toFixed(2)} ms > 5 ms`)
    if (fees.billMs > 2000) failures.push(`month's bills ${fees.billMs.toFixed(0)} ms > 2000 ms`)
    const again = await openStore(dir)
    const arrears = benchArrears(again.sqlite)
    again.sqlite.close()
    console.log(arrears.lines.join('\n'))
    if (arrears.worstMs > 200) failures.push(`arrears list p95 ${arrears.worstMs.toFixed(1)} ms > 200 ms`)
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
