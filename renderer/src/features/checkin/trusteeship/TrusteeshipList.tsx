import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Button, Space, Switch, Table, Typography, type TableColumnsType } from 'antd'
import { api } from '@shared/api'
import type { TrusteeshipSummary } from '@shared/checkin/trusteeship'
import { useApiQuery } from '../../../lib/api/hooks'
import { colors } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { ActionDialog } from './TrusteeshipDialogs'
import { KeyLabel, TRUSTEESHIP_KEYS, TrusteeshipTags, type TrusteeshipAction } from './trusteeship-kit'

type Open = { action: TrusteeshipAction; row: TrusteeshipSummary }

/**
 * 房屋托管: the homes in the office's care, each with its 超量 / 待巡查 tags. ↑↓ choose a home; the
 * row's buttons and their fixed keys (Alt+R 抄表, Alt+W 巡查登记, Alt+E 结束托管) open the dialogs
 * for the chosen one. Ended trusteeships are shown on request, as the record.
 */
export function TrusteeshipList() {
  const { t } = useI18n()
  const [includeEnded, setIncludeEnded] = useState(false)
  const list = useApiQuery(api.trusteeship.list, { includeEnded }, { staleTime: 0, refetchInterval: 60_000 })
  const rows = list.data ?? []
  const [active, setActive] = useState(0)
  const [open, setOpen] = useState<Open | null>(null)
  useEffect(() => setActive((i) => Math.min(i, Math.max(rows.length - 1, 0))), [rows.length])
  // A closed dialog hands the focus back to the list before the next key can arrive: left in the
  // dialog's closing frame (still in the page, hidden) it would make the page's keys stand aside.
  const listRef = useRef<HTMLDivElement>(null)
  const wasOpen = useRef(false)
  useLayoutEffect(() => {
    if (open === null && wasOpen.current) listRef.current?.focus({ preventScroll: true })
    wasOpen.current = open !== null
  }, [open])
  const act = (action: TrusteeshipAction, row = rows[active]) =>
    row && row.endedOn === null ? setOpen({ action, row }) : false
  useHotkeys(
    {
      ArrowDown: () => setActive((i) => Math.min(i + 1, rows.length - 1)),
      ArrowUp: () => setActive((i) => Math.max(i - 1, 0))
    },
    { whileTyping: false }
  )
  useHotkeys({
    [TRUSTEESHIP_KEYS.reading]: () => act('reading'),
    [TRUSTEESHIP_KEYS.patrol]: () => act('patrol'),
    [TRUSTEESHIP_KEYS.end]: () => act('end')
  })
  const columns = useColumns(includeEnded, active, (action, row, index) => {
    setActive(index)
    act(action, row)
  })
  return (
    <div ref={listRef} tabIndex={-1} style={{ outline: 'none' }} data-testid="trusteeship-list">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('audit.checkin.step.trusteeship')}
        </Typography.Title>
        <Space>
          <Typography.Text type="secondary">{t('trusteeship.keysHint')}</Typography.Text>
          <Switch
            checked={includeEnded}
            onChange={setIncludeEnded}
            checkedChildren={t('trusteeship.includeEnded')}
            unCheckedChildren={t('trusteeship.includeEnded')}
            data-testid="trusteeship-include-ended"
          />
        </Space>
      </Space>
      <Table<TrusteeshipSummary>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={rows}
        pagination={rows.length > 15 ? { pageSize: 15, size: 'small' } : false}
        locale={{ emptyText: list.isError ? list.error.message : t('trusteeship.none') }}
        onRow={(_, i) => ({
          onClick: () => setActive(i ?? 0),
          style: { cursor: 'pointer', background: i === active ? colors.selectedBg : undefined }
        })}
        columns={columns}
      />
      {open && (
        <ActionDialog
          action={open.action}
          trusteeshipId={open.row.id}
          roomCode={open.row.roomCode}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  )
}

/** The list's columns; the chosen row's buttons show their keys. */
function useColumns(
  includeEnded: boolean,
  active: number,
  onAction: (action: TrusteeshipAction, row: TrusteeshipSummary, index: number) => void
): TableColumnsType<TrusteeshipSummary> {
  const { t } = useI18n()
  const orDash = (v: string | null) => v ?? '—'
  const button = (row: TrusteeshipSummary, action: TrusteeshipAction, index: number) => (
    <Button
      size="small"
      danger={action === 'end'}
      onClick={() => onAction(action, row, index)}
      data-testid={`trusteeship-${action}`}
    >
      {index === active ? (
        <KeyLabel label={t(`trusteeship.action.${action}`)} hotkey={TRUSTEESHIP_KEYS[action]} />
      ) : (
        t(`trusteeship.action.${action}`)
      )}
    </Button>
  )
  return [
    { title: t('audit.checkin.col.room'), dataIndex: 'roomCode', render: (v: string) => <strong>{v}</strong> },
    { title: t('audit.checkin.col.owner'), dataIndex: 'ownerNames' },
    { title: t('trusteeship.startedOn'), dataIndex: 'startedOn' },
    { title: t('trusteeship.plannedTo'), dataIndex: 'plannedTo', render: orDash },
    ...(includeEnded ? [{ title: t('trusteeship.endedOn'), dataIndex: 'endedOn', render: orDash }] : []),
    {
      title: t('trusteeship.feePercent'),
      dataIndex: 'feePercent',
      render: (n: number) => t('trusteeship.percent', { n })
    },
    {
      title: t('trusteeship.lastPatrol'),
      dataIndex: 'lastWeeklyPatrolOn',
      render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('trusteeship.never')}</Typography.Text>
    },
    { title: t('audit.checkin.col.status'), render: (_, r) => <TrusteeshipTags summary={r} /> },
    {
      title: t('trusteeship.actions'),
      render: (_, r, i) =>
        r.endedOn === null && (
          <Space size={4}>
            {button(r, 'reading', i)}
            {button(r, 'patrol', i)}
            {button(r, 'end', i)}
          </Space>
        )
    }
  ]
}
