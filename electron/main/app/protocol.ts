import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, sep } from 'node:path'

/**
 * The renderer's own origin, app://frontdesk, instead of file://. A file:// page shares its
 * origin with every file on the disk (and Chromium gives file:// extra rights); app://frontdesk
 * is one origin that serves only the built renderer folder, so 'self' in the CSP means exactly
 * our files. The resolution is a pure function, unit-tested; index.ts registers the handler.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'frontdesk'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * For protocol.registerSchemesAsPrivileged, before the app is ready: standard (parsed like
 * http, with an origin, relative URLs and 'self'), secure (like https: no mixed-content rules
 * broken), fetch for module scripts. No CORS bypass, no service workers, no stream extras.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
} as const

export type AppRequest = { file: string; contentType: string } | { status: 400 | 403 | 404 }

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** Path segments as the file system will see them, or null for anything that could leave the folder. */
function safeSegments(pathname: string): string[] | null {
  const segments: string[] = []
  for (const raw of pathname.split('/').filter((s) => s !== '')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null // a malformed escape is no file of ours
    }
    // Decoded, a segment may hold what the URL parser did not treat as structure: %2F, %5C, %2e%2e,
    // a NUL, or a drive letter / stream name (C:, file:stream) on Windows.
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return null
    segments.push(segment)
  }
  return segments
}

/**
 * Maps app://frontdesk/<path> to a file under `rootDir` (the built renderer folder). Query and
 * hash are ignored (the router lives in the hash); `/` is index.html. Another scheme or host, a
 * user name, password or port, a traversal in any spelling, or a file outside the folder is
 * refused. Whether the file exists is the handler's to find out (404 then).
 */
export function resolveAppRequest(url: unknown, rootDir: string): AppRequest {
  const target = parse(url)
  if (!target || target.protocol !== `${APP_SCHEME}:`) return { status: 400 }
  // Chromium lowercases the host of a standard scheme; Node's URL keeps it as typed.
  if (
    target.hostname.toLowerCase() !== APP_HOST ||
    target.port !== '' ||
    target.username !== '' ||
    target.password !== ''
  )
    return { status: 403 }
  const segments = safeSegments(target.pathname)
  if (!segments) return { status: 403 }
  const file = join(rootDir, ...(segments.length === 0 ? ['index.html'] : segments))
  const inside = relative(rootDir, file)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return { status: 403 }
  const contentType = CONTENT_TYPES[extname(file).toLowerCase()]
  if (!contentType) return { status: 404 } // nothing else is built into the renderer
  return { file, contentType }
}

/**
 * The protocol.handle handler: the file with its type, the app's CSP on every response (a
 * protocol handler's responses do not pass webRequest), no sniffing, and a bare status for
 * anything refused or missing.
 */
export function appProtocolHandler(rootDir: string, csp: string) {
  return async (request: { url: string; method?: string }): Promise<Response> => {
    if (request.method && request.method !== 'GET' && request.method !== 'HEAD')
      return new Response(null, { status: 405 })
    const resolved = resolveAppRequest(request.url, rootDir)
    if ('status' in resolved) return new Response(null, { status: resolved.status })
    let body: Buffer
    try {
      body = await readFile(resolved.file)
    } catch {
      return new Response(null, { status: 404 })
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': resolved.contentType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store'
      }
    })
  }
}
