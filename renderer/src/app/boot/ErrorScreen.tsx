import { Button, Result } from 'antd'
import { useI18n } from '../../lib/i18n'

export function ErrorScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n()
  return (
    <Result
      status="error"
      title={t('error.network')}
      subTitle={message}
      extra={<Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  )
}
