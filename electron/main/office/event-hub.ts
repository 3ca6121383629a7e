import type { ServerResponse } from 'node:http'
import type { DeskEvent } from '../../../shared/office/types'

/** A comment line this often keeps proxies from closing the stream and lets a counter notice a dead link. */
export const HEARTBEAT_MS = 5_000

export interface EventHub {
  /** `stillAllowed` is asked again at `recheck` (a device revoked meanwhile loses its stream at once). */
  subscribe(res: ServerResponse, stillAllowed: () => boolean): void
  recheck(): void
  publish(event: DeskEvent): void
  close(): void
}

/**
 * The live feed (server-sent events): one long response per connected counter; every committed
 * change goes to every counter as one small line. The counters decide what to refresh, and a
 * burst of changes costs each of them one refresh (they coalesce), so there are no polling storms.
 */
export function createEventHub(): EventHub {
  const streams = new Map<ServerResponse, () => boolean>()
  const heartbeat = setInterval(() => {
    for (const res of streams.keys()) res.write(': beat\n\n')
  }, HEARTBEAT_MS)
  heartbeat.unref()
  return {
    subscribe(res, stillAllowed) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive'
      })
      res.write(': open\n\n')
      streams.set(res, stillAllowed)
      res.on('close', () => streams.delete(res))
    },
    recheck() {
      for (const [res, stillAllowed] of streams) if (!stillAllowed()) res.end()
    },
    publish(event) {
      const line = `data: ${JSON.stringify(event)}\n\n`
      for (const res of streams.keys()) res.write(line)
    },
    close() {
      clearInterval(heartbeat)
      for (const res of streams.keys()) res.end()
      streams.clear()
    }
  }
}
