import { useEffect } from 'react'
import { useHotkeys } from '../../lib/keyboard'
import type { NavEntry } from '../manifest'

/**
 * The shell's keys, on the keyboard layer's `app` scope (they work over dialogs too): Ctrl+L
 * locks the screen, each menu entry's fixed hotkey (Alt+1 工作台 … Alt+0 设置) opens it.
 * F3 / Ctrl+K (search) is bound by the search box itself.
 */
export function useShellHotkeys(entries: readonly NavEntry[], navigate: (route: string) => void, lock: () => void) {
  const bindings: Record<string, () => void> = { 'Ctrl+L': lock }
  for (const entry of entries) bindings[entry.hotkey] = () => navigate(entry.route)
  useHotkeys(bindings, { scope: 'app' })
}

/**
 * Calls `onIdle` after `minutes` without keyboard or mouse input. It listens to every input,
 * passively, to see that someone is there: no key means anything here.
 */
export function useIdleTimer(minutes: number, onIdle: () => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return
    let timer = setTimeout(onIdle, minutes * 60_000)
    const reset = () => {
      clearTimeout(timer)
      timer = setTimeout(onIdle, minutes * 60_000)
    }
    const events = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const
    for (const name of events) window.addEventListener(name, reset, { passive: true })
    return () => {
      clearTimeout(timer)
      for (const name of events) window.removeEventListener(name, reset)
    }
  }, [minutes, onIdle, enabled])
}
