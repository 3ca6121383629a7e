import { useState } from 'react'
import { Alert, App, Button, Descriptions, Form, Input, Modal, Table, Tag, Typography } from 'antd'
import { WarningOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { AppStatus, BackupInfo, RecoveryCause } from '@shared/foundation/system'
import { ApiFailure, call } from '../../lib/api/client'
import { useI18n } from '../../lib/i18n'
import { colors, stateTag } from '@renderer/lib/colors'

type Recovery = Extract<AppStatus, { mode: 'recovery' }>

/** The disk, not the file: the database passed its check (or was never reached) and needs no restore. */
const STORAGE_CAUSES: readonly RecoveryCause[] = ['diskFull', 'dataUnwritable', 'backupsUnwritable']

/**
 * Shown when the database cannot be opened or fails its check. Nothing has been changed on
 * disk (the check never writes: db/check.ts); a verified backup is restored only when an
 * administrator of that backup says so. A full disk or an unwritable folder says what to fix
 * instead, and offers no restore: the file is sound.
 */
export function RecoveryPage({ status, onRestored }: { status: Recovery; onRestored: () => void }) {
  const { t } = useI18n()
  const [chosen, setChosen] = useState<BackupInfo | null>(null)
  const storage = STORAGE_CAUSES.includes(status.cause)

  return (
    <div style={{ maxWidth: 900, margin: '40px auto', padding: 24 }} data-testid="recovery-page">
      <Typography.Title level={2}>
        <WarningOutlined style={{ color: colors.danger }} /> {t('recovery.title')}
      </Typography.Title>
      <Alert
        type="warning"
        showIcon
        title={t(storage ? 'recovery.storageIntro' : 'recovery.intro')}
        style={{ marginBottom: 24 }}
        data-testid="recovery-intro"
      />
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('recovery.reason')}>
          <div data-testid="recovery-cause">{t(`recovery.cause.${status.cause}`)}</div>
          <Typography.Text type="secondary">{status.reason}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('recovery.databaseFile')}>{status.databaseFile}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>{t('recovery.backups')}</Typography.Title>
      <BackupsTable backups={status.backups} canRestore={!storage} onChoose={setChosen} />
      <RestoreDialog chosen={chosen} onClose={() => setChosen(null)} onRestored={onRestored} />
    </div>
  )
}

function BackupsTable(props: { backups: BackupInfo[]; canRestore: boolean; onChoose: (b: BackupInfo) => void }) {
  const { t } = useI18n()
  return (
    <Table<BackupInfo>
      rowKey="file"
      dataSource={props.backups}
      pagination={false}
      locale={{ emptyText: t('recovery.noBackups') }}
      data-testid="recovery-backups"
      columns={[
        {
          title: t('recovery.createdAt'),
          dataIndex: 'createdAt',
          render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss')
        },
        { title: t('recovery.file'), dataIndex: 'file' },
        { title: t('recovery.size'), dataIndex: 'sizeBytes', render: (v: number) => `${(v / 1024).toFixed(0)} KB` },
        {
          title: '',
          render: (_, b) =>
            b.verified ? (
              <Tag color={stateTag.good}>{t('recovery.verified')}</Tag>
            ) : (
              <Tag color={stateTag.bad}>{t('recovery.unverified')}</Tag>
            )
        },
        {
          title: '',
          render: (_, b) => (
            <Button disabled={!b.verified || !props.canRestore} onClick={() => props.onChoose(b)}>
              {t('recovery.restore')}
            </Button>
          )
        }
      ]}
    />
  )
}

/** The administrator of the chosen backup confirms; a refusal (wrong password, locked) stays in the dialog. */
function RestoreDialog(props: { chosen: BackupInfo | null; onClose: () => void; onRestored: () => void }) {
  const { t } = useI18n()
  const { modal } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [form] = Form.useForm<{ username: string; password: string }>()
  const { chosen } = props

  async function restore(values: { username: string; password: string }) {
    if (!chosen) return
    setBusy(true)
    try {
      const result = await call(api.system.restoreBackup, { file: chosen.file, ...values })
      props.onClose()
      modal.success({
        title: t('recovery.restored', { file: result.restored, aside: result.keptAside }),
        onOk: props.onRestored
      })
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : String(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={chosen !== null}
      title={chosen?.file}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      afterOpenChange={(open) => open && setError(null)}
      confirmLoading={busy}
      okText={t('recovery.restore')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('recovery.adminPrompt')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={restore} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('signIn.username')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('signIn.password')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input.Password />
        </Form.Item>
      </Form>
    </Modal>
  )
}
