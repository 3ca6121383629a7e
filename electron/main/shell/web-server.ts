import { randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import type { ApiResult } from '../../../shared/kernel/errors'
import type { DeskEvent } from '../../../shared/office/types'
import { contentSecurityPolicy } from './csp'
import { BRIDGE_SCRIPT } from './bridge-script'
import { readBody } from '../office/http-json'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}
/** A print job is a self-contained page; a few hundred notice sheets stay well below this. */
const MAX_PRINT_BODY = 16 * 1024 * 1024
/** The page names its copy like the Electron shell's PDFs ('receipt-SJ2026000123-0'); anything else gets a generated name. */
const SAFE_NAME = /^[A-Za-z0-9_-]{1,100}$/

export interface WebShell {
  url: string
  port: number
  close(): Promise<void>
}

/** What the shell serves: this PC's core, or the desk backend that forwards to the office server. */
export interface ShellBackend {
  call(name: string, input: unknown, meta: unknown): Promise<ApiResult<unknown>>
  onEvent?(listener: (event: DeskEvent) => void): () => void
}

export interface WebShellOptions {
  rendererDir: string
  port: number
  /** Where a copy of every print job is kept (the data folder's prints/). */
  printsDir: string
  now?: () => Date
}

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {}
) {
  res.writeHead(status, { ...baseHeaders, 'Content-Type': type, ...extra })
  res.end(body)
}

function sameToken(header: string | string[] | undefined, token: Buffer): boolean {
  if (typeof header !== 'string') return false
  const given = Buffer.from(header)
  return given.length === token.length && timingSafeEqual(given, token)
}

/** The renderer's page with the per-run token and the bridge script placed in its head. */
async function servedIndex(rendererDir: string, token: string): Promise<string> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8')
  const inject = `<meta name="frontdesk-token" content="${token}">\n    <script src="./frontdesk-bridge.js"></script>`
  return html.replace('<head>', `<head>\n    ${inject}`)
}

async function handleStatic(rendererDir: string, token: string, path: string, res: ServerResponse) {
  if (path === '/' || path === '/index.html') {
    return send(res, 200, MIME['.html']!, await servedIndex(rendererDir, token), {
      'Content-Security-Policy': contentSecurityPolicy(),
      'Cache-Control': 'no-store'
    })
  }
  if (path === '/frontdesk-bridge.js') return send(res, 200, MIME['.js']!, BRIDGE_SCRIPT)
  const file = normalize(join(rendererDir, decodeURIComponent(path)))
  if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain', 'not found')
  try {
    send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', await readFile(file), {
      'Cache-Control': 'public, max-age=31536000, immutable'
    })
  } catch {
    send(res, 404, 'text/plain', 'not found')
  }
}

/** The procedures' routes and their one method; each needs the per-run token. */
const API_ROUTES: Record<string, 'GET' | 'POST'> = {
  '/api/call': 'POST',
  '/api/print-copy': 'POST',
  '/api/events': 'GET'
}

const refuse = (res: ServerResponse, status: number, code: string, message: string) =>
  send(res, status, 'application/json', JSON.stringify({ ok: false, error: { code, message } }))

/**
 * The desk's events (another counter's change, the office link coming and going) as a stream the
 * bridge reads with fetch, so the per-run token travels as a header like every other request.
 */
function streamEvents(core: ShellBackend, res: ServerResponse) {
  res.writeHead(200, {
    ...baseHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store'
  })
  res.write(': open\n\n')
  const stop = core.onEvent?.((event) => res.write(`data: ${JSON.stringify(event)}\n\n`))
  res.on('close', () => stop?.())
}

/** The copy's file name: the page's own safe name, or a dated one; never a path. */
export function printCopyName(fileName: unknown, at: Date, sequence: number): string {
  if (typeof fileName === 'string' && SAFE_NAME.test(fileName)) return `${fileName}.html`
  return `print-${at.toISOString().replace(/[:.]/g, '-')}-${sequence}.html`
}

/**
 * The loopback browser shell: serves the built renderer and the procedures on 127.0.0.1 only.
 * Calls must carry the per-run token (placed in the served page) and a loopback Host header
 * (which defeats DNS rebinding). Print jobs are posted to /api/print-copy under the same guards
 * and kept in prints/, as the Electron shell keeps a PDF of each.
 */
export async function startWebShell(core: ShellBackend, options: WebShellOptions): Promise<WebShell> {
  const now = options.now ?? (() => new Date())
  let copies = 0
  const token = randomBytes(24).toString('base64url')
  const tokenBuffer = Buffer.from(token)
  let allowedHosts = new Set<string>()
  const tokenMatches = (header: string | string[] | undefined) => sameToken(header, tokenBuffer)

  async function handleApi(req: IncomingMessage, res: ServerResponse) {
    let body: { procedure?: unknown; input?: unknown; meta?: unknown }
    try {
      body = JSON.parse(await readBody(req))
    } catch {
      return send(
        res,
        400,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'bad request body' } })
      )
    }
    const result = await core.call(String(body.procedure ?? ''), body.input, body.meta)
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result), { 'Cache-Control': 'no-store' })
  }

  /** Keeps the job's page as sent to the browser's print dialog: what a supervisor can look at later. */
  async function handlePrintCopy(req: IncomingMessage, res: ServerResponse) {
    let body: { html?: unknown; fileName?: unknown }
    try {
      body = JSON.parse(await readBody(req, MAX_PRINT_BODY))
    } catch (error) {
      const tooLarge = error instanceof Error && error.message === 'body too large'
      return refuse(res, tooLarge ? 413 : 400, 'VALIDATION', tooLarge ? 'print job too large' : 'bad request body')
    }
    if (typeof body.html !== 'string' || body.html === '')
      return refuse(res, 400, 'VALIDATION', 'a print job needs its page')
    copies += 1
    const path = join(options.printsDir, printCopyName(body.fileName, now(), copies))
    await mkdir(options.printsDir, { recursive: true })
    await writeFile(path, body.html, 'utf8')
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true, data: { path } }), {
      'Cache-Control': 'no-store'
    })
  }

  const server = createServer((req, res) => {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'misdirected request')
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const api = API_ROUTES[path]
    if (api && (req.method !== api || !tokenMatches(req.headers['x-frontdesk-token'])))
      return refuse(res, 403, 'FORBIDDEN', 'forbidden')
    const work =
      path === '/api/call'
        ? handleApi(req, res)
        : path === '/api/print-copy'
          ? handlePrintCopy(req, res)
          : path === '/api/events'
            ? Promise.resolve(streamEvents(core, res))
            : handleStatic(options.rendererDir, token, path, res)
    work.catch((error: unknown) => {
      console.error('[web] request failed', error)
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
