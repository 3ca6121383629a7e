import { useMemo, useState } from 'react'
import { Button, Card, Input, Radio, Select, Space, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import {
  DUE_FILTERS,
  WORK_ORDER_KINDS,
  WORK_ORDER_SOURCES,
  WORK_ORDER_STATUSES,
  type WorkOrderKind,
  type WorkOrderSource,
  type WorkOrderStatus
} from '@shared/workorders/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { NewOrderDialog } from './NewOrderDialog'
import { WorkOrderDrawer } from './WorkOrderDrawer'
import { WorkOrdersTable } from './WorkOrdersTable'
import { KeyHint } from './work-order-labels'
import type { WorkOrdersTabProps } from './tabs'
import { useListTab } from './use-list-tab'

type Due = (typeof DUE_FILTERS)[number]
type Filters = {
  status: WorkOrderStatus | 'all'
  kind: WorkOrderKind | 'all'
  source: WorkOrderSource | 'all'
  due: Due | 'all'
  search: string
}
const NO_FILTERS: Filters = { status: 'all', kind: 'all', source: 'all', due: 'all', search: '' }

/** The list's query from the filters: 'all' and an empty search ask nothing. */
function listInput(f: Filters) {
  return {
    ...(f.status === 'all' ? {} : { status: f.status }),
    ...(f.kind === 'all' ? {} : { kind: f.kind }),
    ...(f.source === 'all' ? {} : { source: f.source }),
    ...(f.due === 'all' ? {} : { due: f.due }),
    ...(f.search.trim() ? { search: f.search.trim() } : {})
  }
}

function FilterBar({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const { t } = useI18n()
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch })
  const all = { value: 'all', label: t('workOrders.all') }
  return (
    <Space wrap size={[20, 10]}>
      <Space>
        <Typography.Text>{t('workOrders.status')}</Typography.Text>
        <Radio.Group
          optionType="button"
          value={filters.status}
          onChange={(e) => set({ status: e.target.value as Filters['status'] })}
          options={[all, ...WORK_ORDER_STATUSES.map((s) => ({ value: s, label: t(`workOrders.status.${s}`) }))]}
          data-testid="workorders-status"
        />
      </Space>
      <Space>
        <Typography.Text>{t('workOrders.kind')}</Typography.Text>
        <Select
          style={{ width: 120 }}
          value={filters.kind}
          onChange={(kind) => set({ kind })}
          options={[all, ...WORK_ORDER_KINDS.map((k) => ({ value: k, label: t(`workOrders.kind.${k}`) }))]}
          data-testid="workorders-kind"
        />
      </Space>
      <Space>
        <Typography.Text>{t('workOrders.source')}</Typography.Text>
        <Select
          style={{ width: 130 }}
          value={filters.source}
          onChange={(source) => set({ source })}
          options={[all, ...WORK_ORDER_SOURCES.map((s) => ({ value: s, label: t(`workOrders.source.${s}`) }))]}
          data-testid="workorders-source"
        />
      </Space>
      <Space>
        <Typography.Text>{t('workOrders.due')}</Typography.Text>
        <Radio.Group
          optionType="button"
          value={filters.due}
          onChange={(e) => set({ due: e.target.value as Filters['due'] })}
          options={[all, ...DUE_FILTERS.map((d) => ({ value: d, label: t(`workOrders.due.${d}`) }))]}
          data-testid="workorders-due"
        />
      </Space>
      <Input.Search
        allowClear
        style={{ width: 240 }}
        placeholder={t('workOrders.searchPlaceholder')}
        onSearch={(search) => set({ search })}
        data-testid="workorders-search"
      />
    </Space>
  )
}

/**
 * 报修投诉 → 工作单: repairs, services and the move-in inspection's orders, newest first, filtered
 * by status, kind, source, what is due and a search; F2 registers a new order; `#/workorders/<id>`
 * opens one. ↑ ↓ move along the list and Enter opens the order; Escape closes it.
 */
export function OrdersTab({ openId, open }: WorkOrdersTabProps) {
  const { t } = useI18n()
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const filter = useMemo(() => listInput(filters), [filters])
  const list = useApiQuery(api.workOrders.list, filter, { staleTime: 0 })
  const orders = list.data ?? []
  const { may, creating, setCreating, selected } = useListTab(orders, { openId, open }, filters)

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
            data-testid="workorders-new"
          >
            {t('workOrders.new')}
            <KeyHint keys="F2" />
          </Button>
          <Typography.Text type="secondary" data-testid="workorders-count">
            {t('workOrders.count', { n: orders.length })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('workOrders.keysHint')}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" title={t('workOrders.title')}>
        <WorkOrdersTable
          orders={orders}
          loading={list.isPending}
          selected={selected?.id}
          onOpen={(id) => open(id)}
          testId="workorders-table"
        />
      </Card>
      {creating && (
        <NewOrderDialog
          onClose={(created) => {
            setCreating(false)
            if (created) open(created)
          }}
        />
      )}
      {openId !== null && <WorkOrderDrawer key={openId} workOrderId={openId} onClose={() => open(null)} />}
    </Space>
  )
}
