import { useI18n } from '../../lib/i18n'
import { RoutedTabs } from '../../app/shell/routed-tabs'
import { ContractorsTab } from './renovations/parts/ContractorsTab'
import { RenovationsTab } from './renovations/RenovationsTab'
import { GateTab } from './gate/GateTab'
import { ReleasesTab } from './gate/ReleasesTab'
import { parseTabRoute, tabRoute, type PermitTab, type PermitsTabProps } from './tabs'

const TAB_PAGES: Record<PermitTab, (props: PermitsTabProps) => React.ReactNode> = {
  renovations: RenovationsTab,
  releases: ReleasesTab,
  gate: GateTab,
  contractors: ContractorsTab
}

/**
 * 证件: renovations with their permits and workers' passes, goods-release slips, the gate check
 * and the contractors, one tab each; the route names the tab and the item open in it.
 */
export function PermitsPage() {
  const { t } = useI18n()
  return (
    <RoutedTabs
      pages={TAB_PAGES}
      label={(tab) => t(`permits.tab.${tab}`)}
      parse={parseTabRoute}
      route={tabRoute}
      testId="permits-tabs"
    />
  )
}
