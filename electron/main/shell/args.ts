import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseLocalDateTime } from './clock'

/** The data folder used by `npm run web` and `npm run demo` when none is given. */
export const DEFAULT_DEV_DATA_DIR = '.data'

export function parseShellArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      rooms: { type: 'string' },
      force: { type: 'boolean' },
      now: { type: 'string' }
    },
    strict: false
  })
  const port = values.port === undefined ? 5199 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${String(values.port)}`)
  return {
    dataDir: resolve(typeof values['data-dir'] === 'string' ? values['data-dir'] : DEFAULT_DEV_DATA_DIR),
    port,
    rooms: typeof values.rooms === 'string' ? Number(values.rooms) : undefined,
    force: values.force === true,
    /** A fixed starting time for the clock (demos and e2e runs that must not depend on today). */
    now: typeof values.now === 'string' ? parseLocalDateTime(values.now) : undefined
  }
}
