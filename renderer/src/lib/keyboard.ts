import { useEffect, useLayoutEffect, useRef } from 'react'
import { matchKeybindingPress, parseKeybinding, type KeybindingPress } from 'tinykeys'

/**
 * The renderer's one keyboard layer: a single window listener and, per key press, one answer.
 *
 * - `app`: the shell's keys (Ctrl+L, Alt+1…, F3 / Ctrl+K); they work on every page and over dialogs.
 * - `page`: the open page's keys (F9 on 收费, '/' on 钥匙托管); they stand aside while a dialog is
 *   open — the press is inside a modal, or a `dialog` registration is active.
 * - `dialog`: an open dialog's own keys; they come first, the most recently opened dialog first.
 *
 * Keys are written as the counter reads them ('Ctrl+L', 'Alt+1', 'F9', '/'); tinykeys matches
 * them, so an extra modifier (Ctrl+Alt+L) is not Ctrl+L.
 */
export type KeyScope = 'app' | 'page' | 'dialog'

/** Return `false` when the key means nothing right now: the press then goes on to the next layer. */
export type KeyHandler = (event: KeyboardEvent) => void | false

interface Registration {
  scope: KeyScope
  /** False: ignored while the cursor is in a text field (a '/' typed into a name is a '/'). */
  whileTyping: boolean
  presses: { press: KeybindingPress; key: string }[]
  handlers: { current: Record<string, KeyHandler> }
}

const registrations: Registration[] = []

/**
 * antd's Modal and modal.confirm mark their panel aria-modal. A Drawer does too, but it belongs
 * to the page that opened it (the key set over 钥匙托管), so its keys stay the page's.
 */
const MODAL = '[aria-modal="true"]:not(.ant-drawer-section)'

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))

const inModal = (el: EventTarget | null) => el instanceof Element && el.closest(MODAL) !== null

/** 'Ctrl+L' → 'Control+L'; a digit matches the top row and the keypad, and Alt+1 on a Mac (key '¡'). */
export function toBinding(hotkey: string): string {
  const parts = hotkey.split('+')
  const key = parts.pop()!
  const mods = parts.map((m) => (m === 'Ctrl' ? 'Control' : m))
  return [...mods, /^\d$/.test(key) ? `(${key}|Digit${key})` : key].join('+')
}

/** The registrations a press may reach, in the order they are asked. */
function candidates(event: KeyboardEvent): Registration[] {
  const dialogs = registrations.filter((r) => r.scope === 'dialog').reverse()
  const pages =
    dialogs.length > 0 || inModal(event.target) ? [] : registrations.filter((r) => r.scope === 'page').reverse()
  const apps = registrations.filter((r) => r.scope === 'app').reverse()
  return [...dialogs, ...pages, ...apps]
}

function dispatch(event: KeyboardEvent) {
  if (event.isComposing || typeof event.getModifierState !== 'function') return
  for (const registration of candidates(event)) {
    if (!registration.whileTyping && isTyping(event.target)) continue
    for (const { press, key } of registration.presses) {
      if (!matchKeybindingPress(event, press)) continue
      const handler = registration.handlers.current[key]
      if (!handler || handler(event) === false) continue
      event.preventDefault()
      return
    }
  }
}

function register(registration: Registration): () => void {
  if (registrations.length === 0) window.addEventListener('keydown', dispatch)
  registrations.push(registration)
  return () => {
    registrations.splice(registrations.indexOf(registration), 1)
    if (registrations.length === 0) window.removeEventListener('keydown', dispatch)
  }
}

/**
 * Binds keys while the component is mounted (and `enabled`). The handlers may change every
 * render: the latest are called, without binding again.
 */
export function useHotkeys(
  bindings: Record<string, KeyHandler>,
  {
    scope = 'page',
    enabled = true,
    whileTyping = true
  }: { scope?: KeyScope; enabled?: boolean; whileTyping?: boolean } = {}
) {
  const handlers = useRef(bindings)
  // A layout effect, not a passive one: the screen a key press meets (an order now 已完成) is the
  // one its handler sees. A passive effect may run after the paint, so a quick press after a
  // refresh would reach the previous render's handler and its stale data.
  useLayoutEffect(() => {
    handlers.current = bindings
  })
  const keys = Object.keys(bindings).join('\n')
  useEffect(() => {
    if (!enabled) return
    const presses = keys.split('\n').map((key) => ({ key, press: parseKeybinding(toBinding(key))[0]! }))
    return register({ scope, whileTyping, presses, handlers })
  }, [keys, scope, enabled, whileTyping])
}
