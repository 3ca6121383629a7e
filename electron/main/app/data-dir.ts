import { resolve } from 'node:path'

/** Asks a packaged app to honour FRONTDESK_DATA_DIR (support staff put it in a shortcut on purpose). */
export const DATA_DIR_FROM_ENV_FLAG = '--data-dir-from-env'
export const DATA_DIR_FLAG = '--data-dir'

export type DataDirChoice = { dir: string; from: 'flag' | 'env' } | null

/** `--data-dir=PATH` or `--data-dir PATH`; the last one wins, as with any command-line option. */
function flagValue(argv: readonly string[]): string | undefined {
  let value: string | undefined
  argv.forEach((arg, i) => {
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) value = arg.slice(DATA_DIR_FLAG.length + 1)
    else if (arg === DATA_DIR_FLAG && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) value = argv[i + 1]
  })
  return value
}

/**
 * Where the data folder is moved to, or null for Electron's userData. In development and tests
 * FRONTDESK_DATA_DIR moves it. A packaged counter ignores that variable unless its command line
 * says so: an environment variable is invisible and can be set for the whole user account by any
 * program, which would silently point the counter at another (prepared) database; a flag stands
 * in the shortcut where IT staff see it. `--data-dir=PATH` is always an explicit choice.
 */
export function dataDirOverride(
  isPackaged: boolean,
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[]
): DataDirChoice {
  const flag = flagValue(argv)
  if (flag !== undefined && flag.trim() !== '') return { dir: resolve(flag), from: 'flag' }
  const fromEnv = env.FRONTDESK_DATA_DIR
  if (fromEnv === undefined || fromEnv.trim() === '') return null
  if (isPackaged && !argv.includes(DATA_DIR_FROM_ENV_FLAG)) return null
  return { dir: resolve(fromEnv), from: 'env' }
}
