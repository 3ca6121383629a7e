import { useState } from 'react'
import { Input, Space, Table, Tag } from 'antd'
import { api } from '@shared/api'
import type { ContractorSummary } from '@shared/permits/api'
import { stateTag } from '../../../../lib/colors'
import { useApiQuery } from '../../../../lib/api/hooks'
import { useI18n } from '../../../../lib/i18n'
import type { PermitsTabProps } from '../../tabs'
import { mono, yuanText } from '../renovation-labels'

/**
 * 施工单位: every contractor that worked on the estate, known by its licence number, with how many
 * renovations, violations and deductions it has — for the desk deciding whether to warn an owner.
 */
export function ContractorsTab(_props: PermitsTabProps) {
  const { t } = useI18n()
  const [q, setQ] = useState('')
  const typed = q.trim()
  const list = useApiQuery(api.contractors.list, typed ? { q: typed } : {}, { staleTime: 0 })
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Input.Search
        allowClear
        autoFocus
        maxLength={40}
        placeholder={t('renovationParts.contractorSearch')}
        onSearch={setQ}
        onChange={(e) => setQ(e.target.value)}
        style={{ maxWidth: 360 }}
        data-testid="contractors-search"
      />
      <Table<ContractorSummary>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: t('renovationParts.noContractors') }}
        onRow={(c) => ({ 'data-testid': `contractor-row-${c.licenceNo}` }) as React.HTMLAttributes<HTMLElement>}
        data-testid="contractors-table"
        columns={[
          { title: t('renovationParts.contractor.name'), dataIndex: 'name', ellipsis: true },
          {
            title: t('renovationParts.contractor.licence'),
            dataIndex: 'licenceNo',
            width: 200,
            render: (v: string) => <span style={mono}>{v}</span>
          },
          { title: t('renovationParts.contractor.leader'), dataIndex: 'leader', width: 100 },
          { title: t('renovationParts.worker.phone'), dataIndex: 'phone', width: 130 },
          { title: t('renovationParts.contractor.renovations'), dataIndex: 'renovations', width: 90, align: 'right' },
          {
            title: t('renovationParts.contractor.violations'),
            dataIndex: 'violations',
            width: 90,
            align: 'right',
            render: (n: number) => (n > 0 ? <Tag color={stateTag.bad}>{n}</Tag> : '0')
          },
          {
            title: t('renovationParts.contractor.deductions'),
            dataIndex: 'deductionsFen',
            width: 120,
            align: 'right',
            render: (fen: number) => (fen > 0 ? yuanText(fen) : '—')
          }
        ]}
      />
    </Space>
  )
}
