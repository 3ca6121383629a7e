import { useEffect, useState } from 'react'
import { COUNTER_ROLES, roleAllowed } from '@shared/kernel/roles'
import { useHotkeys } from '../../lib/keyboard'
import { useMe } from '../foundation/auth/session'

/**
 * The keyboard of a 报修投诉 list tab (工作单, 投诉): ↑ ↓ move along the rows, Enter opens the
 * selected one, F2 registers a new one (counter roles), Escape closes the open one. The selection
 * goes back to the first row whenever `resetOn` (the filters) changes.
 */
export function useListTab<Row extends { id: number }>(
  rows: readonly Row[],
  { openId, open }: { openId: number | null; open(id: number | null): void },
  resetOn: unknown
) {
  const may = roleAllowed(useMe().role, COUNTER_ROLES)
  const drawerOpen = openId !== null
  const [creating, setCreating] = useState(false)
  const [index, setIndex] = useState(0)
  useEffect(() => setIndex(0), [resetOn])
  const selected = rows[Math.min(index, rows.length - 1)]

  useHotkeys({
    Escape: () => (drawerOpen ? open(null) : false),
    F2: () => (may && !drawerOpen && !creating ? setCreating(true) : false)
  })
  useHotkeys(
    {
      ArrowDown: () => setIndex((i) => Math.min(i + 1, rows.length - 1)),
      ArrowUp: () => setIndex((i) => Math.max(i - 1, 0)),
      // Enter on a focused button or link is that button's.
      Enter: (event) =>
        selected && !(event.target instanceof Element && event.target.closest('button, a')) ? open(selected.id) : false
    },
    { enabled: !drawerOpen && !creating, whileTyping: false }
  )
  return { may, creating, setCreating, selected }
}
