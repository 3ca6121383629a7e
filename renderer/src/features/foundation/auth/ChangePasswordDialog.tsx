import { Alert, App, Form, Input, Modal } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useSession } from './session'

interface Values {
  currentPassword: string
  newPassword: string
  confirm: string
}

/** Change one's own password; `forced` when the administrator's initial password must go first. */
export function ChangePasswordDialog({
  open,
  forced,
  onClose
}: {
  open: boolean
  forced: boolean
  onClose: () => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const session = useSession()
  const [form] = Form.useForm<Values>()
  const change = useApiMutation(api.staff.changePassword)
  const queryClient = useQueryClient()

  async function submit({ currentPassword, newPassword }: Values) {
    try {
      await change.mutateAsync({ currentPassword, newPassword })
      message.success(t('password.changed'))
      session.updateMe({ mustChangePassword: false })
      // The core refused every page's reads until now (PASSWORD_CHANGE_REQUIRED): ask them again.
      if (forced) void queryClient.invalidateQueries()
      form.resetFields()
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const required = [{ required: true, message: t('field.required') }]
  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={forced ? undefined : onClose}
      closable={!forced}
      maskClosable={!forced}
      cancelButtonProps={{ style: forced ? { display: 'none' } : undefined }}
      confirmLoading={change.isPending}
      destroyOnHidden
      data-testid="change-password-dialog"
    >
      {forced && <Alert type="info" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={required}>
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.new')} rules={required} extra={t('setup.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            ...required,
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || getFieldValue('newPassword') === v
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('setup.passwordMismatch')))
            })
          ]}
        >
          <Input.Password autoComplete="new-password" onPressEnter={() => form.submit()} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
