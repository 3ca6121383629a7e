import { useState } from 'react'
import { Alert, Button, Card, Checkbox, DatePicker, Space, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { FeeItemView } from '@shared/fees/fees'
import { formatFen } from '@shared/domain/money'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { MONTHLY_METHODS, priceWithUnit, rateOn } from './fee-labels'
import { now } from '@renderer/lib/clock'

type Outcome =
  | { kind: 'done'; period: string; created: number; skipped: number; totalFen: number }
  | { kind: 'failed'; message: string }

/** 生成账单: one month of the monthly items for every room they apply to; running it twice bills nothing twice. */
export function BillingCard({ items }: { items: FeeItemView[] }) {
  const { t } = useI18n()
  const [month, setMonth] = useState<Dayjs>(() => now().startOf('month'))
  const [unchecked, setUnchecked] = useState<number[]>([])
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const generate = useApiMutation(api.fees.generateBills, [api.fees.account])

  const period = month.format('YYYY-MM')
  const monthly = items.filter((i) => i.active && MONTHLY_METHODS.includes(i.method))
  const priced = monthly.map((item) => ({ item, rate: rateOn(item, `${period}-01`) }))
  const chosen = priced.filter((p) => p.rate && !unchecked.includes(p.item.id)).map((p) => p.item.id)

  async function run() {
    setOutcome(null)
    try {
      const result = await generate.mutateAsync({ period, itemIds: chosen })
      setOutcome({ kind: 'done', period, ...result })
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof ApiFailure ? error.message : String(error) })
    }
  }

  function toggle(id: number, checked: boolean) {
    setUnchecked((list) => (checked ? list.filter((x) => x !== id) : [...list, id]))
  }

  return (
    <Card title={t('feeSettings.billingTitle')} size="small" data-testid="billing-card">
      <Typography.Paragraph type="secondary">{t('feeSettings.billingIntro')}</Typography.Paragraph>
      {monthly.length === 0 ? (
        <Alert type="info" showIcon title={t('feeSettings.billingNoItems')} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap size={12}>
            <Typography.Text>{t('feeSettings.billingMonth')}</Typography.Text>
            <DatePicker
              picker="month"
              value={month}
              allowClear={false}
              onChange={(v) => {
                if (v) setMonth(v.startOf('month'))
                setOutcome(null)
              }}
              data-testid="billing-month"
            />
          </Space>
          <Space wrap size={[20, 8]} data-testid="billing-items">
            {priced.map(({ item, rate }) => (
              <Checkbox
                key={item.id}
                checked={!!rate && !unchecked.includes(item.id)}
                disabled={!rate}
                onChange={(e) => toggle(item.id, e.target.checked)}
              >
                {item.name}
                <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                  {rate ? priceWithUnit(t, item, rate.priceE4) : t('feeSettings.billingNoPrice')}
                </Typography.Text>
              </Checkbox>
            ))}
          </Space>
          <Space wrap>
            <Button
              type="primary"
              onClick={() => void run()}
              loading={generate.isPending}
              disabled={chosen.length === 0}
              data-testid="billing-run"
            >
              {t('feeSettings.generate')}
            </Button>
          </Space>
          {outcome?.kind === 'done' && (
            <Alert
              type="success"
              showIcon
              data-testid="billing-result"
              title={t('feeSettings.billingResult', {
                period: outcome.period,
                created: outcome.created,
                total: formatFen(outcome.totalFen),
                skipped: outcome.skipped
              })}
            />
          )}
          {outcome?.kind === 'failed' && (
            <Alert type="error" showIcon title={outcome.message} data-testid="billing-error" />
          )}
        </Space>
      )}
    </Card>
  )
}
