import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseLocalDateTime } from './clock'
import { parseListen } from '../office/serve-config'

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
      now: { type: 'string' },
      connect: { type: 'string' },
      listen: { type: 'string' },
      'ui-port': { type: 'string' }
    },
    strict: false
  })
  const port = portOf('--port', values.port, 5199)
  return {
    dataDir: resolve(typeof values['data-dir'] === 'string' ? values['data-dir'] : DEFAULT_DEV_DATA_DIR),
    port,
    rooms: typeof values.rooms === 'string' ? Number(values.rooms) : undefined,
    force: values.force === true,
    /** A fixed starting time for the clock (demos and e2e runs that must not depend on today). */
    now: typeof values.now === 'string' ? parseLocalDateTime(values.now) : undefined,
    /** `npm run web -- --connect https://HOST:PORT`: the office server this browser shell pairs with. */
    connect: typeof values.connect === 'string' ? values.connect : undefined,
    /** `npm run server -- --listen 0.0.0.0:8443`: where the office server listens. */
    listen: listenOf(values.listen),
    /** The office server's own screen (loopback browser shell); 0 for none. */
    uiPort: portOf('--ui-port', values['ui-port'], 5198)
  }
}

function portOf(flag: string, value: unknown, fallback: number): number {
  const port = value === undefined ? fallback : Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${flag} must be 0–65535, got ${String(value)}`)
  return port
}

/** `HOST:PORT` (IPv6 in brackets: `[::]:8443`); the default listens on every address at 8443. */
function listenOf(value: unknown): { host: string; port: number } {
  if (value === undefined) return { host: '0.0.0.0', port: 8443 }
  const listen = parseListen(String(value))
  if (!listen) throw new Error(`--listen must look like 0.0.0.0:8443, got ${String(value)}`)
  return listen
}
