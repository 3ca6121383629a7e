import { Button, Result, Typography } from 'antd'
import { DisconnectOutlined } from '@ant-design/icons'
import { useI18n } from '../../lib/i18n'

/**
 * A counter of the office server started while the server does not answer: not a crash, a plain
 * notice; Boot asks again by itself (and at once with 重试) and goes on to sign-in when it answers.
 */
export function UnreachableScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n()
  return (
    <Result
      status="warning"
      icon={<DisconnectOutlined />}
      title={t('officeScreen.unreachable.title')}
      subTitle={
        <>
          <div>{message}</div>
          <Typography.Text type="secondary">{t('officeScreen.unreachable.retrying')}</Typography.Text>
        </>
      }
      extra={
        <Button autoFocus onClick={onRetry} data-testid="unreachable-retry">
          {t('common.retry')}
        </Button>
      }
      data-testid="office-unreachable"
    />
  )
}
