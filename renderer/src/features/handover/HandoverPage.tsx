import { useI18n } from '../../lib/i18n'
import { RoutedTabs } from '../../app/shell/routed-tabs'
import { HandoverTab } from './shift/HandoverTab'
import { LedgerTab } from './ledger/LedgerTab'
import { RosterTab } from './duty/RosterTab'
import { HistoryTab } from './history/HistoryTab'
import { parseTabRoute, tabRoute, type HandoverTab as Tab, type HandoverTabProps } from './tabs'

const TAB_PAGES: Record<Tab, (props: HandoverTabProps) => React.ReactNode> = {
  handover: HandoverTab,
  ledger: LedgerTab,
  roster: RosterTab,
  history: HistoryTab
}

/**
 * 交接班: the handover of the counter's open shift, the front-desk ledger (台帐), the duty roster
 * and past handovers, one tab each; the route names the tab and the item open in it.
 */
export function HandoverPage() {
  const { t } = useI18n()
  return (
    <RoutedTabs
      pages={TAB_PAGES}
      label={(tab) => t(`handoverPage.tab.${tab}`)}
      parse={parseTabRoute}
      route={tabRoute}
      testId="handover-tabs"
    />
  )
}
