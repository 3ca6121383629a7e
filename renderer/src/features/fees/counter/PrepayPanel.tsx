import { Button, Card, Empty, Input, Space, Table, Typography } from 'antd'
import type { RoomAccount } from '@shared/fees/fees'
import { formatFen } from '@shared/domain/money'
import { useI18n } from '../../../lib/i18n'
import { parseMonths } from './money'
import { colors } from '@renderer/lib/colors'

/** The most months one payment may prepay (the core's limit). */
export const MAX_PREPAY_MONTHS = 36

/** Months per item from what was typed; items whose text is not a whole number of months are in `invalid`. */
export function prepayMonths(texts: Record<number, string>): { months: Record<number, number>; invalid: number[] } {
  const months: Record<number, number> = {}
  const invalid: number[] = []
  for (const [id, text] of Object.entries(texts)) {
    const parsed = parseMonths(text, MAX_PREPAY_MONTHS)
    if (parsed.ok) months[Number(id)] = parsed.months
    else invalid.push(Number(id))
  }
  return { months, invalid }
}

interface Props {
  items: RoomAccount['prepayable']
  /** What the clerk typed per item: kept as text so that '1.5' is refused, never computed with. */
  texts: Record<number, string>
  onChange: (texts: Record<number, string>) => void
  /** The page opens with the first item's months focused: the clerk's next keystrokes are a number. */
  focusFirst?: boolean
  /** Enter in a months field: on to the next step (实收现金). */
  onEnter?: () => void
}

/** 预交: N months of a monthly item from the first month not yet billed; 3/6/12 with one click. */
export function PrepayPanel({ items, texts, onChange, focusFirst, onEnter }: Props) {
  const { t } = useI18n()
  const set = (itemId: number, text: string) => onChange({ ...texts, [itemId]: text })
  const { months, invalid } = prepayMonths(texts)
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
            {
              render: (_, p) => (
                <div>
                  <b>{p.name}</b>
                  <br />
                  <Typography.Text type="secondary">
                    {t('fees.prepayHint', { period: p.nextPeriod, monthly: formatFen(p.monthlyFen) })}
                  </Typography.Text>
                </div>
              )
            },
            {
              width: 330,
              render: (_, p) => (
                <div>
                  <Space>
                    <Input
                      autoFocus={focusFirst && p === items[0]}
                      onFocus={(e) => e.target.select()}
                      inputMode="numeric"
                      maxLength={4}
                      value={texts[p.itemId] ?? ''}
                      placeholder="0"
                      onChange={(e) => set(p.itemId, e.target.value)}
                      onPressEnter={() => !invalid.includes(p.itemId) && onEnter?.()}
                      status={invalid.includes(p.itemId) ? 'error' : undefined}
                      suffix={t('fees.monthsShort')}
                      aria-label={t('fees.prepayMonths', { item: p.name })}
                      style={{ width: 100 }}
                      data-testid={`prepay-${p.itemId}`}
                    />
                    {[3, 6, 12].map((n) => (
                      <Button key={n} size="small" onClick={() => set(p.itemId, String(n))}>
                        {t('fees.months', { n })}
                      </Button>
                    ))}
                  </Space>
                  {invalid.includes(p.itemId) && (
                    <div
                      role="alert"
                      style={{ color: colors.owed, marginTop: 4 }}
                      data-testid={`prepay-error-${p.itemId}`}
                    >
                      {t('fees.monthsInvalid', { max: MAX_PREPAY_MONTHS })}
                    </div>
                  )}
                </div>
              )
            },
            {
              width: 110,
              align: 'right',
              render: (_, p) =>
                (months[p.itemId] ?? 0) > 0 ? <b>¥{formatFen(p.monthlyFen * months[p.itemId]!)}</b> : null
            }
          ]}
        />
      )}
    </Card>
  )
}
