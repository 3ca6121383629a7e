import { Button, Card, Empty, InputNumber, Space, Table, Typography } from 'antd'
import type { RoomAccount } from '@shared/api/fees'
import { formatFen } from '@shared/domain/money'
import { useI18n } from '../../i18n'

/** 预交: N months of a monthly item from the first month not yet billed; 3/6/12 with one click. */
/** `focusFirst`: when nothing is owed, the clerk's next keystrokes are the number of months. */
export function PrepayPanel({ items, months, onChange, focusFirst }: { items: RoomAccount['prepayable']; months: Record<number, number>; onChange: (m: Record<number, number>) => void; focusFirst?: boolean }) {
  const { t } = useI18n()
  const set = (itemId: number, n: number | null) => onChange({ ...months, [itemId]: Math.max(0, Math.min(36, n ?? 0)) })
  return (
    <Card title={t('fees.prepay')} size="small">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table
          rowKey="itemId"
          size="small"
          pagination={false}
          showHeader={false}
          dataSource={items}
          columns={[
            { render: (_, p) => <div><b>{p.name}</b><br /><Typography.Text type="secondary">{t('fees.prepayHint', { period: p.nextPeriod, monthly: formatFen(p.monthlyFen) })}</Typography.Text></div> },
            {
              width: 330,
              render: (_, p) => (
                <Space>
                  <InputNumber autoFocus={focusFirst && p === items[0]} onFocus={(e) => e.target.select()} min={0} max={36} precision={0} value={months[p.itemId] ?? 0} onChange={(v) => set(p.itemId, v)} suffix={t('fees.monthsShort')} style={{ width: 100 }} data-testid={`prepay-${p.itemId}`} />
                  {[3, 6, 12].map((n) => (
                    <Button key={n} size="small" onClick={() => set(p.itemId, n)}>{t('fees.months', { n })}</Button>
                  ))}
                </Space>
              )
            },
            { width: 110, align: 'right', render: (_, p) => ((months[p.itemId] ?? 0) > 0 ? <b>¥{formatFen(p.monthlyFen * months[p.itemId]!)}</b> : null) }
          ]}
        />
      )}
    </Card>
  )
}
