import { useState } from 'react'
import { Card, Checkbox, DatePicker, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import {
  LEDGER_CATEGORIES,
  LEDGER_STATUSES,
  type LedgerCategory,
  type LedgerStatus,
  type LedgerSummary
} from '@shared/handover/ledger-types'
import { localDateTime } from '@shared/kernel/calendar'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { LedgerStatusTag, mono, UrgencyTag } from './ledger-labels'

interface Filters {
  status?: LedgerStatus
  category?: LedgerCategory
  night: boolean
  due: boolean
  range: [Dayjs, Dayjs] | null
  text: string
}

const DAY = 'YYYY-MM-DD'

function listInput(f: Filters) {
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.category ? { category: f.category } : {}),
    night: f.night,
    due: f.due,
    ...(f.range ? { from: f.range[0].format(DAY), to: f.range[1].format(DAY) } : {}),
    text: f.text.trim()
  }
}

function FilterBar({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const { t } = useI18n()
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change })
  return (
    <Space wrap>
      <Select
        allowClear
        style={{ width: 120 }}
        placeholder={t('ledgerScreen.filter.status')}
        value={filters.status}
        onChange={(status) => set({ status })}
        options={LEDGER_STATUSES.map((s) => ({ value: s, label: t(`ledger.status.${s}`) }))}
        data-testid="ledger-filter-status"
      />
      <Select
        allowClear
        style={{ width: 120 }}
        placeholder={t('ledgerScreen.filter.category')}
        value={filters.category}
        onChange={(category) => set({ category })}
        options={LEDGER_CATEGORIES.map((c) => ({ value: c, label: t(`ledger.category.${c}`) }))}
        data-testid="ledger-filter-category"
      />
      <Checkbox
        checked={filters.night}
        onChange={(e) => set({ night: e.target.checked })}
        data-testid="ledger-filter-night"
      >
        {t('ledgerScreen.filter.night')}
      </Checkbox>
      <Checkbox checked={filters.due} onChange={(e) => set({ due: e.target.checked })} data-testid="ledger-filter-due">
        {t('ledgerScreen.filter.due')}
      </Checkbox>
      <DatePicker.RangePicker
        value={filters.range}
        onChange={(range) => set({ range: range?.[0] && range[1] ? [range[0], range[1]] : null })}
        data-testid="ledger-filter-range"
      />
      <Input.Search
        allowClear
        style={{ width: 240 }}
        placeholder={t('ledgerScreen.filter.search')}
        onSearch={(text) => set({ text })}
        data-testid="ledger-filter-text"
      />
    </Space>
  )
}

/** The ledger's columns: number (夜间 marked), moment, caller, room, category, content, promise, status, author. */
function useColumns(): TableColumnsType<LedgerSummary> {
  const { t } = useI18n()
  return [
    {
      title: t('ledgerScreen.col.number'),
      dataIndex: 'number',
      render: (number: string, row) => (
        <Space size={4}>
          <span style={{ ...mono, whiteSpace: 'nowrap' }}>{number}</span>
          {row.shiftKind === 'night' && <Tag>{t('ledgerScreen.night')}</Tag>}
        </Space>
      )
    },
    {
      title: t('ledgerScreen.col.at'),
      dataIndex: 'at',
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{localDateTime(at).slice(5)}</span>
    },
    {
      title: t('ledgerScreen.col.caller'),
      render: (_, row) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <div>
            {t(`ledger.channel.${row.channel}`)} {row.callerName}
          </div>
          {row.callerPhone && <Typography.Text type="secondary">{row.callerPhone}</Typography.Text>}
        </div>
      )
    },
    { title: t('ledgerScreen.form.room'), dataIndex: 'roomCode', render: (code: string | null) => code ?? '—' },
    {
      title: t('ledgerScreen.form.category'),
      dataIndex: 'category',
      render: (c: LedgerCategory) => t(`ledger.category.${c}`)
    },
    {
      title: t('ledgerScreen.col.content'),
      dataIndex: 'content',
      ellipsis: true
    },
    {
      title: t('ledgerScreen.col.promisedAt'),
      render: (_, row) =>
        row.promisedAt && (
          <div style={{ whiteSpace: 'nowrap' }}>
            <div>{localDateTime(row.promisedAt).slice(5)}</div>
            <UrgencyTag urgency={row.urgency} />
          </div>
        )
    },
    {
      title: t('ledgerScreen.col.status'),
      render: (_, row) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <LedgerStatusTag entry={row} />
          {row.converted && <div style={{ ...mono, fontSize: 12 }}>{row.converted.number}</div>}
        </div>
      )
    },
    {
      title: t('ledgerScreen.col.staff'),
      dataIndex: 'staffName',
      render: (name: string) => <span style={{ whiteSpace: 'nowrap' }}>{name}</span>
    }
  ]
}

/** The ledger, newest first, filtered; a row (or Enter on it) opens the entry's drawer. */
export function LedgerList({ onOpen }: { onOpen: (id: number) => void }) {
  const [filters, setFilters] = useState<Filters>({ night: false, due: false, range: null, text: '' })
  const list = useApiQuery(api.ledger.list, listInput(filters), { staleTime: 0 })
  const columns = useColumns()
  return (
    <Card size="small" title={<FilterBar filters={filters} onChange={setFilters} />}>
      <Table<LedgerSummary>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        onRow={(row) => ({
          onClick: () => onOpen(row.id),
          onKeyDown: (e) => e.key === 'Enter' && onOpen(row.id),
          tabIndex: 0,
          style: { cursor: 'pointer' },
          'data-testid': `ledger-row-${row.id}`
        })}
        data-testid="ledger-table"
        columns={columns}
      />
    </Card>
  )
}
