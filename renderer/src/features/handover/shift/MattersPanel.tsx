import { Card, List, Tag, Typography } from 'antd'
import type { MatterItem, MatterUrgency, MattersSection } from '@shared/handover/sections'
import { localDateTime } from '@shared/kernel/calendar'
import { useRoute } from '../../../app/shell/route'
import { colors, stateTag } from '../../../lib/colors'
import { useI18n, type TranslateKey } from '../../../lib/i18n'
import { mono } from '../ledger/ledger-labels'

const URGENCY_TAG: Record<Exclude<MatterUrgency, 'none'>, string> = {
  overdue: stateTag.bad,
  dueSoon: stateTag.attention,
  dueToday: stateTag.attention,
  upcoming: stateTag.neutral
}

function MatterUrgencyTag({ urgency }: { urgency: MatterUrgency }) {
  const { t } = useI18n()
  if (urgency === 'none') return null
  return (
    <Tag color={URGENCY_TAG[urgency]} data-urgency={urgency} style={{ marginInlineEnd: 0 }}>
      {t(`shiftScreen.urgency.${urgency}`)}
    </Tag>
  )
}

function MatterLine({ item }: { item: MatterItem }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  return (
    <List.Item
      onClick={() => navigate(item.route.replace(/^#\/?/, ''))}
      style={{ cursor: 'pointer', padding: '4px 0' }}
      data-testid={`handover-matter-${item.ref}`}
      data-urgency={item.urgency}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, width: '100%' }}>
        <MatterUrgencyTag urgency={item.urgency} />
        <span style={{ ...mono, whiteSpace: 'nowrap' }}>{item.ref}</span>
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {item.roomCode ?? '—'}
        </Typography.Text>
        <Typography.Text ellipsis={{ tooltip: item.text }} style={{ flex: 1, minWidth: 0 }}>
          {item.text}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t(item.statusKey as TranslateKey, item.statusParams)}
        </Typography.Text>
        {item.due && (
          <span
            style={{
              whiteSpace: 'nowrap',
              color: item.urgency === 'overdue' ? colors.owed : colors.textSecondary
            }}
          >
            {t('shiftScreen.matters.due', { at: localDateTime(item.due).slice(5) })}
          </span>
        )}
      </div>
    </List.Item>
  )
}

/** One capability's open matters (its own title); a line opens the record where it lives. */
function MattersCard({ section }: { section: MattersSection }) {
  const { t } = useI18n()
  return (
    <Card
      size="small"
      type="inner"
      title={t(section.titleKey as TranslateKey)}
      extra={
        <span data-testid={`handover-matters-total-${section.id}`}>
          {section.total > section.items.length
            ? t('shiftScreen.matters.total', { total: section.total })
            : t('shiftScreen.matters.count', { count: section.total })}
        </span>
      }
      data-testid={`handover-matters-${section.id}`}
    >
      <List<MatterItem> size="small" dataSource={section.items} renderItem={(item) => <MatterLine item={item} />} />
    </Card>
  )
}

/**
 * 未办结事项: every capability's open matters (the ledger's answers due, repairs to dispatch,
 * complaints to reply, permits ending …) in their order; a section with nothing open is left out.
 */
export function MattersPanel({ sections }: { sections: MattersSection[] }) {
  const { t } = useI18n()
  const open = sections.filter((s) => s.total > 0)
  return (
    <Card size="small" title={t('shiftScreen.matters.title')} data-testid="handover-matters">
      {open.length === 0 ? (
        <Typography.Text type="secondary">{t('shiftScreen.matters.none')}</Typography.Text>
      ) : (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {open.map((section) => (
            <MattersCard key={section.id} section={section} />
          ))}
        </div>
      )}
    </Card>
  )
}
