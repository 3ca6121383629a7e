/** What each tab of 报修投诉 gets from the page: the item open in it (from the route) and a way to open another. */
export interface WorkOrdersTabProps {
  /** The id in the route (`#/workorders/complaints/12` → 12), or null when none is open. */
  openId: number | null
  open(id: number | null): void
}

/** The page's tabs in order; the first is the route's default (`#/workorders`, `#/workorders/<id>`). */
export const WORK_ORDER_TABS = ['orders', 'visits', 'complaints', 'services', 'stats'] as const
export type WorkOrderTab = (typeof WORK_ORDER_TABS)[number]

/** `workorders/<tab>/<id>`; the orders tab keeps the short form `workorders/<id>`. */
export function tabRoute(tab: WorkOrderTab, id: number | null): string {
  const head = tab === 'orders' ? 'workorders' : `workorders/${tab}`
  return id === null ? head : `${head}/${id}`
}

/** Reads the route's params back into a tab and an id. */
export function parseTabRoute(params: readonly string[]): { tab: WorkOrderTab; openId: number | null } {
  const first = params[0] ?? ''
  const tab = (WORK_ORDER_TABS as readonly string[]).includes(first) ? (first as WorkOrderTab) : 'orders'
  const raw = Number(tab === 'orders' && first !== 'orders' ? first : params[1])
  return { tab, openId: Number.isInteger(raw) && raw > 0 ? raw : null }
}
