import { useEffect } from 'react'
import { App, Button, Card, Form, Input, InputNumber, Space } from 'antd'
import { api } from '@shared/api'
import { BACKUP_LIMITS, type BackupSettings } from '@shared/foundation/backups'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useMe } from '../auth/session'
import { BackupSummary } from './BackupSummary'

/**
 * 设置 → 关于 → 自动备份: the age of the newest verified backup, the second location's state, and
 * (for the administrator) how often, how long and where. Saving a second location tries a real
 * write there and copies the newest backup at once; a refusal is shown beside the field.
 */
export function BackupPanel() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const me = useMe()
  const editable = me.role === 'admin'
  const status = useApiQuery(api.backups.status, {}, { staleTime: 0 })
  const save = useApiMutation(api.backups.saveSettings, [api.backups.status, api.system.about, api.audit.recent])
  const [form] = Form.useForm<BackupSettings>()

  useEffect(() => {
    if (status.data) form.setFieldsValue(status.data.settings)
  }, [status.data, form])

  async function submit(values: BackupSettings) {
    try {
      await save.mutateAsync({ ...values, secondDir: values.secondDir ?? '' })
      message.success(t('common.saved'))
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const required = [{ required: true, message: t('field.required') }]
  const number = (name: keyof typeof BACKUP_LIMITS, unit: string) => (
    <Form.Item name={name} rules={required} noStyle>
      <InputNumber
        min={BACKUP_LIMITS[name].min}
        max={BACKUP_LIMITS[name].max}
        precision={0}
        suffix={unit}
        style={{ width: 140 }}
        data-testid={`backup-${name}`}
      />
    </Form.Item>
  )
  return (
    <Card size="small" title={t('backups.title')} data-testid="backup-panel">
      {status.data && <BackupSummary status={status.data} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={!editable}
        requiredMark={false}
        style={{ marginTop: 16, maxWidth: 560 }}
        data-testid="backup-form"
      >
        <Form.Item label={t('backups.form.everyHours')} extra={t('backups.form.everyHoursHint')}>
          {number('everyHours', t('backups.form.hours'))}
        </Form.Item>
        <Space size="large" align="start">
          <Form.Item label={t('backups.form.keepAllDays')}>{number('keepAllDays', t('backups.form.days'))}</Form.Item>
          <Form.Item label={t('backups.form.keepDailyMonths')} extra={t('backups.form.keepHint')}>
            {number('keepDailyMonths', t('backups.form.months'))}
          </Form.Item>
        </Space>
        <Form.Item name="secondDir" label={t('backups.form.secondDir')} extra={t('backups.form.secondDirHint')}>
          <Input maxLength={400} allowClear data-testid="backup-second-dir" />
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="backup-save">
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  )
}
