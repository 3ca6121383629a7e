import { useEffect, useRef, useState } from 'react'
import { Alert, Form, Input, Modal, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { setApprovalPrompt, type Credentials } from '../../../lib/api/client'
import { useI18n } from '../../../lib/i18n'
import { colors } from '@renderer/lib/colors'

interface Pending {
  message: string
  rejected?: string
  resolve: (answer: Credentials | null) => void
}

/**
 * The on-the-spot approval dialog. When the core answers APPROVAL_REQUIRED, the client asks this
 * dialog; a supervisor or manager types their own credentials and the same request is sent again.
 */
export function ApprovalHost() {
  const { t } = useI18n()
  const [pending, setPending] = useState<Pending | null>(null)
  const roles = useRef('')
  const [form] = Form.useForm<Credentials>()

  useEffect(() => {
    setApprovalPrompt(
      (request) =>
        new Promise((resolve) => {
          if (request.message) roles.current = request.message
          form.setFieldValue('password', '')
          setPending({ ...request, resolve })
        })
    )
    return () => setApprovalPrompt(null)
  }, [form])

  function finish(answer: Credentials | null) {
    pending?.resolve(answer)
    setPending(null)
  }

  return (
    <Modal
      open={pending !== null}
      title={
        <span>
          {/* Decoration: the dialog's accessible name is its title, not the icon's name. */}
          <SafetyCertificateOutlined aria-hidden style={{ color: colors.attention, marginRight: 8 }} />
          {t('approval.title')}
        </span>
      }
      okText={t('approval.approve')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => finish(null)}
      destroyOnHidden
      forceRender
      // Above whatever dialog asked for the approval (antd stacks modals at 1000).
      zIndex={1500}
      data-testid="approval-dialog"
    >
      <Typography.Paragraph>{roles.current}</Typography.Paragraph>
      {pending?.rejected && <Alert type="error" showIcon title={pending.rejected} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => finish(values)} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('approval.username')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input autoFocus autoComplete="off" data-testid="approval-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('approval.password')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input.Password autoComplete="off" data-testid="approval-password" onPressEnter={() => form.submit()} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
