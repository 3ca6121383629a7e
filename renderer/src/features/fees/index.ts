import { createElement } from 'react'
import { AccountBookOutlined, BarChartOutlined } from '@ant-design/icons'
import { CASHIERS, FEE_ADMINS } from '@shared/fees/fees'
import { COUNTER_ROLES } from '@shared/kernel/roles'
import type { CapabilityManifest } from '../../app/manifest'
import { ArrearsCallCard } from './arrears/ArrearsCallCard'
import { FeesSection } from './counter/FeesSection'
import { PrintingTab } from './printing/PrintingTab'
import { ReportsPage } from './reports/ReportsPage'
import { FeeItemsTab } from './settings/FeeItemsTab'
import { MeterReadingTab } from './settings/MeterReadingTab'

/** Fee items, billing, payments, receipts, arrears and reports: 收费 and 报表, their settings, F9. */
export const fees: CapabilityManifest = {
  id: 'fees',
  nav: [
    {
      route: 'fees',
      label: 'nav.fees',
      icon: createElement(AccountBookOutlined),
      page: FeesSection,
      order: 40,
      hotkey: 'Alt+4',
      roles: COUNTER_ROLES
    },
    {
      route: 'reports',
      label: 'nav.reports',
      icon: createElement(BarChartOutlined),
      page: ReportsPage,
      order: 90,
      hotkey: 'Alt+9',
      roles: COUNTER_ROLES
    }
  ],
  settingsTabs: [
    { key: 'fee-items', label: 'feeSettings.tab', order: 30, roles: FEE_ADMINS, page: FeeItemsTab },
    { key: 'meter-readings', label: 'feeSettings.meterTab', order: 40, roles: CASHIERS, page: MeterReadingTab },
    { key: 'printing', label: 'printing.tab', order: 50, roles: FEE_ADMINS, page: PrintingTab }
  ],
  workbenchCards: [{ key: 'arrears-calls', order: 30, roles: CASHIERS, card: ArrearsCallCard }],
  shortcuts: [{ keys: 'F9', label: 'workbench.shortcut.pay', order: 20 }]
}
