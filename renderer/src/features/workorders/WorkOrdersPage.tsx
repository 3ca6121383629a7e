import { useEffect, useMemo, useState } from 'react'
import { Card, Radio, Select, Space, Typography } from 'antd'
import { api } from '@shared/api'
import {
  WORK_ORDER_SOURCES,
  WORK_ORDER_STATUSES,
  type WorkOrderSource,
  type WorkOrderStatus
} from '@shared/workorders/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useHotkeys } from '../../lib/keyboard'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { WorkOrderDrawer } from './WorkOrderDrawer'
import { WorkOrdersTable } from './WorkOrdersTable'

/**
 * 报修投诉: `#/workorders` lists the work orders, newest first, filtered by status and source;
 * `#/workorders/<id>` opens one. ↑ ↓ move along the list and Enter opens the order; in the order,
 * F6 / F7 / F8 are its steps and Escape closes it.
 */
export function WorkOrdersPage() {
  const { t } = useI18n()
  const { params, navigate } = useRoute()
  const openId = Number(params[0])
  const drawerOpen = Number.isInteger(openId) && openId > 0
  const [status, setStatus] = useState<WorkOrderStatus | 'all'>('all')
  const [source, setSource] = useState<WorkOrderSource | 'all'>('all')
  const filter = useMemo(
    () => ({ ...(status === 'all' ? {} : { status }), ...(source === 'all' ? {} : { source }) }),
    [status, source]
  )
  const list = useApiQuery(api.workOrders.list, filter, { staleTime: 0 })
  const orders = list.data ?? []
  const [index, setIndex] = useState(0)
  useEffect(() => setIndex(0), [status, source])
  const selected = orders[Math.min(index, orders.length - 1)]

  useHotkeys({ Escape: () => (drawerOpen ? navigate('workorders') : false) })
  useHotkeys(
    {
      ArrowDown: () => setIndex((i) => Math.min(i + 1, orders.length - 1)),
      ArrowUp: () => setIndex((i) => Math.max(i - 1, 0)),
      // Enter on a focused button or link is that button's.
      Enter: (event) =>
        selected && !(event.target instanceof Element && event.target.closest('button, a'))
          ? navigate(`workorders/${selected.id}`)
          : false
    },
    { enabled: !drawerOpen, whileTyping: false }
  )

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size={24}>
          <Space>
            <Typography.Text>{t('workOrders.status')}</Typography.Text>
            <Radio.Group
              optionType="button"
              value={status}
              onChange={(e) => setStatus(e.target.value as WorkOrderStatus | 'all')}
              options={[
                { value: 'all', label: t('workOrders.all') },
                ...WORK_ORDER_STATUSES.map((s) => ({ value: s, label: t(`workOrders.status.${s}`) }))
              ]}
              data-testid="workorders-status"
            />
          </Space>
          <Space>
            <Typography.Text>{t('workOrders.source')}</Typography.Text>
            <Select
              style={{ width: 150 }}
              value={source}
              onChange={setSource}
              options={[
                { value: 'all', label: t('workOrders.all') },
                ...WORK_ORDER_SOURCES.map((s) => ({ value: s, label: t(`workOrders.source.${s}`) }))
              ]}
              data-testid="workorders-source"
            />
          </Space>
          <Typography.Text type="secondary" data-testid="workorders-count">
            {t('workOrders.count', { n: orders.length })}
          </Typography.Text>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('workOrders.keysHint')}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('workOrders.title')}>
        <WorkOrdersTable
          orders={orders}
          loading={list.isPending}
          selected={selected?.id}
          onOpen={(id) => navigate(`workorders/${id}`)}
          testId="workorders-table"
        />
      </Card>
      {drawerOpen && <WorkOrderDrawer key={openId} workOrderId={openId} onClose={() => navigate('workorders')} />}
    </Space>
  )
}
