import { Form, Input, Modal, Typography } from 'antd'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n } from '../../../lib/i18n'

/**
 * 无人接班，结班: nobody takes over, so a supervisor closes the shift with a reason. A clerk signed
 * in gets the on-the-spot approval dialog from the core's APPROVAL_REQUIRED (lib/api/client).
 * Ctrl+Enter or Enter closes, Escape leaves.
 */
export function CloseAloneDialog({
  busy,
  onClose,
  onConfirm
}: {
  busy: boolean
  onClose: () => void
  onConfirm: (reason: string) => void
}) {
  const { t } = useI18n()
  const [form] = Form.useForm<{ reason: string }>()
  useHotkeys({ 'Ctrl+Enter': () => form.submit() }, { scope: 'dialog' })
  return (
    <Modal
      open
      title={t('shiftScreen.closeAlone')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={`${t('shiftScreen.closeAlone.ok')} (Ctrl+Enter)`}
      okButtonProps={{ danger: true, ...({ 'data-testid': 'close-alone-ok' } as Record<string, string>) }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      data-testid="close-alone-dialog"
    >
      <Typography.Paragraph type="secondary">{t('shiftScreen.closeAlone.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={({ reason }) => onConfirm(reason)}>
        <Form.Item
          name="reason"
          label={t('shiftScreen.closeAlone.reason')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 2 }} maxLength={200} data-testid="close-alone-reason" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
