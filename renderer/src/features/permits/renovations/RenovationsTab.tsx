import { useMemo, useState } from 'react'
import { Button, Card, Input, Select, Space, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { RENOVATION_STATUSES, type RenovationStatus } from '@shared/permits/api'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useListTab } from '../../workorders/use-list-tab'
import type { PermitsTabProps } from '../tabs'
import { NewRenovationDialog } from './NewRenovationDialog'
import { RenovationDrawer } from './RenovationDrawer'
import { RenovationsTable } from './RenovationsTable'
import { KeyHint } from './renovation-labels'

type StatusFilter = 'open' | 'all' | RenovationStatus
type Filters = { status: StatusFilter; search: string }

/** The list's query: 'open' asks every renovation not closed or cancelled; 'all' and an empty search ask nothing. */
function listInput(f: Filters) {
  return {
    ...(f.status === 'open' ? { open: true } : f.status === 'all' ? {} : { status: f.status }),
    ...(f.search.trim() ? { q: f.search.trim() } : {})
  }
}

function FilterBar({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const { t } = useI18n()
  return (
    <Space wrap size={[20, 10]}>
      <Space>
        <Typography.Text>{t('renovationScreen.status')}</Typography.Text>
        <Select<StatusFilter>
          style={{ width: 150 }}
          value={filters.status}
          onChange={(status) => onChange({ ...filters, status })}
          options={[
            { value: 'open', label: t('renovationScreen.filter.open') },
            { value: 'all', label: t('renovationScreen.filter.all') },
            ...RENOVATION_STATUSES.map((s) => ({ value: s, label: t(`renovations.status.${s}`) }))
          ]}
          data-testid="renovations-status"
        />
      </Space>
      <Input.Search
        allowClear
        style={{ width: 280 }}
        placeholder={t('renovationScreen.searchPlaceholder')}
        onSearch={(search) => onChange({ ...filters, search })}
        data-testid="renovations-search"
      />
    </Space>
  )
}

/**
 * 证件 → 装修: the renovations still open (or any status), found by room, owner, contractor or
 * number; F2 registers an application; `#/permits/<id>` opens one. ↑ ↓ move along the list, Enter
 * opens the renovation, Escape closes it.
 */
export function RenovationsTab({ openId, open }: PermitsTabProps) {
  const { t } = useI18n()
  const [filters, setFilters] = useState<Filters>({ status: 'open', search: '' })
  const filter = useMemo(() => listInput(filters), [filters])
  const list = useApiQuery(api.renovations.list, filter, { staleTime: 0 })
  const rows = list.data ?? []
  const { may, creating, setCreating, selected } = useListTab(rows, { openId, open }, filters)

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <FilterBar filters={filters} onChange={setFilters} />
        <Space style={{ marginTop: 10 }} size={16}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!may}
            onClick={() => setCreating(true)}
            data-testid="renovations-new"
          >
            {t('renovationScreen.new')}
            <KeyHint keys="F2" />
          </Button>
          <Typography.Text type="secondary" data-testid="renovations-count">
            {t('renovationScreen.count', { n: rows.length })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('renovationScreen.keysHint')}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" title={t('renovationScreen.title')}>
        {list.error ? (
          <Typography.Text type="danger" data-testid="renovations-error">
            {list.error.message}
          </Typography.Text>
        ) : (
          <RenovationsTable
            rows={rows}
            loading={list.isPending}
            selected={selected?.id}
            onOpen={(id) => open(id)}
            testId="renovations-table"
          />
        )}
      </Card>
      {creating && (
        <NewRenovationDialog
          onClose={(created) => {
            setCreating(false)
            if (created) open(created)
          }}
        />
      )}
      {openId !== null && <RenovationDrawer key={openId} renovationId={openId} onClose={() => open(null)} />}
    </Space>
  )
}
