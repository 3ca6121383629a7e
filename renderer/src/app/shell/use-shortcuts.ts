import { useEffect } from 'react'

/**
 * Global keys of the counter: Ctrl+L locks the screen, Alt+1…9 opens the N-th menu entry.
 * Capabilities add theirs (F3 / Ctrl+K for search) here.
 */
export function useShortcuts(handlers: { lock: () => void; openNav: (index: number) => void }) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault()
        handlers.lock()
      } else if (event.altKey && !event.ctrlKey && /^[1-9]$/.test(event.key)) {
        event.preventDefault()
        handlers.openNav(Number(event.key) - 1)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [handlers])
}

/** Calls `onIdle` after `minutes` without keyboard or mouse input. */
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
