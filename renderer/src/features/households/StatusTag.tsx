import { Tag } from 'antd'
import type { RoomStatus } from '@shared/domain/person-fields'
import { useI18n } from '../../lib/i18n'

export const STATUS_COLORS: Record<RoomStatus, string> = {
  undelivered: 'default',
  vacant: 'blue',
  occupied: 'green',
  trusteeship: 'purple',
  renovating: 'orange'
}

export function StatusTag({ status }: { status: RoomStatus }) {
  const { t } = useI18n()
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`roomStatus.${status}`)}
    </Tag>
  )
}
