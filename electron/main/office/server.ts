import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Core } from '../core/core'
import type { CallOrigin } from '../core/context'
import { AppError } from '../core/errors'
import { createDeviceGate } from '../services/office/device-auth'
import { message } from '../../../shared/messages'
import { reasonKey } from '../../../shared/kernel/i18n'
import { DEFAULT_LOCALE } from '../../../shared/kernel/locale'
import { api } from '../../../shared/api'
import type { ServerCertificate } from './certificate'
import { BodyTooLarge, perMinute, readBody, sendJson } from './http-json'
import { createEventHub } from './event-hub'

export interface OfficeServerOptions {
  host: string
  port: number
  certificate: ServerCertificate
  now: () => Date
}

export interface OfficeServer {
  /** `https://host:port` as bound (the port the system gave when 0 was asked). */
  address: string
  port: number
  close(): Promise<void>
}

/** Pairing attempts per address and minute; sign-in and other public calls per address and minute. */
const PAIRINGS_PER_MINUTE = 10
const PUBLIC_CALLS_PER_MINUTE = 60

const PUBLIC_PROCEDURES = new Set(
  Object.values(api)
    .flatMap((group) => Object.values(group))
    .filter((p) => p.access === 'public')
    .map((p) => p.name)
)

function refusal(error: AppError) {
  return {
    ok: false as const,
    error: { code: error.code, message: message(DEFAULT_LOCALE, reasonKey('error', error.code), error.params) }
  }
}

/** A request to its route (`METHOD /path`); an unknown one is a 404, a failure a refusal in words. */
function dispatch(req: IncomingMessage, res: ServerResponse, routes: Record<string, () => Promise<void> | void>) {
  const path = new URL(req.url ?? '/', 'https://office').pathname
  const key = `${req.method} ${path}`
  const unknown = () => sendJson(res, 404, refusal(new AppError('UNKNOWN_PROCEDURE', { name: path.slice(0, 80) })))
  const work = Promise.resolve((Object.hasOwn(routes, key) ? routes[key]! : unknown)())
  work.catch((error: unknown) => {
    if (res.headersSent) return res.destroy()
    if (error instanceof BodyTooLarge || error instanceof SyntaxError)
      return sendJson(res, 400, refusal(new AppError('VALIDATION')))
    console.error('[office] request failed', error)
    sendJson(res, 500, refusal(new AppError('INTERNAL')))
  })
}

/**
 * The office server: the core's procedures over HTTPS for the paired counters. Every call carries
 * the device credential (checked before the router sees it; the router then checks the staff
 * session as always); `/office/events` streams the committed changes so other counters refresh;
 * `/office/pair` is the only request a device without credential may make, and it is rate-limited.
 */
export async function startOfficeServer(core: Core, options: OfficeServerOptions): Promise<OfficeServer> {
  const gate = createDeviceGate(core.store, options.now)
  const hub = createEventHub()
  const unsubscribe = core.onChange((change) => {
    hub.publish({ type: 'changed', ...change })
    if (change.procedure === 'office.revoke') hub.recheck()
  })
  const mayPair = perMinute(PAIRINGS_PER_MINUTE)
  const mayCallPublic = perMinute(PUBLIC_CALLS_PER_MINUTE)

  const addressOf = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown'

  const credentialOf = (req: IncomingMessage) => {
    const header = req.headers.authorization
    return typeof header === 'string' && header.startsWith('Device ') ? header.slice(7) : undefined
  }

  function device(req: IncomingMessage, res: ServerResponse): CallOrigin | null {
    const checked = gate.check(credentialOf(req), addressOf(req))
    if (checked instanceof AppError) {
      sendJson(res, 401, refusal(checked))
      return null
    }
    return checked
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse) {
    const origin = device(req, res)
    if (!origin) return
    const body = JSON.parse(await readBody(req)) as { procedure?: unknown; input?: unknown; meta?: unknown }
    const procedure = String(body.procedure ?? '')
    if (PUBLIC_PROCEDURES.has(procedure) && !mayCallPublic(addressOf(req)))
      return sendJson(res, 429, refusal(new AppError('RATE_LIMITED')))
    sendJson(res, 200, await core.call(procedure, body.input, body.meta, origin))
  }

  async function handlePair(req: IncomingMessage, res: ServerResponse) {
    if (!mayPair(addressOf(req))) return sendJson(res, 429, refusal(new AppError('RATE_LIMITED')))
    const body = JSON.parse(await readBody(req, 4096)) as { proof?: unknown; nonce?: unknown }
    const input = { proof: body.proof, nonce: body.nonce }
    sendJson(res, 200, await core.call('office.pair', input, { requestId: randomUUID() }))
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse) {
    if (!device(req, res)) return
    hub.subscribe(res, () => !(gate.check(credentialOf(req), addressOf(req)) instanceof AppError))
  }

  const tls = { key: options.certificate.key, cert: options.certificate.cert, noDelay: true }
  const server: Server = createServer(tls, (req, res) => {
    dispatch(req, res, {
      'POST /office/call': () => handleCall(req, res),
      'POST /office/pair': () => handlePair(req, res),
      'GET /office/events': () => handleEvents(req, res),
      'GET /office/hello': () => sendJson(res, 200, { ok: true, data: { server: 'frontdesk-office' } })
    })
  })
  // A half-open socket of a counter that lost power must not hold the server's connections forever.
  server.keepAliveTimeout = 30_000
  server.headersTimeout = 15_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const bound = server.address()
  const port = typeof bound === 'object' && bound ? bound.port : options.port
  return {
    address: `https://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    close: async () => {
      unsubscribe()
      hub.close()
      server.closeAllConnections()
      // A socket still in its TLS handshake is not among the connections closed above: do not wait for it.
      await Promise.race([
        new Promise<void>((resolve) => server.close(() => resolve())),
        new Promise<void>((resolve) => setTimeout(resolve, 2_000).unref())
      ])
    }
  }
}
