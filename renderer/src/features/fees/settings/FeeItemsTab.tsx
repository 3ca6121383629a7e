import { useState } from 'react'
import { Alert, Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd'
import { ClockCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { FeeItemView } from '@shared/fees/fees'
import { ROOM_TYPES } from '@shared/domain/person-fields'
import { formatPrice } from '@shared/fees/periods'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { BillingCard } from './BillingCard'
import { FeeItemDialog } from './FeeItemDialog'
import { MONTHLY_METHODS, priceUnit } from './fee-labels'
import { PriceDialog } from './PriceDialog'
import { now } from '@renderer/lib/clock'
import { colors, stateTag } from '@renderer/lib/colors'

const NOWRAP = { whiteSpace: 'nowrap' } as const
/** Figures and buttons stay on one line; words may wrap (English labels are long), headers never. */
const oneLine = { onCell: () => ({ style: NOWRAP }), onHeaderCell: () => ({ style: NOWRAP }) }
const header = { onHeaderCell: () => ({ style: NOWRAP }) }

/** 设置 → 收费项目: the fee standards with their price history, and 生成账单. */
export function FeeItemsTab() {
  const { t, locale } = useI18n()
  const items = useApiQuery(api.fees.items, {})
  const [editing, setEditing] = useState<FeeItemView | 'new' | null>(null)
  const [pricingId, setPricingId] = useState<number | null>(null)
  const list = items.data ?? []
  const pricing = list.find((i) => i.id === pricingId)
  const today = now().format('YYYY-MM-DD')

  function price(item: FeeItemView) {
    if (item.priceE4 !== null) return `${formatPrice(item.priceE4)} ${priceUnit(t, item)}`
    // No price today, but one may start later.
    const next = item.rates.filter((r) => r.effectiveFrom > today).at(-1)
    if (next)
      return (
        <Typography.Text type="secondary">
          {t('feeSettings.futurePrice', {
            from: next.effectiveFrom,
            price: `${formatPrice(next.priceE4)} ${priceUnit(t, item)}`
          })}
        </Typography.Text>
      )
    return <Typography.Text type="warning">{t('feeSettings.noPrice')}</Typography.Text>
  }
  // Whole room types never break in the middle ('住宅、商\n铺'); the list wraps between them.
  const roomTypes = (item: FeeItemView) =>
    item.roomTypes.length === ROOM_TYPES.length
      ? t('feeSettings.allRoomTypes')
      : item.roomTypes.map((r, n) => (
          <span key={r} style={NOWRAP}>
            {n > 0 && (locale === 'en' ? ', ' : '、')}
            {t(`roomType.${r}`)}
          </span>
        ))
  // Category and method labels: one line in Chinese, wrapping between words in English.
  const words = locale === 'en' ? header : oneLine
  const upcoming = (item: FeeItemView) => item.priceE4 !== null && item.rates.some((r) => r.effectiveFrom > today)

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('feeSettings.tab')}
        size="small"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="fee-item-add">
            {t('feeSettings.add')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('feeSettings.itemsIntro')}</Typography.Paragraph>
        {items.error && <Alert type="error" showIcon title={items.error.message} style={{ marginBottom: 12 }} />}
        <Table<FeeItemView>
          rowKey="id"
          size="small"
          pagination={false}
          loading={items.isPending}
          dataSource={list}
          locale={{ emptyText: t('feeSettings.empty') }}
          data-testid="fee-items"
          onRow={(i) => ({ style: i.active ? undefined : { color: colors.textMuted } })}
          columns={[
            {
              title: t('feeSettings.col.name'),
              dataIndex: 'name',
              ...oneLine,
              render: (name: string) => (
                <Typography.Text strong style={{ color: 'inherit' }}>
                  {name}
                </Typography.Text>
              )
            },
            {
              title: t('feeSettings.col.category'),
              ...words,
              render: (_, i) => t(`feeSettings.category.${i.category}`)
            },
            // A metered item's meter shows in its price's unit (元/吨, 元/度).
            { title: t('feeSettings.col.method'), ...words, render: (_, i) => t(`feeSettings.method.${i.method}`) },
            { title: t('feeSettings.col.roomTypes'), ...header, render: (_, i) => roomTypes(i) },
            {
              title: t('feeSettings.col.dueDay'),
              ...oneLine,
              render: (_, i) =>
                MONTHLY_METHODS.includes(i.method) || i.method === 'metered'
                  ? t('feeSettings.dueDayValue', { day: i.dueDay })
                  : '—'
            },
            {
              title: t('feeSettings.col.trusteeship'),
              align: 'right',
              ...oneLine,
              render: (_, i) => (MONTHLY_METHODS.includes(i.method) ? `${i.trusteeshipPercent}%` : '—')
            },
            {
              title: t('feeSettings.col.price'),
              align: 'right',
              ...oneLine,
              render: (_, i) => (
                <Space size={6}>
                  {upcoming(i) && (
                    <Tooltip
                      title={`${t('feeSettings.rateFuture')}：${i.rates
                        .filter((r) => r.effectiveFrom > today)
                        .map((r) =>
                          t('feeSettings.futurePrice', { from: r.effectiveFrom, price: formatPrice(r.priceE4) })
                        )
                        .join('；')}`}
                    >
                      <ClockCircleOutlined
                        style={{ color: colors.upcoming }}
                        data-testid={`fee-item-upcoming-${i.id}`}
                      />
                    </Tooltip>
                  )}
                  {price(i)}
                </Space>
              )
            },
            {
              title: t('feeSettings.col.active'),
              ...oneLine,
              render: (_, i) =>
                i.active ? (
                  <Tag color={stateTag.good}>{t('feeSettings.active')}</Tag>
                ) : (
                  <Tag>{t('feeSettings.inactive')}</Tag>
                )
            },
            {
              title: t('feeSettings.col.actions'),
              ...oneLine,
              render: (_, i) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(i)} data-testid={`fee-item-edit-${i.id}`}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setPricingId(i.id)}
                    data-testid={`fee-item-price-${i.id}`}
                  >
                    {t('feeSettings.adjustPrice')}
                  </Button>
                </Space>
              )
            }
          ]}
        />
      </Card>
      <BillingCard items={list} />
      {editing && (
        <FeeItemDialog
          item={editing === 'new' ? null : editing}
          nextSortKey={Math.max(0, ...list.map((i) => i.sortKey)) + 10}
          onClose={() => setEditing(null)}
        />
      )}
      {pricing && <PriceDialog item={pricing} onClose={() => setPricingId(null)} />}
    </Space>
  )
}
