import { Timeline, Typography } from 'antd'
import type { KeySetView } from '@shared/keys/api'
import { useI18n } from '../../lib/i18n'
import { when } from './key-labels'
import { colors, keyMovementDot, keyStateColors } from '@renderer/lib/colors'

const MOVEMENT_COLORS = keyMovementDot
const INCIDENT_COLORS = { lost: 'red', damaged: 'red', followUp: 'orange', closed: 'gray' } as const

export function History({ set }: { set: KeySetView }) {
  const { t } = useI18n()
  const entries = [
    ...set.movements.map((m) => ({
      at: m.at,
      key: `m${m.id}`,
      color: MOVEMENT_COLORS[m.kind],
      title: t(`keys.movement.${m.kind}`),
      body: (
        <>
          <div>
            <b>{m.personName}</b>
            {m.kind !== 'deposit' || m.count ? ` · ${t('keys.pieceCount', { n: m.count })}` : ''}
            {m.purpose ? ` · ${t(`keys.purpose.${m.purpose}`)}` : ''}
            {m.expectedReturnAt ? ` · ${t('keys.dueBack')} ${when(m.expectedReturnAt)}` : ''}
          </div>
          <Typography.Text type="secondary">
            {t('keys.staff')}：{m.staffName}
          </Typography.Text>
          {m.approverName && (
            <div style={{ color: colors.overridden }} data-testid="history-override">
              {t('keys.approvedBy', { name: m.approverName })}
              {m.overrideReason ? `：${m.overrideReason}` : ''}
            </div>
          )}
          {m.note && <div>{m.note}</div>}
        </>
      )
    })),
    ...set.incidents.map((i) => ({
      at: i.at,
      key: `i${i.id}`,
      color: INCIDENT_COLORS[i.kind],
      title: t(`keys.incident.${i.kind}`),
      body: (
        <>
          <div>
            {i.description}
            {i.missingCount > 0 && (
              <b style={{ color: keyStateColors.overdue.color }}> · {t('keys.missing', { n: i.missingCount })}</b>
            )}
          </div>
          <Typography.Text type="secondary">
            {i.responsible && `${t('keys.responsible')}：${i.responsible} · `}
            {t('keys.staff')}：{i.staffName}
          </Typography.Text>
        </>
      )
    }))
  ].sort((a, b) => b.at.localeCompare(a.at))
  return (
    <Timeline
      data-testid="keyset-history"
      items={entries.map((e) => ({
        key: e.key,
        color: e.color,
        content: (
          <div>
            <div>
              <span style={{ fontWeight: 600 }}>{e.title}</span>
              <Typography.Text type="secondary" style={{ marginLeft: 10, fontVariantNumeric: 'tabular-nums' }}>
                {when(e.at)}
              </Typography.Text>
            </div>
            {e.body}
          </div>
        )
      }))}
    />
  )
}
