import type { CSSProperties, ReactNode } from 'react'
import { Badge, Card, List, Space, Tag, Typography } from 'antd'
import { api } from '@shared/api'
import type { ExpiringPaper, PermitAttention } from '@shared/permits/gate-api'
import { useApiQuery } from '../../../lib/api/hooks'
import { colors, stateTag } from '../../../lib/colors'
import { useI18n, type Translate } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { mono } from '../renovations/renovation-labels'

/** How many rows each list shows; the badge says how many there are in all. */
const SHOWN = 5

interface Row {
  key: string
  route: string
  tag: ReactNode
  number: string
  room: string
  who: string
  end: string
}

const paperRow = (prefix: string, tag: ReactNode, e: ExpiringPaper, end: string): Row => ({
  key: `${prefix}-${e.paper.id}`,
  route: e.renovationId !== null ? `permits/${e.renovationId}` : 'permits',
  tag,
  number: e.paper.number,
  room: e.roomCode,
  who: e.holderName,
  end
})

/** The card's lines: papers expiring, passes still out, then today's slips. */
function rowsOf(t: Translate, { expiring, passesOut, releasesToday }: PermitAttention): Row[] {
  return [
    ...expiring.map((e) =>
      paperRow(
        'expiring',
        <Tag color={stateTag.attention}>{t('gateScreen.card.expiring')}</Tag>,
        e,
        t('gateScreen.card.validTo', { date: e.paper.validTo })
      )
    ),
    ...passesOut.map((e) => paperRow('out', <Tag color={stateTag.bad}>{t('gateScreen.card.passOut')}</Tag>, e, '')),
    ...releasesToday.map((r) => ({
      key: `release-${r.id}`,
      route: `permits/releases/${r.id}`,
      tag: <Tag color={stateTag.info}>{t('papers.kind.slip')}</Tag>,
      number: r.number,
      room: r.roomCode,
      who: r.applicantName,
      end: t(`papers.standing.${r.paper.standing}`)
    }))
  ]
}

/** The card's title with a count of each kind of thing to mention. */
function AttentionTitle({ data }: { data: PermitAttention }) {
  const { t } = useI18n()
  const { active, expiring, passesOut, releasesToday } = data
  return (
    <Space>
      {t('gateScreen.card.title')}
      <Badge
        count={t('gateScreen.card.active', { count: active.length })}
        color={colors.total}
        data-testid="permits-attention-active"
      />
      {expiring.length > 0 && (
        <Badge
          count={t('gateScreen.card.expiringCount', { count: expiring.length })}
          color={colors.attention}
          data-testid="permits-attention-expiring"
        />
      )}
      {passesOut.length > 0 && (
        <Badge
          count={t('gateScreen.card.passOutCount', { count: passesOut.length })}
          color={colors.owed}
          data-testid="permits-attention-passes-out"
        />
      )}
      {releasesToday.length > 0 && (
        <Badge
          count={t('gateScreen.card.releasesCount', { count: releasesToday.length })}
          color={colors.upcoming}
          data-testid="permits-attention-releases"
        />
      )}
    </Space>
  )
}

/**
 * 工作台 · 证件: renovations in works, permits and passes about to expire, passes not returned after
 * the works ended, and today's release slips; a row opens its renovation or slip. Quiet when there
 * is nothing to mention.
 */
export function PermitAttentionCard({ style }: { style?: CSSProperties }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const attention = useApiQuery(api.gate.attention, {}, { staleTime: 0, refetchInterval: 5 * 60_000 })
  if (!attention.data) return null
  const { active, expiring, passesOut, releasesToday } = attention.data
  if (active.length + expiring.length + passesOut.length + releasesToday.length === 0) return null
  const rows = rowsOf(t, attention.data)
  const shown = rows.slice(0, SHOWN * 3)
  return (
    <Card size="small" style={style} data-testid="permits-attention" title={<AttentionTitle data={attention.data} />}>
      <List<Row>
        size="small"
        dataSource={shown}
        locale={{ emptyText: t('gateScreen.card.nothing') }}
        renderItem={(row) => (
          <List.Item
            onClick={() => navigate(row.route)}
            style={{ cursor: 'pointer' }}
            data-testid={`permits-attention-${row.key}`}
          >
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, width: '100%' }}>
              {row.tag}
              <span style={{ ...mono, whiteSpace: 'nowrap' }}>{row.number}</span>
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {row.room}
              </Typography.Text>
              <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
                {row.who}
              </Typography.Text>
              <Typography.Text style={{ color: colors.textSecondary, whiteSpace: 'nowrap' }}>{row.end}</Typography.Text>
            </div>
          </List.Item>
        )}
      />
      {rows.length > shown.length && (
        <Typography.Text type="secondary">
          {t('gateScreen.card.more', { count: rows.length - shown.length })}
        </Typography.Text>
      )}
    </Card>
  )
}
