import { Tooltip } from 'antd'
import { TeamOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { brand } from '@renderer/lib/colors'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { namesNow } from './duty-words'

/**
 * The header's 值班 item: this moment's shift kind, who is rostered on it and the day's 总值班, on
 * one line that gives way (ellipsis) before the search box does; the whole day in the tooltip.
 */
export function DutyHeader() {
  const { t } = useI18n()
  const today = useApiQuery(api.duty.today, {}, { refetchInterval: 60_000 })
  if (!today.data) return null
  const data = today.data
  const names = namesNow(data)
  const line = [
    `${t(`shift.kind.${data.kindNow}`)} ${names.length > 0 ? names.join('、') : t('dutyScreen.header.nobody')}`,
    data.manager ? `${t('duty.kind.manager')} ${data.manager}` : null
  ]
    .filter(Boolean)
    .join(' · ')
  const whole = data.onDuty
    .map((d) => `${t(`shift.kind.${d.kind}`)}：${d.names.join('、') || '—'}`)
    .concat(`${t('duty.kind.manager')}：${data.manager ?? '—'}`)
  return (
    <Tooltip
      title={whole.map((w) => (
        <div key={w}>{w}</div>
      ))}
    >
      <div
        data-testid="header-duty"
        style={{
          color: brand.onNavyDim,
          minWidth: 0,
          // Gives way first on a narrow screen (1366 px): the search box and the signed-in name keep their room.
          maxWidth: 'min(260px, 16vw)',
          flexShrink: 1,
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          textOverflow: 'ellipsis',
          lineHeight: 'normal'
        }}
      >
        <TeamOutlined style={{ marginInlineEnd: 6 }} />
        {line}
      </div>
    </Tooltip>
  )
}
