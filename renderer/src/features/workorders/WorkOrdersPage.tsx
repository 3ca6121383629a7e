import { useI18n } from '../../lib/i18n'
import { RoutedTabs } from '../../app/shell/routed-tabs'
import { ComplaintsTab } from './complaints/ComplaintsTab'
import { StatsTab } from './stats/StatsTab'
import { OrdersTab } from './OrdersTab'
import { VisitsTab } from './VisitsTab'
import { ServiceItemsTab } from './ServiceItemsTab'
import { parseTabRoute, tabRoute, type WorkOrderTab, type WorkOrdersTabProps } from './tabs'

const TAB_PAGES: Record<WorkOrderTab, (props: WorkOrdersTabProps) => React.ReactNode> = {
  orders: OrdersTab,
  visits: VisitsTab,
  complaints: ComplaintsTab,
  services: ServiceItemsTab,
  stats: StatsTab
}

/**
 * 报修投诉: work orders (repairs and services), the follow-up visits due, complaints, the
 * published service list and the month's statistics, one tab each; the route names the tab and
 * the item open in it, so a link (from the 工作台 or the household file) lands on the right one.
 */
export function WorkOrdersPage() {
  const { t } = useI18n()
  return (
    <RoutedTabs
      pages={TAB_PAGES}
      label={(tab) => t(`workOrders.tab.${tab}`)}
      parse={parseTabRoute}
      route={tabRoute}
      testId="workorders-tabs"
    />
  )
}
