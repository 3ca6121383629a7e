import { Tabs } from 'antd'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { CandidatePicker } from './CandidatePicker'
import { CheckinRecords } from './CheckinRecords'
import { CheckinWizard } from './CheckinWizard'
import { OpenCheckins } from './OpenCheckins'
import { TrusteeshipList } from './trusteeship/manifest-parts'

const TABS = ['start', 'open', 'records', 'trusteeship'] as const
type Tab = (typeof TABS)[number]

/**
 * 入住办理: `#/checkin` picks a room (办理), `#/checkin/open` the paused ones, `#/checkin/records`
 * the list, `#/checkin/trusteeship` the trusteeship homes; `#/checkin/<id>` is one check-in's wizard.
 */
export function CheckinSection() {
  const { t } = useI18n()
  const { params, navigate } = useRoute()
  const id = Number(params[0])
  if (Number.isInteger(id) && id > 0) return <CheckinWizard key={id} checkinId={id} />
  const tab: Tab = TABS.includes(params[0] as Tab) ? (params[0] as Tab) : 'start'
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => navigate(key === 'start' ? 'checkin' : `checkin/${key}`)}
      destroyOnHidden
      data-testid="checkin-tabs"
      items={[
        { key: 'start', label: t('checkin.tab.start'), children: <CandidatePicker /> },
        { key: 'open', label: t('checkin.tab.open'), children: <OpenCheckins /> },
        { key: 'records', label: t('checkin.tab.records'), children: <CheckinRecords /> },
        { key: 'trusteeship', label: t('checkin.tab.trusteeship'), children: <TrusteeshipList /> }
      ]}
    />
  )
}
