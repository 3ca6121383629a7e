import { createElement } from 'react'
import { SwapOutlined } from '@ant-design/icons'
import type { CapabilityManifest } from '../../app/manifest'
import { DUTY_ROLES, SUPERVISORS } from '@shared/kernel/roles'
import { HandoverPage } from './HandoverPage'
import { LedgerDueCard } from './ledger/LedgerDueCard'
import { DutyCard } from './duty/DutyCard'
import { DutyHeader } from './duty/DutyHeader'
import { HandoverSettingsTab } from './duty/HandoverSettingsTab'
import { HandoverNotesCard } from './history/HandoverNotesCard'

/**
 * 交接班: the counter's shift handed over with everything counted, the front-desk ledger, the duty
 * roster (also in the header), the handover records; on the 工作台 the previous handover's notes and
 * the answers due; its settings (shift times, tools, outside numbers).
 */
export const handover: CapabilityManifest = {
  id: 'handover',
  nav: [
    {
      route: 'handover',
      label: 'nav.handover',
      icon: createElement(SwapOutlined),
      page: HandoverPage,
      order: 80,
      hotkey: 'Alt+8'
    }
  ],
  workbenchCards: [
    { key: 'handover-notes', order: 5, roles: DUTY_ROLES, card: HandoverNotesCard },
    { key: 'ledger-due', order: 25, roles: DUTY_ROLES, card: LedgerDueCard },
    { key: 'duty-today', order: 15, card: DutyCard }
  ],
  headerItems: [{ key: 'duty', order: 10, item: DutyHeader }],
  settingsTabs: [
    { key: 'handover', label: 'dutyScreen.settings.tab', order: 82, roles: SUPERVISORS, page: HandoverSettingsTab }
  ]
}
