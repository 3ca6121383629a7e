import { useState } from 'react'
import { App, Button, Card, Input, Modal, Space, Typography } from 'antd'
import { StopOutlined, UnorderedListOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import { localDateTime } from '@shared/kernel/calendar'
import type { CheckinView } from '@shared/checkin/api'
import { call } from '../../lib/api/client'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { StatusTag } from '../households/StatusTag'
import { failureText } from './failure-text'

/** The room being handed over, who started the check-in and when; 取消办理 with a reason. */
export function WizardHeader({ view }: { view: CheckinView }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const [cancelling, setCancelling] = useState(false)
  return (
    <Card size="small">
      <Space size={16} wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space size={16} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="checkin-room">
            {view.roomCode}
          </Typography.Title>
          <StatusTag status={view.roomStatus} />
          <span>
            <Typography.Text type="secondary">
              {t('checkin.fieldLabel', { label: t('audit.checkin.col.owner') })}
            </Typography.Text>
            {view.ownerNames || '—'}
          </span>
          <Typography.Text type="secondary">
            {t('checkin.startedLine', { by: view.startedBy, at: localDateTime(view.startedAt) })}
          </Typography.Text>
        </Space>
        <Space>
          <Button icon={<UnorderedListOutlined />} onClick={() => navigate('checkin')}>
            {t('checkin.backToList')}
          </Button>
          {view.status === 'open' && (
            <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)} data-testid="checkin-cancel">
              {t('checkin.cancel')}
            </Button>
          )}
        </Space>
      </Space>
      {cancelling && <CancelDialog view={view} onClose={() => setCancelling(false)} />}
    </Card>
  )
}

function CancelDialog({ view, onClose }: { view: CheckinView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  async function submit() {
    setBusy(true)
    try {
      const next = await call(api.checkin.cancel, { checkinId: view.id, reason })
      queryClient.setQueryData([api.checkin.get.name, { checkinId: view.id }], next)
      await queryClient.invalidateQueries({ queryKey: [api.checkin.open.name] })
      onClose()
    } catch (failure) {
      message.error(failureText(failure))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      open
      title={t('checkin.cancelTitle', { room: view.roomCode })}
      okText={t('checkin.cancelOk')}
      okButtonProps={{ danger: true, disabled: !reason.trim() }}
      cancelText={t('common.back')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Input.TextArea
        autoFocus
        maxLength={200}
        rows={3}
        placeholder={t('checkin.cancelReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  )
}
