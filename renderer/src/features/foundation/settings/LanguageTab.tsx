import { App, Radio, Space, Typography } from 'antd'
import { api } from '@shared/api'
import { LOCALES, type Locale } from '@shared/kernel/locale'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useMe, useSession } from '../auth/session'

/** Each person's own language, kept on their account. */
export function LanguageTab() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const me = useMe()
  const session = useSession()
  const setLocale = useApiMutation(api.staff.setLocale, [api.audit.recent])

  async function choose(locale: Locale) {
    try {
      await setLocale.mutateAsync({ locale })
      session.updateMe({ locale })
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  return (
    <div>
      <Typography.Paragraph type="secondary">{t('language.intro')}</Typography.Paragraph>
      <Radio.Group
        value={me.locale}
        onChange={(e) => void choose(e.target.value as Locale)}
        data-testid="language-choice"
      >
        <Space orientation="vertical">
          {LOCALES.map((l) => (
            <Radio key={l} value={l} data-testid={`language-${l}`}>
              {t(`language.${l}`)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </div>
  )
}
