import { Tabs } from 'antd'
import { useI18n } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { DailyReport } from './DailyReport'
import { LedgerReport } from './LedgerReport'
import { RegisterReport } from './RegisterReport'

const TABS = ['daily', 'ledger', 'register'] as const
type ReportTab = (typeof TABS)[number]

/**
 * 报表: the day's collection (日收款报表), the books (应收实收欠收, for LEDGER_READERS), and the
 * receipt register with its gap check (收据登记簿). `#/reports/ledger` and `#/reports/register` open
 * their tab.
 */
export function ReportsPage() {
  const { t } = useI18n()
  const { params, navigate } = useRoute()
  const active: ReportTab = TABS.includes(params[0] as ReportTab) ? (params[0] as ReportTab) : 'daily'
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => navigate(key === 'daily' ? 'reports' : `reports/${key}`)}
      destroyOnHidden
      data-testid="reports-tabs"
      items={[
        { key: 'daily', label: t('reports.tab.daily'), children: <DailyReport /> },
        { key: 'ledger', label: t('reports.tab.ledger'), children: <LedgerReport /> },
        { key: 'register', label: t('reports.tab.register'), children: <RegisterReport /> }
      ]}
    />
  )
}
