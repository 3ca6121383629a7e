import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiResult } from '../../../shared/kernel/errors'

export const MAX_CALL_BODY = 1024 * 1024

export class BodyTooLarge extends Error {}

/** The request's body as text, refused past `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = MAX_CALL_BODY): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new BodyTooLarge('body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body)
  // With its length the answer is one write (no chunk trailer left for Nagle's algorithm to hold).
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff'
  })
  res.end(text)
}

/** A sliding one-minute window per key (an address): how often it may knock. */
export function perMinute(limit: number, clock: () => number = () => performance.now()): (key: string) => boolean {
  const hits = new Map<string, number[]>()
  return (key) => {
    const now = clock()
    const recent = (hits.get(key) ?? []).filter((t) => now - t < 60_000)
    if (recent.length >= limit) {
      hits.set(key, recent)
      return false
    }
    recent.push(now)
    hits.set(key, recent)
    return true
  }
}
