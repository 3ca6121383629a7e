import { afterEach, describe, expect, it, vi } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import { COALESCE_MS, noteLinkStatus, officeOnlineNow, startLive } from '../../../../renderer/src/lib/api/live'
import type { DeskEvent } from '../../../../shared/office/types'

function fakeBridge() {
  const listeners = new Set<(event: unknown) => void>()
  return {
    onEvent: (listener: (event: unknown) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    tell: (event: DeskEvent) => listeners.forEach((l) => l(event)),
    listeners
  }
}

afterEach(() => vi.useRealTimers())

describe('the live refresh of a counter on the office server', () => {
  it('marks the cached answers stale once per burst of other counters’ changes', () => {
    vi.useFakeTimers()
    const queryClient = new QueryClient()
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue()
    const bridge = fakeBridge()
    const stop = startLive(queryClient, bridge)
    for (let i = 0; i < 5; i++) bridge.tell({ type: 'changed', procedure: 'fees.pay', counterId: 2 })
    expect(invalidate).not.toHaveBeenCalled()
    vi.advanceTimersByTime(COALESCE_MS)
    expect(invalidate).toHaveBeenCalledTimes(1)
    bridge.tell({ type: 'changed', procedure: 'keys.lend', counterId: 3 })
    vi.advanceTimersByTime(COALESCE_MS)
    expect(invalidate).toHaveBeenCalledTimes(2)
    stop()
    expect(bridge.listeners.size).toBe(0)
  })

  it('follows the link: offline, then back (and refreshes what changed meanwhile)', () => {
    vi.useFakeTimers()
    const queryClient = new QueryClient()
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue()
    const bridge = fakeBridge()
    noteLinkStatus({ mode: 'standalone', online: true })
    expect(officeOnlineNow()).toBe(null)
    noteLinkStatus({ mode: 'connected', online: true })
    expect(officeOnlineNow()).toBe(true)
    const stop = startLive(queryClient, bridge)
    bridge.tell({ type: 'link', online: false })
    expect(officeOnlineNow()).toBe(false)
    vi.advanceTimersByTime(COALESCE_MS)
    expect(invalidate).not.toHaveBeenCalled()
    bridge.tell({ type: 'link', online: true })
    expect(officeOnlineNow()).toBe(true)
    vi.advanceTimersByTime(COALESCE_MS)
    expect(invalidate).toHaveBeenCalledTimes(1)
    stop()
  })

  it('does nothing where the shell has no events (an older bridge)', () => {
    expect(startLive(new QueryClient(), undefined)).toBeTypeOf('function')
  })
})
