/** What each tab of 证件 gets from the page: the item open in it (from the route) and a way to open another. */
export interface PermitsTabProps {
  /** The id in the route (`#/permits/releases/12` → 12), or null when none is open. */
  openId: number | null
  open(id: number | null): void
}

/** The page's tabs in order; the first is the route's default (`#/permits`, `#/permits/<id>`). */
export const PERMIT_TABS = ['renovations', 'releases', 'gate', 'contractors'] as const
export type PermitTab = (typeof PERMIT_TABS)[number]

/** `permits/<tab>/<id>`; the renovations tab keeps the short form `permits/<id>`. */
export function tabRoute(tab: PermitTab, id: number | null): string {
  const head = tab === 'renovations' ? 'permits' : `permits/${tab}`
  return id === null ? head : `${head}/${id}`
}

/** Reads the route's params back into a tab and an id. */
export function parseTabRoute(params: readonly string[]): { tab: PermitTab; openId: number | null } {
  const first = params[0] ?? ''
  const tab = (PERMIT_TABS as readonly string[]).includes(first) ? (first as PermitTab) : 'renovations'
  const raw = Number(tab === 'renovations' && first !== 'renovations' ? first : params[1])
  return { tab, openId: Number.isInteger(raw) && raw > 0 ? raw : null }
}
