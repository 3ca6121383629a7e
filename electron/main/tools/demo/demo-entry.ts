import { parseShellArgs } from '../../shell/args'
import { DEMO_PASSWORD, DEMO_STAFF } from '../../services/foundation/demo'
import { generateDemo } from './generate'

/** `npm run demo -- --data-dir DIR [--force]` */
async function main() {
  const args = parseShellArgs(process.argv.slice(2))
  const started = Date.now()
  const { databaseFile, rooms, persons } = await generateDemo({
    dataDir: args.dataDir,
    replaceDemo: args.force,
    rooms: args.rooms,
    now: args.now
  })
  console.log(
    `Demo database written: ${databaseFile} (${rooms} rooms, ${persons} persons, ${((Date.now() - started) / 1000).toFixed(1)} s)`
  )
  console.log(`Staff (password ${DEMO_PASSWORD}): admin, ${DEMO_STAFF.map((s) => s.username).join(', ')}`)
  console.log(`Next: npm run web -- --data-dir ${args.dataDir}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
