import { useEffect } from 'react'
import { Alert, App, Button, Form, Input, InputNumber, Select } from 'antd'
import { ROLES } from '@shared/kernel/roles'
import { api } from '@shared/api'
import type { EstateSettings } from '@shared/foundation/settings'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useMe, useSession } from '../auth/session'

export function EstateTab() {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const me = useMe()
  const session = useSession()
  const editable = me.role === 'admin'
  const settings = useApiQuery(api.settings.get, {})
  const update = useApiMutation(api.settings.update, [api.settings.get, api.system.status, api.audit.recent])
  const [form] = Form.useForm<EstateSettings>()

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])

  async function submit(values: EstateSettings) {
    try {
      const saved = await update.mutateAsync(values)
      session.updateMe({
        idleLockMinutes: saved.idleLockMinutes,
        shift: { ...me.shift, counterName: saved.counterName }
      })
      message.success(t('common.saved'))
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const required = [{ required: true, message: t('field.required') }]
  return (
    <div style={{ maxWidth: 520 }}>
      {!editable && <Alert type="info" showIcon title={t('settings.adminOnly')} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={!editable}
        requiredMark={false}
        data-testid="estate-form"
      >
        <Form.Item name="companyName" label={t('settings.companyName')} rules={required}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="estateName" label={t('settings.estateName')} rules={required}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="counterName" label={t('settings.counterName')} rules={required}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="idleLockMinutes" label={t('settings.idleLockMinutes')} rules={required}>
          <InputNumber min={1} max={240} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="receiptPrefix"
          label={t('settings.receiptPrefix')}
          extra={t('settings.receiptPrefixHint')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input maxLength={16} style={{ width: 200 }} data-testid="receipt-prefix" />
        </Form.Item>
        <Form.Item name="revealRoles" label={t('settings.revealRoles')} extra={t('settings.revealRolesHint')}>
          <Select
            mode="multiple"
            options={ROLES.map((r) => ({ value: r, label: core(`role.${r}`) }))}
            data-testid="reveal-roles"
          />
        </Form.Item>
        <Form.Item
          name="callRevealRoles"
          label={t('settings.callRevealRoles')}
          extra={t('settings.callRevealRolesHint')}
        >
          <Select
            mode="multiple"
            options={ROLES.map((r) => ({ value: r, label: core(`role.${r}`) }))}
            data-testid="call-reveal-roles"
          />
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Form>
    </div>
  )
}
