import { Agent, request, type RequestOptions } from 'node:https'
import type { IncomingMessage } from 'node:http'
import type { TLSSocket } from 'node:tls'

/** How a counter reaches its server: the address and, once paired, the certificate it pinned. */
export interface ServerTarget {
  address: string
  /** The pinned certificate (PEM) and its SHA-256; absent only for the first look before pairing. */
  pin?: { certificate: string; fingerprint: string }
  /**
   * Keep-alive connections for the calls (a TLS handshake per payment would cost more than the
   * payment). Only ever with the pin: a reused connection was made to that same certificate.
   */
  agent?: Agent
}

/** The server answered with a certificate other than the pinned one: nothing was sent. */
export class PinMismatch extends Error {}
/** The server could not be reached (refused, reset, timed out). */
export class Unreachable extends Error {}

const CALL_TIMEOUT_MS = 10_000

/**
 * TLS options that trust exactly the pinned certificate: it is the only CA, and the peer must be
 * that very certificate (by fingerprint). The host name is not checked, because trust comes from
 * the pin and the server is reached by whatever address the office network gives it.
 */
function pinnedTls(pin: NonNullable<ServerTarget['pin']>) {
  const { certificate, fingerprint } = pin
  return {
    ca: [certificate],
    checkServerIdentity: (_host: string, cert: { fingerprint256: string }) =>
      cert.fingerprint256 === fingerprint ? undefined : new PinMismatch(`certificate ${cert.fingerprint256}`)
  }
}

/**
 * Keep-alive connections that trust only the pin. The TLS options belong to the agent, not to each
 * request: given per request they make Node's agent open a new connection (a TLS handshake, ~5 ms
 * here) for every call instead of reusing one.
 */
export function pinnedAgent(pin: NonNullable<ServerTarget['pin']>): Agent {
  return new Agent({ keepAlive: true, maxSockets: 4, ...pinnedTls(pin) })
}

/**
 * A call's TLS: the link's pinned agent, the pin on a connection of its own, or (the look before
 * pairing) none, on a fresh connection: a resumed TLS session or a reused socket would not show
 * the certificate the server holds now.
 */
function tlsOptions(target: ServerTarget, pooled = true): RequestOptions {
  if (!target.pin) return { rejectUnauthorized: false, agent: false }
  return pooled && target.agent ? { agent: target.agent } : { ...pinnedTls(target.pin), agent: false }
}

function isPinFailure(error: unknown): boolean {
  if (error instanceof PinMismatch) return true
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT/.test(code)
}

export interface Answer {
  status: number
  body: string
  /** Before pairing: the certificate the server showed (PEM) and its fingerprint. */
  peer?: { certificate: string; fingerprint: string }
}

/** The server's own certificate; undefined when the connection does not show one. */
function peerOf(res: IncomingMessage): Answer['peer'] {
  // Not the detailed form: its chain is missing on a resumed session, and only the leaf is pinned.
  const cert = (res.socket as TLSSocket).getPeerCertificate()
  if (!cert?.raw || !cert.fingerprint256) return undefined
  const base64 = cert.raw.toString('base64').replace(/(.{64})/g, '$1\n')
  return {
    certificate: `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`,
    fingerprint: cert.fingerprint256
  }
}

/** One request; a refused pin rejects with PinMismatch, a dead link with Unreachable. */
export function send(
  target: ServerTarget,
  method: 'GET' | 'POST',
  path: string,
  body?: string,
  headers: Record<string, string> = {}
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, target.address),
      {
        method,
        timeout: CALL_TIMEOUT_MS,
        // A length, not chunks: the request leaves in one write, so Nagle's algorithm never holds its end back
        // waiting for the server's delayed ACK (40 ms a call at a quiet counter).
        headers: {
          ...(body === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }),
          ...headers
        },
        ...tlsOptions(target)
      },
      (res) => {
        // Read now: the socket goes away once the answer has ended. A pinned call was checked at its handshake.
        const peer = target.pin ? undefined : peerOf(res)
        if (!target.pin && !peer) {
          res.destroy()
          return reject(new PinMismatch('the server showed no certificate'))
        }
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), peer })
        )
        res.on('error', (error) => reject(new Unreachable(error.message)))
      }
    )
    req.on('socket', (socket) => socket.setNoDelay(true))
    req.on('timeout', () => req.destroy(new Unreachable('timed out')))
    req.on('error', (error) =>
      reject(isPinFailure(error) ? new PinMismatch(error.message) : new Unreachable(error.message))
    )
    req.end(body)
  })
}

/**
 * The server's live feed: calls `onEvent` with each `data:` line's text and resolves when the
 * stream ends for any reason. A stream silent for longer than `silenceMs` (the server sends a
 * beat every few seconds) is taken for a dead link and closed.
 */
export function stream(
  target: ServerTarget,
  path: string,
  headers: Record<string, string>,
  handlers: { onOpen(): void; onEvent(data: string): void; onRefused(status: number, body: string): void },
  silenceMs: number
): { done: Promise<'ended' | 'pin'>; close(): void } {
  let close = () => {}
  const done = new Promise<'ended' | 'pin'>((resolve) => {
    // The feed is one long response: its own connection, never one of the calls' pool.
    const options = { method: 'GET', headers, ...tlsOptions(target, false) }
    const req = request(new URL(path, target.address), options, (res) => {
      if (res.statusCode !== 200) {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          handlers.onRefused(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))
          resolve('ended')
        })
        return
      }
      handlers.onOpen()
      let buffer = ''
      let timer = setTimeout(() => req.destroy(), silenceMs)
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        clearTimeout(timer)
        timer = setTimeout(() => req.destroy(), silenceMs)
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          for (const line of block.split('\n')) if (line.startsWith('data: ')) handlers.onEvent(line.slice(6))
        }
      })
      res.on('close', () => {
        clearTimeout(timer)
        resolve('ended')
      })
    })
    req.on('error', (error) => resolve(isPinFailure(error) ? 'pin' : 'ended'))
    req.end()
    close = () => req.destroy()
  })
  return { done, close: () => close() }
}
