import { Card, Empty, Table, Tag } from 'antd'
import type { ReceivableView } from '@shared/fees/fees'
import { formatPrice } from '@shared/fees/periods'
import { formatFen } from '@shared/domain/money'
import { useI18n, type Translate } from '../../../lib/i18n'
import { stateTag } from '@renderer/lib/colors'

/** The categories whose quantity has a unit, for the quantity column ('120.35 ㎡', '12.30 吨'). */
const MEASURED = ['property', 'water', 'electricity', 'gas'] as const
const isMeasured = (category: string): category is (typeof MEASURED)[number] =>
  (MEASURED as readonly string[]).includes(category)

export function quantityText(t: Translate, r: { quantityCenti: number | null; category: string }): string {
  if (r.quantityCenti === null) return ''
  const unit = isMeasured(r.category) ? t(`feeSettings.qty.${r.category}`) : undefined
  if (!unit && r.quantityCenti % 100 === 0) return String(r.quantityCenti / 100)
  return `${(r.quantityCenti / 100).toFixed(2)}${unit ? ` ${unit}` : ''}`
}

export function UnpaidTable({
  rows,
  selected,
  onSelect
}: {
  rows: ReceivableView[]
  selected: number[]
  onSelect: (ids: number[]) => void
}) {
  const { t } = useI18n()
  return (
    <Card title={t('fees.unpaid')} size="small">
      <Table<ReceivableView>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fees.noUnpaid')} /> }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => onSelect(keys as number[]) }}
        rowClassName={(r) => (r.overdue ? 'fees-overdue' : '')}
        data-testid="unpaid"
        columns={[
          {
            title: t('fees.item'),
            dataIndex: 'itemName',
            render: (name: string, r) => (
              <span>
                {name}
                {r.percent !== 100 && <Tag style={{ marginLeft: 6 }}>{r.percent}%</Tag>}
              </span>
            )
          },
          {
            title: t('fees.period'),
            render: (_, r) =>
              r.period ?? (r.periodFrom === r.periodTo ? r.periodFrom : `${r.periodFrom} ~ ${r.periodTo}`)
          },
          { title: t('fees.price'), align: 'right', render: (_, r) => formatPrice(r.priceE4) },
          { title: t('fees.quantity'), align: 'right', render: (_, r) => quantityText(t, r) },
          { title: t('fees.amount'), align: 'right', render: (_, r) => <b>{formatFen(r.amountFen)}</b> },
          {
            title: t('fees.dueOn'),
            render: (_, r) =>
              r.overdue ? (
                <Tag
                  color={stateTag.bad}
                  style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
                  data-testid="overdue-tag"
                >
                  {r.dueOn} {t('fees.overdue')}
                </Tag>
              ) : (
                r.dueOn
              )
          }
        ]}
      />
    </Card>
  )
}
