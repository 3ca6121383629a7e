import { useEffect, useRef, useState } from 'react'

/**
 * A drawer's keyboard after a step: at once out of the closing dialog (a key pressed now is the
 * drawer's), then, once the fresh record is in (`busy` false), onto the next step — the primary
 * enabled button of `actions`, else its first enabled one. Used by the work-order and renovation drawers.
 */
export function useRefocus(busy: boolean) {
  const actions = useRef<HTMLDivElement>(null)
  const [pending, setPending] = useState(false)
  useEffect(() => {
    if (!pending || busy) return
    const box = actions.current
    const next =
      box?.querySelector<HTMLButtonElement>('button.ant-btn-primary:not([disabled])') ??
      box?.querySelector<HTMLButtonElement>('button:not([disabled])')
    next?.focus()
    setPending(false)
  }, [pending, busy])
  const refocus = () => {
    actions.current?.focus({ preventScroll: true })
    setPending(true)
  }
  return { actions, refocus }
}
