import { useEffect, useMemo, useState } from 'react'
import { Button, Space, Table, Typography } from 'antd'
import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import { ROSTER_KINDS, type RosterKind, type RosterRow } from '@shared/handover/types'
import { SUPERVISORS, roleAllowed } from '@shared/kernel/roles'
import { useApiQuery } from '../../../lib/api/hooks'
import { colors } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { useMe } from '../../foundation/auth/session'
import type { HandoverTabProps } from '../tabs'
import { rosterKindKey } from './duty-words'
import { RosterEditDialog, type RosterCell } from './RosterEditDialog'

/** The Monday of the week a local day falls in. */
const mondayOf = (day: string) => {
  const d = dayjs(day)
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD')
}

/** Whether a key press belongs to a field or an open dialog (then ←/→ are theirs, not the week's). */
const inField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  target.closest('input, textarea, [contenteditable], .ant-select, .ant-modal') !== null

function useWeekKeys(shift: (weeks: number) => void, paused: boolean) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (paused || e.altKey || e.ctrlKey || e.metaKey || inField(e.target)) return
      if (e.key === 'ArrowLeft') shift(-1)
      else if (e.key === 'ArrowRight') shift(1)
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [shift, paused])
}

/** The week's buttons and dates; ←/→ do the same from anywhere on the tab. */
function WeekBar(props: { days: string[]; editable: boolean; shift: (weeks: number) => void; thisWeek: () => void }) {
  const { t } = useI18n()
  const { days, editable, shift } = props
  return (
    <Space style={{ marginBottom: 12 }} wrap>
      <Button icon={<LeftOutlined />} onClick={() => shift(-1)} data-testid="roster-prev">
        {t('dutyScreen.roster.prevWeek')} (←)
      </Button>
      <Button onClick={props.thisWeek} data-testid="roster-this-week">
        {t('dutyScreen.roster.thisWeek')}
      </Button>
      <Button onClick={() => shift(1)} data-testid="roster-next">
        {t('dutyScreen.roster.nextWeek')} (→) <RightOutlined />
      </Button>
      <Typography.Text strong data-testid="roster-week">
        {days[0]} — {days[6]}
      </Typography.Text>
      <Typography.Text type="secondary">
        {editable ? t('dutyScreen.roster.hint') : t('dutyScreen.roster.readOnly')}
      </Typography.Text>
    </Space>
  )
}

/**
 * 值班表: a week of days × 白班 / 午间值班 / 夜班 / 总值班. ←/→ move a week; a supervisor clicks a
 * cell (or tabs to it and presses Enter) to choose who is on; everyone else reads it.
 */
export function RosterTab(_props: HandoverTabProps) {
  const { t } = useI18n()
  const me = useMe()
  const editable = roleAllowed(me.role, SUPERVISORS)
  const today = useApiQuery(api.duty.today, {})
  const [monday, setMonday] = useState<string | null>(null)
  const [editing, setEditing] = useState<RosterCell | null>(null)
  const todayDay = today.data?.day ?? null
  const week = monday ?? (todayDay ? mondayOf(todayDay) : null)
  const days = useMemo(
    () => (week ? Array.from({ length: 7 }, (_, i) => dayjs(week).add(i, 'day').format('YYYY-MM-DD')) : []),
    [week]
  )
  const roster = useApiQuery(api.duty.roster, { from: days[0] ?? '', to: days[6] ?? '' }, { enabled: week !== null })
  const shift = useMemo(
    () => (weeks: number) =>
      week &&
      setMonday(
        dayjs(week)
          .add(weeks * 7, 'day')
          .format('YYYY-MM-DD')
      ),
    [week]
  )
  useWeekKeys(shift, editing !== null)
  const rowsOf = (day: string, kind: RosterKind): RosterRow[] =>
    (roster.data ?? []).filter((r) => r.day === day && r.kind === kind)

  const cell = (day: string, kind: RosterKind) => {
    const rows = rowsOf(day, kind)
    const text = rows.map((r) => r.staffName).join('、') || '—'
    const open = () => setEditing({ day, kind, rows })
    return editable ? (
      <Button type="text" block onClick={open} data-testid={`roster-${day}-${kind}`} style={{ textAlign: 'start' }}>
        <Typography.Text ellipsis>{text}</Typography.Text>
      </Button>
    ) : (
      <Typography.Text data-testid={`roster-${day}-${kind}`}>{text}</Typography.Text>
    )
  }
  const columns = [
    {
      key: 'day',
      title: t('dutyScreen.roster.day'),
      width: 150,
      render: (_: unknown, day: string) => (
        <Typography.Text strong={day === todayDay} style={day === todayDay ? { color: colors.total } : undefined}>
          {dayjs(day).format('MM-DD ddd')}
        </Typography.Text>
      )
    },
    ...ROSTER_KINDS.map((kind) => ({
      key: kind,
      title: t(rosterKindKey(kind)),
      render: (_: unknown, day: string) => cell(day, kind)
    }))
  ]
  return (
    <div data-testid="roster-tab">
      <WeekBar days={days} editable={editable} shift={shift} thisWeek={() => setMonday(null)} />
      <Table<string>
        size="small"
        bordered
        rowKey={(day) => day}
        loading={roster.isPending}
        dataSource={days}
        columns={columns}
        pagination={false}
      />
      <RosterEditDialog cell={editing} onClose={() => setEditing(null)} />
    </div>
  )
}
