import { Space, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { MeterKind } from '@shared/checkin/rules'
import type { TrusteeshipSummary } from '@shared/checkin/trusteeship'
import { now } from '../../../lib/clock'
import { colors } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'

/**
 * What the trusteeship screens share: the fixed keys of the three actions, the answers to refresh
 * after one, hundredths as the meter shows them, and the 超量 / 待巡查 tags.
 */

/** Fixed for good, shown on the buttons; page keys, so they stand aside while a dialog is open. */
export const TRUSTEESHIP_KEYS = { reading: 'Alt+R', patrol: 'Alt+W', end: 'Alt+E' } as const

/** Every trusteeship answer a reading, patrol or end changes (and the household's status). */
export const trusteeshipRefresh = [
  api.trusteeship.list,
  api.trusteeship.get,
  api.trusteeship.ofRoom,
  api.trusteeship.attention,
  api.households.get
]

export const centiText = (centi: number) => (centi / 100).toFixed(2)

/** A date the counter may enter: not after the core's today. */
export const afterToday = (date: Dayjs) => date.isAfter(now(), 'day')

export type TrusteeshipAction = keyof typeof TRUSTEESHIP_KEYS

/** A button's label with its key, the way the wizard shows its keys. */
export function KeyLabel({ label, hotkey }: { label: string; hotkey: string }) {
  return (
    <span>
      {label} <Typography.Text type="secondary">{hotkey}</Typography.Text>
    </span>
  )
}

export function useMeterName() {
  const { t } = useI18n()
  return (kind: MeterKind) => t(`trusteeship.meter.${kind}`)
}

/** 超量 (with the meters, in a tooltip line), 待巡查, 已结束 or 正常. */
export function TrusteeshipTags({ summary }: { summary: TrusteeshipSummary }) {
  const { t } = useI18n()
  const meterName = useMeterName()
  if (summary.endedOn !== null) return <Tag>{t('trusteeship.tag.ended')}</Tag>
  const over = summary.overLimit
  if (over.length === 0 && !summary.patrolDue)
    return <Tag style={{ color: colors.paid, background: colors.paidBg }}>{t('trusteeship.tag.ok')}</Tag>
  return (
    <Space size={4} wrap>
      {over.length > 0 && (
        <Tag
          style={{ color: colors.owed, background: colors.owedBg }}
          title={over
            .map((o) =>
              t('trusteeship.overLimitLine', {
                meter: meterName(o.kind),
                used: centiText(o.usedCenti),
                limit: centiText(o.limitCenti)
              })
            )
            .join('\n')}
          data-testid="trusteeship-over-limit"
        >
          {t('trusteeship.tag.overLimit')}
        </Tag>
      )}
      {summary.patrolDue && (
        <Tag style={{ color: colors.attention }} data-testid="trusteeship-patrol-due">
          {t('trusteeship.tag.patrolDue')}
        </Tag>
      )}
    </Space>
  )
}
