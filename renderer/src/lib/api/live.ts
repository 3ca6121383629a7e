import { useSyncExternalStore } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { FrontDeskBridge } from '@shared/kernel/bridge'
import type { DeskEvent } from '@shared/office/types'

/** Changes arriving within this window cost one refresh: a burst of payments is one round of refetches. */
export const COALESCE_MS = 100

let online: boolean | null = null
const onlineListeners = new Set<() => void>()

function setOnline(next: boolean): void {
  if (online === next) return
  online = next
  for (const listener of onlineListeners) listener()
}

/** The link's state now (what the banner shows): true, false, or null where there is no office link. */
export const officeOnlineNow = (): boolean | null => online

/** Whether the office server answers: null until a link event or `noteLinkStatus` says (a standalone desk never does). */
export function useOfficeOnline(): boolean | null {
  return useSyncExternalStore((listener) => {
    onlineListeners.add(listener)
    return () => onlineListeners.delete(listener)
  }, officeOnlineNow)
}

/** The link's state as `link.status` answered it (at boot, before any event). */
export function noteLinkStatus(status: { mode: 'standalone' | 'connected'; online: boolean }): void {
  if (status.mode === 'connected') setOnline(status.online)
}

/**
 * Listens to the desk's events: another counter's committed change marks the cached answers stale
 * (the open pages refetch; a household page shows a payment made at another counter within a
 * second), and the office link's coming and going drives the outage banner. Returns the unsubscribe.
 */
export function startLive(queryClient: QueryClient, bridge: Pick<FrontDeskBridge, 'onEvent'> | undefined): () => void {
  if (!bridge?.onEvent) return () => {}
  let pending: ReturnType<typeof setTimeout> | null = null
  const refresh = () => {
    if (pending) return
    pending = setTimeout(() => {
      pending = null
      void queryClient.invalidateQueries()
    }, COALESCE_MS)
  }
  const stop = bridge.onEvent((value) => {
    const event = value as DeskEvent
    if (event.type === 'changed') refresh()
    if (event.type === 'link') {
      setOnline(event.online)
      // Back after an outage: whatever changed meanwhile is fetched again.
      if (event.online) refresh()
    }
  })
  return () => {
    if (pending) clearTimeout(pending)
    stop()
  }
}
