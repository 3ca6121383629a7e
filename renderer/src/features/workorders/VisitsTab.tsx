import { useEffect, useMemo, useRef, useState } from 'react'
import { Card, Space, Table, Typography } from 'antd'
import { useQueries } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { WorkOrderSummary, WorkOrderView } from '@shared/workorders/api'
import { call } from '../../lib/api/client'
import { useApiQuery } from '../../lib/api/hooks'
import { colors } from '../../lib/colors'
import { useHotkeys } from '../../lib/keyboard'
import { useI18n } from '../../lib/i18n'
import { VisitDialog } from './FinishVisitDialogs'
import { DueTag, when } from './work-order-labels'
import type { WorkOrdersTabProps } from './tabs'

/** The closing dialog keeps the focus until its animation is over: the list takes it back after. */
const FOCUS_AFTER_CLOSE_MS = 350

const visitDue = (o: WorkOrderSummary) => o.deadlines.find((d) => d.step === 'visit') ?? null

/** Most urgent first: the visit's due moment, earliest first (an order without one last). */
function byVisitDue(a: WorkOrderSummary, b: WorkOrderSummary) {
  return (visitDue(a)?.dueAt ?? '9999').localeCompare(visitDue(b)?.dueAt ?? '9999')
}

/** The nobody-home attempts of the rows shown, from each order's history. */
function useAttempts(ids: number[]): Map<number, string[]> {
  const views = useQueries({
    queries: ids.map((workOrderId) => ({
      queryKey: [api.workOrders.get.name, { workOrderId }],
      queryFn: () => call(api.workOrders.get, { workOrderId }),
      staleTime: 0
    }))
  })
  return new Map(
    views
      .map((q) => q.data as WorkOrderView | undefined)
      .filter((v): v is WorkOrderView => v !== undefined)
      .map((v) => [v.id, v.events.filter((e) => e.kind === 'visitAttempt').map((e) => when(e.at))])
  )
}

/** The visit dialog of the order in the route, once its view is in. */
function OpenVisit({ id, onClose }: { id: number; onClose: () => void }) {
  const view = useApiQuery(api.workOrders.get, { workOrderId: id }, { staleTime: 0 })
  return view.data ? <VisitDialog order={view.data} onClose={onClose} /> : null
}

/**
 * 回访: the completed orders whose follow-up visit is still to be made, most urgent first, coloured
 * by the visit's due time; ↑ ↓ choose, Enter opens the visit dialog (`#/workorders/visits/<id>`).
 * Attempts that found nobody home are listed with their times: the visit stays due.
 */
export function VisitsTab({ openId, open }: WorkOrdersTabProps) {
  const { t } = useI18n()
  const list = useApiQuery(api.workOrders.list, { status: 'completed' }, { staleTime: 0 })
  // A move-in order has its re-inspection, not a follow-up visit.
  const rows = useMemo(() => (list.data ?? []).filter((o) => o.source !== 'checkin').sort(byVisitDue), [list.data])
  const attempts = useAttempts(rows.slice(0, 100).map((r) => r.id))
  const [index, setIndex] = useState(0)
  // Out of the closed dialog at once, so ↑ ↓ Enter answer again.
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => setIndex((i) => Math.min(i, Math.max(rows.length - 1, 0))), [rows.length])
  const selected = rows[index]
  useHotkeys(
    {
      ArrowDown: () => setIndex((i) => Math.min(i + 1, rows.length - 1)),
      ArrowUp: () => setIndex((i) => Math.max(i - 1, 0)),
      Enter: (event) =>
        selected && !(event.target instanceof Element && event.target.closest('button, a')) ? open(selected.id) : false
    },
    { enabled: openId === null, whileTyping: false }
  )
  return (
    <div ref={box} tabIndex={-1} style={{ outline: 'none' }}>
      <Card
        size="small"
        title={t('workOrders.visitsTitle')}
        extra={
          <Space size={16}>
            <Typography.Text type="secondary" data-testid="visits-count">
              {t('workOrders.count', { n: rows.length })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('workOrders.visitsKeys')}</Typography.Text>
          </Space>
        }
      >
        <Table<WorkOrderSummary>
          size="small"
          rowKey="id"
          loading={list.isPending}
          dataSource={rows}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('workOrders.visitsNone') }}
          scroll={{ x: 1300 }}
          data-testid="visits-table"
          onRow={(o, i) => ({
            onClick: () => (setIndex(i ?? 0), open(o.id)),
            style: { cursor: 'pointer', background: o.id === selected?.id ? colors.selectedBg : undefined },
            'data-testid': `visit-row-${o.number}`
          })}
          columns={[
            { title: t('workOrders.number'), dataIndex: 'number', width: 136 },
            { title: t('workOrders.room'), dataIndex: 'roomCode', width: 96 },
            { title: t('workOrders.category'), dataIndex: 'categoryName', width: 90 },
            { title: t('workOrders.description'), dataIndex: 'description', width: 200, ellipsis: true },
            { title: t('workOrders.reporter'), dataIndex: 'reporter', width: 84 },
            { title: t('workOrders.contact'), dataIndex: 'contact', width: 120 },
            { title: t('workOrders.completedAt'), dataIndex: 'completedAt', width: 132, render: when },
            {
              title: t('workOrders.leakTestOn'),
              dataIndex: 'leakTestOn',
              width: 100,
              render: (v: string | null) => v ?? '—'
            },
            {
              title: t('workOrders.visitDue'),
              key: 'due',
              width: 230,
              render: (_: unknown, o) => <DueTag due={visitDue(o)} testId={`visit-due-${o.id}`} />
            },
            {
              title: t('workOrders.attemptsColumn'),
              key: 'attempts',
              width: 150,
              render: (_: unknown, o) => (
                <span data-testid={`visit-attempts-${o.id}`}>{attempts.get(o.id)?.join('、') || '—'}</span>
              )
            }
          ]}
        />
        {openId !== null && (
          <OpenVisit
            key={openId}
            id={openId}
            onClose={() => (
              open(null),
              setTimeout(() => box.current?.focus({ preventScroll: true }), FOCUS_AFTER_CLOSE_MS)
            )}
          />
        )}
      </Card>
    </div>
  )
}
