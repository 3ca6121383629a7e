import { Tag } from 'antd'
import type { RoomStatus } from '@shared/domain/person-fields'
import { useI18n } from '../../lib/i18n'
import { roomStatusTag } from '@renderer/lib/colors'

export const STATUS_COLORS: Record<RoomStatus, string> = roomStatusTag

export function StatusTag({ status }: { status: RoomStatus }) {
  const { t } = useI18n()
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`status.${status}`)}
    </Tag>
  )
}
