import { Card, Tabs } from 'antd'
import { useI18n } from '../../i18n'
import { useMe } from '../auth/session'
import { AboutTab } from './AboutTab'
import { EstateTab } from './EstateTab'
import { LanguageTab } from './LanguageTab'
import { StaffTab } from './StaffTab'
import { EstateSetupTab } from '../estate/EstateSetupTab'
import { ESTATE_ADMINS } from '@shared/api/estate'
import { CASHIERS, FEE_ADMINS } from '@shared/api/fees'
import { FeeItemsTab } from '../fee-settings/FeeItemsTab'
import { MeterReadingTab } from '../fee-settings/MeterReadingTab'
import { PrintingTab } from '../printing/PrintingTab'
import { KEY_ADMINS } from '@shared/api/keys'
import { CabinetsTab } from '../keys/CabinetsTab'

export function SettingsPage() {
  const { t } = useI18n()
  const me = useMe()
  const items = [
    { key: 'estate', label: t('settings.tab.estate'), children: <EstateTab /> },
    ...(ESTATE_ADMINS.includes(me.role) ? [{ key: 'estate-setup', label: t('estate.tab'), children: <EstateSetupTab /> }] : []),
    ...(FEE_ADMINS.includes(me.role) ? [{ key: 'fee-items', label: t('feeSettings.tab'), children: <FeeItemsTab /> }] : []),
    ...(CASHIERS.includes(me.role) ? [{ key: 'meter-readings', label: t('feeSettings.meterTab'), children: <MeterReadingTab /> }] : []),
    ...(FEE_ADMINS.includes(me.role) ? [{ key: 'printing', label: t('printing.tab'), children: <PrintingTab /> }] : []),
    ...(KEY_ADMINS.includes(me.role) ? [{ key: 'key-cabinets', label: t('keys.cabinetsTab'), children: <CabinetsTab /> }] : []),
    ...(me.role === 'admin' ? [{ key: 'staff', label: t('settings.tab.staff'), children: <StaffTab /> }] : []),
    { key: 'language', label: t('settings.tab.language'), children: <LanguageTab /> },
    { key: 'about', label: t('settings.tab.about'), children: <AboutTab /> }
  ]
  return (
    <Card>
      <Tabs items={items} destroyOnHidden data-testid="settings-tabs" />
    </Card>
  )
}
