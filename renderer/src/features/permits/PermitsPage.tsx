import { Tabs } from 'antd'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
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
  const { params, navigate } = useRoute()
  const { tab, openId } = parseTabRoute(params)
  const Page = TAB_PAGES[tab]
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => navigate(tabRoute(key as PermitTab, null))}
      destroyOnHidden
      data-testid="permits-tabs"
      items={(Object.keys(TAB_PAGES) as PermitTab[]).map((key) => ({
        key,
        label: t(`permits.tab.${key}`),
        children: key === tab ? <Page openId={openId} open={(id) => navigate(tabRoute(key, id))} /> : null
      }))}
    />
  )
}
