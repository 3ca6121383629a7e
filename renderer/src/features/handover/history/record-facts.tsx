import { Descriptions, Space, Tag, Typography, type DescriptionsProps } from 'antd'
import type { MattersSection } from '@shared/handover/sections'
import type { HandoverRecordView } from '@shared/handover/types'
import { localDateTime } from '@shared/kernel/calendar'
import { formatFen } from '@shared/domain/money'
import { isMessageKey } from '@shared/messages'
import { colors, stateTag } from '../../../lib/colors'
import { useI18n, type Translate } from '../../../lib/i18n'
import { CashDifference } from './HistoryTable'

/** The lines counted differently (cabinets or tools), each with what was expected and counted; 一致 when none. */
function CountLines({ lines }: { lines: { name: string; expected: number; counted: number; heldBy?: string }[] }) {
  const { t } = useI18n()
  const differing = lines.filter((l) => l.counted !== l.expected)
  if (differing.length === 0) return <Typography.Text type="secondary">{t('handoverHistory.even')}</Typography.Text>
  return (
    <Space orientation="vertical" size={0}>
      {differing.map((l) => (
        <span key={l.name} style={{ color: colors.owed }}>
          {t('handoverHistory.drawer.countLine', l)}
          {l.heldBy ? t('handoverHistory.drawer.heldBy', { heldBy: l.heldBy }) : ''}
        </span>
      ))}
    </Space>
  )
}

/** Each capability's open matters as they were handed over: its title and how many. */
function Matters({ sections }: { sections: MattersSection[] }) {
  const { t } = useI18n()
  const open = sections.filter((s) => s.total > 0)
  if (open.length === 0) return <>—</>
  return (
    <Space wrap size={[6, 4]}>
      {open.map((s) => (
        <Tag key={s.id}>
          {t('handoverHistory.drawer.mattersValue', {
            title: isMessageKey(s.titleKey) ? t(s.titleKey) : s.titleKey,
            n: s.total
          })}
        </Tag>
      ))}
    </Space>
  )
}

type Items = NonNullable<DescriptionsProps['items']>

/** Who handed over to whom, when, over which period (or who closed the shift alone, and why). */
function whoItems(t: Translate, view: HandoverRecordView): Items {
  const { sheet } = view
  const person = (name: string, kind: 'day' | 'noon' | 'night') =>
    t('handoverHistory.drawer.person', { name, kind: t(`shift.kind.${kind}`) })
  const incoming = sheet.incoming ? (
    person(sheet.incoming.name, sheet.incoming.shiftKind)
  ) : (
    <Tag color={stateTag.attention}>{t('handoverHistory.closedAlone', { by: sheet.closedAlone?.by ?? '' })}</Tag>
  )
  return [
    { key: 'at', label: t('handoverHistory.col.at'), children: localDateTime(view.at) },
    { key: 'counter', label: t('handoverHistory.col.counter'), children: view.counterName },
    {
      key: 'period',
      label: t('handoverHistory.drawer.period'),
      span: 2,
      children: `${localDateTime(sheet.periodFrom)} — ${localDateTime(sheet.periodTo)}`
    },
    {
      key: 'outgoing',
      label: t('handoverHistory.drawer.outgoing'),
      children: person(sheet.outgoing.name, sheet.outgoing.shiftKind)
    },
    { key: 'incoming', label: t('handoverHistory.drawer.incoming'), children: incoming },
    ...(sheet.closedAlone
      ? [{ key: 'reason', label: t('handoverHistory.drawer.closeReason'), span: 2, children: sheet.closedAlone.reason }]
      : [])
  ]
}

/** The cash counted against what the drawer should hold, the key and tool lines that differ, the open matters. */
function countItems(t: Translate, view: HandoverRecordView): Items {
  const { sheet } = view
  const cash = (
    <Space orientation="vertical" size={0}>
      <span>
        {t('handoverHistory.drawer.cashValue', {
          counted: formatFen(sheet.cash.countedFen, { symbol: true }),
          expected: formatFen(sheet.cash.expectedFen, { symbol: true })
        })}{' '}
        <CashDifference fen={sheet.cash.differenceFen} testId="history-drawer-cash" />
      </span>
      {sheet.cash.reason && (
        <Typography.Text type="secondary">
          {t('handoverHistory.drawer.cashReason', { reason: sheet.cash.reason })}
        </Typography.Text>
      )}
    </Space>
  )
  const matters = sheet.sections.filter((s): s is MattersSection => s.kind === 'matters')
  return [
    { key: 'cash', label: t('handoverHistory.drawer.cash'), span: 2, children: cash },
    { key: 'keys', label: t('handoverHistory.drawer.keys'), children: <CountLines lines={sheet.keys} /> },
    { key: 'tools', label: t('handoverHistory.drawer.tools'), children: <CountLines lines={sheet.tools} /> },
    { key: 'matters', label: t('handoverHistory.drawer.matters'), span: 2, children: <Matters sections={matters} /> }
  ]
}

/** The notes (important ones marked), the cleaning check, the differences acknowledged, the backup. */
function closingItems(t: Translate, view: HandoverRecordView): Items {
  const { sheet } = view
  const differs = sheet.cash.differenceFen !== 0 || view.keyDifferences > 0 || view.toolDifferences > 0
  const notes = (
    <Space align="start">
      {sheet.notesImportant && <Tag color={stateTag.bad}>{t('handoverHistory.important')}</Tag>}
      <Typography.Paragraph
        style={{ marginBottom: 0, whiteSpace: 'pre-wrap', fontWeight: sheet.notesImportant ? 600 : undefined }}
        data-testid="history-drawer-notes"
      >
        {sheet.notes || '—'}
      </Typography.Paragraph>
    </Space>
  )
  const cleaning = sheet.cleaning
    ? [
        t(sheet.cleaning.ok ? 'handoverHistory.drawer.cleaningOk' : 'handoverHistory.drawer.cleaningBad'),
        sheet.cleaning.note
      ]
        .filter(Boolean)
        .join(' · ')
    : '—'
  const acknowledged = sheet.differencesAcknowledged
    ? 'handoverHistory.drawer.acknowledged'
    : 'handoverHistory.drawer.notAcknowledged'
  const backup = sheet.backup.file ? (
    <Tag color={stateTag.good}>{sheet.backup.file}</Tag>
  ) : (
    <Tag color={stateTag.bad}>{sheet.backup.problem || t('handoverHistory.backupMissing')}</Tag>
  )
  return [
    { key: 'notes', label: t('handoverHistory.drawer.notes'), span: 2, children: notes },
    { key: 'cleaning', label: t('handoverHistory.drawer.cleaning'), children: cleaning },
    {
      key: 'differences',
      label: t('handoverHistory.drawer.differences'),
      children: differs ? t(acknowledged) : t('handoverHistory.even')
    },
    { key: 'backup', label: t('handoverHistory.drawer.backup'), span: 2, children: backup }
  ]
}

/** What the record says, as the drawer shows it above the sheet itself: who, when, and every difference. */
export function RecordFacts({ view }: { view: HandoverRecordView }) {
  const { t } = useI18n()
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={[...whoItems(t, view), ...countItems(t, view), ...closingItems(t, view)]}
      data-testid="history-facts"
    />
  )
}
