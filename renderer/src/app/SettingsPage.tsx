import { Card, Tabs } from 'antd'
import { useI18n } from '../lib/i18n'
import { useMe } from '../features/foundation/auth/session'
import { AboutTab } from '../features/foundation/settings/AboutTab'
import { EstateTab } from '../features/foundation/settings/EstateTab'
import { LanguageTab } from '../features/foundation/settings/LanguageTab'
import { StaffTab } from '../features/foundation/settings/StaffTab'
import { EstateSetupTab } from '../features/households/estate/EstateSetupTab'
import { ESTATE_ADMINS } from '@shared/households/estate'
import { CASHIERS, FEE_ADMINS } from '@shared/fees/fees'
import { FeeItemsTab } from '../features/fees/settings/FeeItemsTab'
import { MeterReadingTab } from '../features/fees/settings/MeterReadingTab'
import { PrintingTab } from '../features/fees/printing/PrintingTab'
import { KEY_ADMINS } from '@shared/keys/api'
import { CabinetsTab } from '../features/keys/CabinetsTab'

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
