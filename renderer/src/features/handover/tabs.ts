/** What each tab of 交接班 gets from the page: the item open in it (from the route) and a way to open another. */
export interface HandoverTabProps {
  /** The id in the route (`#/handover/ledger/12` → 12), or null when none is open. */
  openId: number | null
  open(id: number | null): void
}

/** The page's tabs in order; the first is the route's default (`#/handover`). */
export const HANDOVER_TABS = ['handover', 'ledger', 'roster', 'history'] as const
export type HandoverTab = (typeof HANDOVER_TABS)[number]

/** `handover/<tab>/<id>`; the handover tab is `handover` itself. */
export function tabRoute(tab: HandoverTab, id: number | null): string {
  const head = tab === 'handover' ? 'handover' : `handover/${tab}`
  return id === null ? head : `${head}/${id}`
}

/** Reads the route's params back into a tab and an id. */
export function parseTabRoute(params: readonly string[]): { tab: HandoverTab; openId: number | null } {
  const first = params[0] ?? ''
  const tab = (HANDOVER_TABS as readonly string[]).includes(first) ? (first as HandoverTab) : 'handover'
  const raw = Number(params[1])
  return { tab, openId: Number.isInteger(raw) && raw > 0 ? raw : null }
}
