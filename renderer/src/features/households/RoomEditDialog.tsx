import { App, Form, Modal, Select, Switch } from 'antd'
import { api } from '@shared/api'
import type { RoomSummary } from '@shared/households/households'
import { ROOM_STATUSES, ROOM_TYPES, type RoomStatus, type RoomType } from '@shared/domain/person-fields'
import { ApiFailure } from '../../lib/api/client'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'

interface Values {
  type: RoomType
  status: RoomStatus
  vip: boolean
  tags: string[]
}

export function RoomEditDialog({ room, onClose }: { room: RoomSummary; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const update = useApiMutation(api.households.updateRoom, [
    api.households.get,
    api.households.timeline,
    api.estate.rooms
  ])
  async function submit(values: Values) {
    try {
      await update.mutateAsync({ roomId: room.id, ...values })
      onClose()
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      title={t('household.edit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ type: room.type, status: room.status, vip: room.vip, tags: room.tags }}
      >
        <Form.Item name="type" label={t('household.type')}>
          <Select options={ROOM_TYPES.map((v) => ({ value: v, label: t(`roomType.${v}`) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('household.status')}>
          <Select
            options={ROOM_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))}
            data-testid="room-status"
          />
        </Form.Item>
        <Form.Item name="vip" label={t('household.vip')} valuePropName="checked">
          <Switch data-testid="room-vip" />
        </Form.Item>
        <Form.Item name="tags" label={t('household.tags')}>
          <Select mode="tags" maxCount={10} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
