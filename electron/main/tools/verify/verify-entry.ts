import { parseShellArgs } from '../../shell/args'
import { verifyDataDir } from './verify'

/** `npm run verify -- --data-dir DIR`: prints every chain and exits 1 when one is broken. */
function main() {
  const args = parseShellArgs(process.argv.slice(2))
  const outcome = verifyDataDir(args.dataDir)
  console.log(outcome.lines.join('\n'))
  process.exitCode = outcome.ok ? 0 : 1
}

main()
