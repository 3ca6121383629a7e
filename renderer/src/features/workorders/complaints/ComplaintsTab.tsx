import { useMemo, useState } from 'react'
import { Button, Card, Input, Radio, Space, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import {
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  type ComplaintSeverity,
  type ComplaintStatus
} from '@shared/workorders/complaints-api'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { KeyHint } from '../work-order-labels'
import type { WorkOrdersTabProps } from '../tabs'
import { useListTab } from '../use-list-tab'
import { ComplaintDrawer } from './ComplaintDrawer'
import { ComplaintsTable } from './ComplaintsTable'
import { NewComplaintDialog } from './NewComplaintDialog'

const DUE = ['overdue', 'today'] as const
type Filters = {
  status: ComplaintStatus | 'all'
  severity: ComplaintSeverity | 'all'
  due: (typeof DUE)[number] | 'all'
  search: string
}
const NO_FILTERS: Filters = { status: 'all', severity: 'all', due: 'all', search: '' }

/** The list's query from the filters: 'all' and an empty search ask nothing. */
function listInput(f: Filters) {
  return {
    ...(f.status === 'all' ? {} : { status: f.status }),
    ...(f.severity === 'all' ? {} : { severity: f.severity }),
    ...(f.due === 'all' ? {} : { due: f.due }),
    ...(f.search.trim() ? { search: f.search.trim() } : {})
  }
}

function FilterBar({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const { t } = useI18n()
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch })
  const all = { value: 'all', label: t('complaints.all') }
  return (
    <Space wrap size={[20, 10]}>
      <Space>
        <Typography.Text>{t('complaints.filterStatus')}</Typography.Text>
        <Radio.Group
          optionType="button"
          value={filters.status}
          onChange={(e) => set({ status: e.target.value as Filters['status'] })}
          options={[all, ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) }))]}
          data-testid="complaints-status"
        />
      </Space>
      <Space>
        <Typography.Text>{t('complaints.filterSeverity')}</Typography.Text>
        <Radio.Group
          optionType="button"
          value={filters.severity}
          onChange={(e) => set({ severity: e.target.value as Filters['severity'] })}
          options={[all, ...COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severity.${s}`) }))]}
          data-testid="complaints-severity"
        />
      </Space>
      <Space>
        <Typography.Text>{t('complaints.filterDue')}</Typography.Text>
        <Radio.Group
          optionType="button"
          value={filters.due}
          onChange={(e) => set({ due: e.target.value as Filters['due'] })}
          options={[all, ...DUE.map((d) => ({ value: d, label: t(`complaints.due.${d}`) }))]}
          data-testid="complaints-due"
        />
      </Space>
      <Input.Search
        allowClear
        style={{ width: 240 }}
        placeholder={t('complaints.searchPlaceholder')}
        onSearch={(search) => set({ search })}
        data-testid="complaints-search"
      />
    </Space>
  )
}

/**
 * 报修投诉 → 投诉: complaints newest first, each row in its next step's urgency; filtered by
 * status, severity, what is due and a search. F2 registers one; `#/workorders/complaints/<id>`
 * opens one. ↑ ↓ move along the list and Enter opens it; Escape closes it.
 */
export function ComplaintsTab({ openId, open }: WorkOrdersTabProps) {
  const { t } = useI18n()
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const filter = useMemo(() => listInput(filters), [filters])
  const list = useApiQuery(api.complaints.list, filter, { staleTime: 0 })
  const complaints = list.data ?? []
  const { may, creating, setCreating, selected } = useListTab(complaints, { openId, open }, filters)

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
            data-testid="complaints-new"
          >
            {t('complaints.new')}
            <KeyHint keys="F2" />
          </Button>
          <Typography.Text type="secondary" data-testid="complaints-count">
            {t('complaints.count', { n: complaints.length })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('complaints.keysHint')}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" title={t('complaints.title')}>
        <ComplaintsTable
          complaints={complaints}
          loading={list.isPending}
          selected={selected?.id}
          onOpen={(id) => open(id)}
          testId="complaints-table"
        />
      </Card>
      {creating && (
        <NewComplaintDialog
          onClose={(created) => {
            setCreating(false)
            if (created) open(created)
          }}
        />
      )}
      {openId !== null && <ComplaintDrawer key={openId} complaintId={openId} onClose={() => open(null)} />}
    </Space>
  )
}
