import { Alert } from 'antd'
import { CloudServerOutlined } from '@ant-design/icons'
import { linkApi } from '@shared/office/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useOfficeOnline } from '../../lib/api/live'
import { useI18n } from '../../lib/i18n'

/**
 * The outage banner of a counter connected to the office server: shown the moment the link drops,
 * gone by itself when it is back. Writes are refused meanwhile (by the link, not by this banner).
 */
export function OfficeBanner() {
  const { t } = useI18n()
  if (useOfficeOnline() !== false) return null
  return <Alert type="error" banner showIcon title={t('officeScreen.banner')} data-testid="office-banner" />
}

/**
 * The header's “· 已连接服务器” beside the counter's name, on a counter of the office server only.
 * Gone while the link is down: the red banner says so, and the header keeps its room.
 */
export function OfficeHeaderMark() {
  const { t } = useI18n()
  // Boot asked already: the same cached answer, no second request.
  const link = useApiQuery(linkApi.status, {}, { staleTime: Infinity })
  const online = useOfficeOnline()
  if (link.data?.mode !== 'connected') return null
  return (
    <span data-testid="header-office">
      · <CloudServerOutlined /> {t(online === false ? 'officeScreen.counter.offline' : 'officeScreen.connected')}
    </span>
  )
}
