import { App, Button, Descriptions, List, Space, Tag, Typography } from 'antd'
import { CloudDownloadOutlined, PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useMe } from '../auth/session'
import { testPageJob } from '../../../lib/print/test-page'
import { usePrint } from '../../../lib/print/use-print'
import { now } from '@renderer/lib/clock'
import { BackupPanel } from '../backups/BackupPanel'
import { backupAge } from '../backups/BackupSummary'
import { VerifyPanel } from './VerifyPanel'

export function AboutTab() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const me = useMe()
  const about = useApiQuery(api.system.about, {})
  const status = useApiQuery(api.system.status, {})
  const backup = useApiMutation(api.system.backupNow, [api.system.about, api.backups.status, api.audit.recent])
  const { print } = usePrint()
  const mayBackUp = me.role !== 'clerk' && me.role !== 'cashier'

  async function backUp() {
    try {
      const made = await backup.mutateAsync({})
      message.success(t('about.backupDone', { file: made.file }))
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  async function printTest() {
    const estate = status.data?.mode === 'ready' ? `${status.data.companyName} · ${status.data.estateName}` : ''
    if (
      await print(() =>
        testPageJob({
          title: t('print.testTitle'),
          body: t('print.testBody'),
          estate,
          at: now().format('YYYY-MM-DD HH:mm:ss')
        })
      )
    )
      message.success(t('about.printTestDone'))
  }

  const info = about.data
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions column={1} bordered size="small" data-testid="about-info" styles={{ label: { width: 180 } }}>
        <Descriptions.Item label={t('about.version')}>{info?.version}</Descriptions.Item>
        <Descriptions.Item label={t('about.dataDir')}>
          <Typography.Text copyable>{info?.dataDir}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('about.databaseFile')}>{info?.databaseFile}</Descriptions.Item>
        <Descriptions.Item label={t('about.backupsDir')}>{info?.backupsDir}</Descriptions.Item>
        <Descriptions.Item label={t('about.schema')}>{info?.schemaVersion}</Descriptions.Item>
        <Descriptions.Item label={t('about.sqlite')}>{info?.sqliteVersion}</Descriptions.Item>
        <Descriptions.Item label={t('about.node')}>{info?.nodeVersion}</Descriptions.Item>
      </Descriptions>
      <Space>
        {mayBackUp && (
          <Button icon={<CloudDownloadOutlined />} onClick={backUp} loading={backup.isPending} data-testid="backup-now">
            {t('about.backupNow')}
          </Button>
        )}
        <Button icon={<PrinterOutlined />} onClick={() => void printTest()}>
          {t('about.printTest')}
        </Button>
      </Space>
      <BackupPanel />
      <VerifyPanel />
      <List
        header={<b>{t('about.backups')}</b>}
        bordered
        size="small"
        locale={{ emptyText: t('about.noBackups') }}
        dataSource={info?.backups ?? []}
        renderItem={(b) => (
          <List.Item data-testid="about-backup">
            <span>{b.file}</span>
            <Space>
              <span>{backupAge(t, b.createdAt)}</span>
              {b.verified && <Tag color="green">{t('backups.verified')}</Tag>}
              <span>{(b.sizeBytes / 1024).toFixed(0)} KB</span>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  )
}
