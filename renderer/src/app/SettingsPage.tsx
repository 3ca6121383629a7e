import { createElement } from 'react'
import { Card, Tabs } from 'antd'
import { useI18n } from '../lib/i18n'
import { useMe } from '../features/foundation/auth/session'
import { settingsTabs } from './capabilities'

/** 设置: each capability's tabs, in their order, those the signed-in role may use. */
export function SettingsPage() {
  const { t } = useI18n()
  const me = useMe()
  const items = settingsTabs(me.role).map((tab) => ({
    key: tab.key,
    label: t(tab.label),
    children: createElement(tab.page)
  }))
  return (
    <Card>
      <Tabs items={items} destroyOnHidden data-testid="settings-tabs" />
    </Card>
  )
}
