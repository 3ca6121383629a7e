import { useState } from 'react'
import { App, Button, Card, Select, Space, Switch, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd'
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons'
import { keepPreviousData } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { ArrearsRow, ARREARS_SORTS } from '@shared/fees/arrears'
import { formatFen } from '@shared/domain/money'
import { ApiFailure, call } from '../../../lib/api/client'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { downloadFile } from '../../../lib/download'
import { useRoute } from '../../../app/shell/route'
import { Revealable } from '../../households/Revealable'
import { ArrearsSummary, BUCKET_COLORS } from './ArrearsSummary'
import { LetterDialog } from './LetterDialog'
import { NoticesDialog } from './NoticesDialog'
import { RemindDialog } from './RemindDialog'
import { colors, stateTag } from '@renderer/lib/colors'

type SortKey = (typeof ARREARS_SORTS)[number]
interface Sorting {
  sort: SortKey
  order?: 'asc' | 'desc'
}

const AGE_STEPS = [1, 2, 3, 4, 6, 12] as const

/**
 * 催缴: who owes what and for how long, what was done about it, and the next paper to send — the
 * reminder record, the 催缴函 when a phone call went unanswered for three months, and the monthly
 * 付款请求书 for a whole building at once.
 */
export function ArrearsPage() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { navigate } = useRoute()
  const [buildingId, setBuildingId] = useState<number | undefined>()
  const [minAge, setMinAge] = useState<number | undefined>()
  const [lettersOnly, setLettersOnly] = useState(false)
  const [sorting, setSorting] = useState<Sorting>({ sort: 'amount' })
  const [reminding, setReminding] = useState<ArrearsRow | null>(null)
  const [lettering, setLettering] = useState<ArrearsRow | null>(null)
  const [noticing, setNoticing] = useState(false)
  const [exporting, setExporting] = useState(false)

  const filters = {
    ...(buildingId === undefined ? {} : { buildingId }),
    ...(minAge === undefined ? {} : { minAgeMonths: minAge }),
    ...(lettersOnly ? { demandLetterDue: true } : {}),
    sort: sorting.sort,
    ...(sorting.order ? { order: sorting.order } : {})
  }
  const summary = useApiQuery(api.arrears.summary, {})
  const list = useApiQuery(api.arrears.list, { ...filters, limit: 2000 }, { placeholderData: keepPreviousData })
  const buildings = useApiQuery(api.estate.buildings, {})

  async function exportList() {
    setExporting(true)
    try {
      const file = await call(api.arrears.export, filters)
      downloadFile(file)
      message.success(t('arrears.exported', { file: file.fileName }))
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    } finally {
      setExporting(false)
    }
  }

  // With no order asked, the core sorts amounts and ages largest first, rooms in order.
  const sortOrder = (key: SortKey) =>
    sorting.sort !== key ? null : (sorting.order ?? (key === 'room' ? 'asc' : 'desc')) === 'asc' ? 'ascend' : 'descend'
  const columns: TableColumnsType<ArrearsRow> = [
    {
      title: t('arrears.col.room'),
      key: 'room',
      width: 112,
      sorter: true,
      sortOrder: sortOrder('room'),
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0, fontWeight: 600 }}
          onClick={() => navigate(`households/${r.roomId}`)}
          data-testid={`arrears-room-${r.roomCode}`}
        >
          {r.roomCode}
        </Button>
      )
    },
    {
      title: t('arrears.col.owners'),
      dataIndex: 'owners',
      width: 150,
      ellipsis: { showTitle: true },
      render: (v: string) => v || '—'
    },
    {
      title: t('arrears.col.phone'),
      dataIndex: 'phoneMasked',
      width: 160,
      // 催缴电话: one press shows the number to the roles that chase arrears; the core audits it.
      render: (v: string, r) => (
        <Revealable
          masked={v}
          allowed={list.data?.mayCall ?? false}
          label={t('arrears.revealForCall')}
          testId="arrears-phone"
          reveal={async () => (await call(api.arrears.revealPhone, { roomId: r.roomId })).value}
        />
      )
    },
    {
      title: t('arrears.col.amount'),
      key: 'amount',
      align: 'right',
      width: 124,
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: sortOrder('amount'),
      render: (_, r) => (
        <div style={{ lineHeight: 1.3 }}>
          <div style={{ color: colors.owed, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
            ¥{formatFen(r.overdueFen)}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('arrears.itemCount', { n: r.overdueCount })}
          </Typography.Text>
        </div>
      )
    },
    { title: t('arrears.col.oldestDue'), dataIndex: 'oldestDue', width: 108 },
    {
      title: t('arrears.col.age'),
      key: 'age',
      width: 96,
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: sortOrder('age'),
      render: (_, r) => <Tag color={BUCKET_COLORS[r.bucket]}>{t('arrears.ageValue', { n: r.ageMonths })}</Tag>
    },
    {
      title: t('arrears.col.lastReminder'),
      key: 'lastReminder',
      render: (_, r) =>
        r.lastReminder ? (
          <Tooltip title={r.lastReminder.outcome}>
            <div style={{ lineHeight: 1.3 }}>
              <div>
                {dayjs(r.lastReminder.at).format('YYYY-MM-DD')} · {t(`arrears.kind.${r.lastReminder.kind}`)}
              </div>
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 13, maxWidth: 240 }}>
                {r.lastReminder.outcome}
              </Typography.Text>
            </div>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('arrears.noReminder')}</Typography.Text>
        )
    },
    {
      title: t('arrears.col.letter'),
      key: 'letter',
      width: 76,
      align: 'center',
      render: (_, r) =>
        r.demandLetterDue ? (
          <Tag color={stateTag.bad} data-testid="letter-due">
            {t('arrears.letterDue')}
          </Tag>
        ) : null
    },
    {
      title: '',
      key: 'actions',
      width: 176,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" onClick={() => setReminding(r)} data-testid="remind-open">
            {t('arrears.action.remind')}
          </Button>
          <Button type="link" onClick={() => setLettering(r)} data-testid="letter-open">
            {t('arrears.action.letter')}
          </Button>
        </Space>
      )
    }
  ]

  const rows = list.data?.rows ?? []
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="arrears-page">
      <ArrearsSummary summary={summary.data} />
      <Card size="small">
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '12px 16px', marginBottom: 12 }}>
          <Select
            style={{ width: 150 }}
            value={buildingId ?? 0}
            onChange={(v: number) => setBuildingId(v === 0 ? undefined : v)}
            options={[
              { value: 0, label: t('arrears.filter.allBuildings') },
              ...(buildings.data ?? []).map((b) => ({ value: b.id, label: b.code }))
            ]}
            aria-label={t('arrears.filter.building')}
            data-testid="arrears-building"
          />
          <Select
            style={{ width: 150 }}
            value={minAge ?? 0}
            onChange={(v: number) => setMinAge(v === 0 ? undefined : v)}
            options={[
              { value: 0, label: t('arrears.filter.anyAge') },
              ...AGE_STEPS.map((n) => ({ value: n, label: t('arrears.filter.minAgeValue', { n }) }))
            ]}
            aria-label={t('arrears.filter.minAge')}
            data-testid="arrears-min-age"
          />
          <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
            <Switch checked={lettersOnly} onChange={setLettersOnly} data-testid="arrears-letters-only" />
            {t('arrears.filter.lettersOnly')}
          </label>
          <Typography.Text type="secondary" data-testid="arrears-count">
            {list.data ? t('arrears.shown', { total: list.data.total, shown: rows.length }) : ''}
            {list.data ? ` · ¥${formatFen(list.data.totalFen)}` : ''}
          </Typography.Text>
          <div style={{ flex: 1 }} />
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportList} data-testid="arrears-export">
            {t('arrears.export')}
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => setNoticing(true)}
            data-testid="notices-open"
          >
            {t('arrears.printNotices')}
          </Button>
        </div>
        <Table<ArrearsRow>
          rowKey="roomId"
          size="middle"
          loading={list.isFetching}
          dataSource={rows}
          columns={columns}
          locale={{ emptyText: t('arrears.empty') }}
          pagination={{
            defaultPageSize: 20,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('arrears.roomCount', { n: total })
          }}
          onChange={(_p, _f, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter
            const key = s?.columnKey as SortKey | undefined
            if (!s?.order || !key) setSorting({ sort: 'amount' })
            else setSorting({ sort: key, order: s.order === 'ascend' ? 'asc' : 'desc' })
          }}
          data-testid="arrears-table"
        />
      </Card>
      {reminding && <RemindDialog target={reminding} onClose={() => setReminding(null)} />}
      {lettering && <LetterDialog target={lettering} onClose={() => setLettering(null)} />}
      {noticing && (
        <NoticesDialog buildings={buildings.data ?? []} buildingId={buildingId} onClose={() => setNoticing(false)} />
      )}
    </Space>
  )
}
