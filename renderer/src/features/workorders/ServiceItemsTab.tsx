import { useEffect, useMemo, useRef, useState } from 'react'
import { Button, Card, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { roleAllowed, SUPERVISORS } from '@shared/kernel/roles'
import { SERVICE_ITEM_CATEGORIES, type ServiceItem } from '@shared/workorders/repairs-api'
import { useApiQuery } from '../../lib/api/hooks'
import { colors, stateTag } from '../../lib/colors'
import { useHotkeys } from '../../lib/keyboard'
import { useI18n } from '../../lib/i18n'
import { useMe } from '../foundation/auth/session'
import { useWorkOrderPrints } from './paper/use-work-order-prints'
import { ServiceItemDialog } from './ServiceItemDialog'
import { KeyHint, yuanText } from './work-order-labels'
import type { WorkOrdersTabProps } from './tabs'

/** The closing dialog keeps the focus until its animation is over: the list takes it back after. */
const FOCUS_AFTER_CLOSE_MS = 350

/** By category in the list's order, then the item's own order. */
const byCategory = (a: ServiceItem, b: ServiceItem) =>
  SERVICE_ITEM_CATEGORIES.indexOf(a.category) - SERVICE_ITEM_CATEGORIES.indexOf(b.category) ||
  a.sortKey - b.sortKey ||
  a.id - b.id

/** The list's columns: category, name, unit, price (面议 / 免费), approval and retired marks, note. */
function itemColumns(t: ReturnType<typeof useI18n>['t']): TableColumnsType<ServiceItem> {
  return [
    {
      title: t('workOrders.itemCategory'),
      dataIndex: 'category',
      width: 130,
      render: (c: ServiceItem['category']) => t(`workOrders.itemCategory.${c}`)
    },
    { title: t('workOrders.itemName'), dataIndex: 'name' },
    { title: t('workOrders.unit'), dataIndex: 'unit', width: 80 },
    {
      title: t('workOrders.price'),
      dataIndex: 'priceFen',
      width: 120,
      align: 'right',
      render: (fen: number | null) =>
        fen === null ? t('workOrders.negotiable') : fen === 0 ? t('workOrders.charge.free') : yuanText(fen)
    },
    {
      title: '',
      key: 'flags',
      width: 160,
      render: (_: unknown, i) => (
        <Space size={2}>
          {i.needsApproval && <Tag color={stateTag.attention}>{t('workOrders.needsApprovalTag')}</Tag>}
          {!i.active && <Tag>{t('workOrders.retired')}</Tag>}
        </Space>
      )
    },
    { title: t('workOrders.note'), dataIndex: 'note', ellipsis: true }
  ]
}

/**
 * 服务项目: the published list of paid services by category with their prices (面议 where agreed
 * case by case). Supervisors add (F2) and edit (Enter) items and retire them; Ctrl+P prints the
 * A4 price list for the notice board.
 */
export function ServiceItemsTab(_props: WorkOrdersTabProps) {
  const { t } = useI18n()
  const supervisor = roleAllowed(useMe().role, SUPERVISORS)
  const [withRetired, setWithRetired] = useState(false)
  const list = useApiQuery(api.serviceItems.list, { includeRetired: withRetired }, { staleTime: 0 })
  const items = useMemo(() => [...(list.data ?? [])].sort(byCategory), [list.data])
  const [editing, setEditing] = useState<ServiceItem | 'new' | null>(null)
  // Out of the closed dialog at once, so the list's keys (↑ ↓ Enter, F2, Ctrl+P) answer again.
  const box = useRef<HTMLDivElement>(null)
  const [index, setIndex] = useState(0)
  useEffect(() => setIndex(0), [withRetired])
  const selected = items[Math.min(index, items.length - 1)]
  const prints = useWorkOrderPrints()
  const printList = () => void prints.priceList(items.filter((i) => i.active))
  useHotkeys({ F2: () => (supervisor ? setEditing('new') : false), 'Ctrl+P': printList })
  useHotkeys(
    {
      ArrowDown: () => setIndex((i) => Math.min(i + 1, items.length - 1)),
      ArrowUp: () => setIndex((i) => Math.max(i - 1, 0)),
      Enter: (event) =>
        supervisor && selected && !(event.target instanceof Element && event.target.closest('button, a'))
          ? setEditing(selected)
          : false
    },
    { enabled: editing === null, whileTyping: false }
  )
  return (
    <div ref={box} tabIndex={-1} style={{ outline: 'none' }}>
      <Card
        size="small"
        title={t('workOrders.servicesTitle')}
        extra={
          <Space size={12}>
            <Space size={6}>
              <Switch
                size="small"
                checked={withRetired}
                onChange={setWithRetired}
                data-testid="service-items-retired"
              />
              <Typography.Text>{t('workOrders.showRetired')}</Typography.Text>
            </Space>
            <Button icon={<PrinterOutlined />} onClick={printList} data-testid="service-items-print">
              {t('workOrders.printPriceList')}
              <KeyHint keys="Ctrl+P" />
            </Button>
            {supervisor && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="service-items-new"
              >
                {t('workOrders.itemNew')}
                <KeyHint keys="F2" />
              </Button>
            )}
          </Space>
        }
      >
        <Table<ServiceItem>
          size="small"
          rowKey="id"
          loading={list.isPending}
          dataSource={items}
          pagination={false}
          data-testid="service-items-table"
          onRow={(item, i) => ({
            onClick: () => (setIndex(i ?? 0), supervisor ? setEditing(item) : undefined),
            style: {
              cursor: supervisor ? 'pointer' : undefined,
              background: item.id === selected?.id ? colors.selectedBg : undefined,
              color: item.active ? undefined : colors.textMuted
            },
            'data-testid': `service-item-${item.id}`
          })}
          columns={itemColumns(t)}
        />
        {editing !== null && (
          <ServiceItemDialog
            item={editing === 'new' ? null : editing}
            onClose={() => (
              setEditing(null),
              setTimeout(() => box.current?.focus({ preventScroll: true }), FOCUS_AFTER_CLOSE_MS)
            )}
          />
        )}
      </Card>
    </div>
  )
}
