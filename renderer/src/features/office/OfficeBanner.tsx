import { Alert } from 'antd'
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
