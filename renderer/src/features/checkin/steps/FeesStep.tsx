import { useState } from 'react'
import { Button, Checkbox, Descriptions, Input, Space, Table, Tag, Typography } from 'antd'
import { PayCircleOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import { localDateTime } from '@shared/kernel/calendar'
import type { CheckinView } from '@shared/checkin/api'
import { formatFen } from '@shared/domain/money'
import { useI18n } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { colors, stateTag } from '../../../lib/colors'
import type { StepProps } from '../StepPanel'
import { PayPanel } from './PayPanel'

type Receipt = CheckinView['receipts'][number]

/** The key that opens the payment here; F9 then confirms it, as at the fees counter. */
export const PAY_KEY = 'Alt+F'

/**
 * 收费: what the room owes at move-in, paid here through the fees capability; the receipts taken
 * during the check-in are then ticked (a new one is ticked by itself), or the step is skipped
 * with a reason (paid by transfer beforehand).
 */
export function FeesStep({ view, value, onChange }: StepProps<'fees'>) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [paying, setPaying] = useState(false)
  const [skipping, setSkipping] = useState(Boolean(value.skippedReason))
  useHotkeys({ [PAY_KEY]: () => setPaying(true) })
  const picked = new Set(value.receiptIds)
  const toggle = (id: number, on: boolean) =>
    onChange({ ...value, receiptIds: on ? [...value.receiptIds, id] : value.receiptIds.filter((r) => r !== id) })
  const f = view.fees
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions size="small" column={3} bordered data-testid="checkin-fees">
        {f.prepay.map((p) => (
          <Descriptions.Item key={`p${p.itemId}`} label={t('checkin.prepayLine', { name: p.name, months: p.months })}>
            ¥{formatFen(p.amountFen)}
          </Descriptions.Item>
        ))}
        {f.oneOff.map((o) => (
          <Descriptions.Item key={`o${o.itemId}`} label={o.name}>
            ¥{formatFen(o.amountFen)}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('checkin.unpaid')}>¥{formatFen(f.unpaidFen)}</Descriptions.Item>
        <Descriptions.Item label={t('checkin.feesTotal')}>
          <Typography.Text strong style={{ color: colors.total }} data-testid="checkin-fees-total">
            ¥{formatFen(f.totalFen)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {!paying && (
        <Button type="primary" icon={<PayCircleOutlined />} onClick={() => setPaying(true)} data-testid="checkin-pay">
          {t('checkin.pay')} <span style={{ opacity: 0.75 }}>{PAY_KEY}</span>
        </Button>
      )}
      {paying && (
        <PayPanel
          view={view}
          onIssued={(receipt) => {
            onChange({ ...value, receiptIds: [...new Set([...value.receiptIds, receipt.id])], skippedReason: '' })
            void queryClient.invalidateQueries({ queryKey: [api.checkin.get.name] })
          }}
        />
      )}
      <ReceiptsTable view={view} picked={picked} onToggle={toggle} />
      <Checkbox
        checked={skipping}
        onChange={(e) => {
          setSkipping(e.target.checked)
          if (!e.target.checked) onChange({ ...value, skippedReason: '' })
        }}
        data-testid="fees-skip"
      >
        {t('checkin.feesSkip')}
      </Checkbox>
      {skipping && (
        <Input
          maxLength={200}
          placeholder={t('checkin.feesSkipReason')}
          value={value.skippedReason ?? ''}
          onChange={(e) => onChange({ ...value, skippedReason: e.target.value })}
          data-testid="fees-skip-reason"
        />
      )}
    </Space>
  )
}

/** The receipts taken for the room since the check-in started: ticked ones count for this step. */
function ReceiptsTable({
  view,
  picked,
  onToggle
}: {
  view: CheckinView
  picked: Set<number>
  onToggle: (id: number, on: boolean) => void
}) {
  const { t } = useI18n()
  return (
    <Table<Receipt>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={view.receipts}
      data-testid="checkin-receipts"
      locale={{ emptyText: t('checkin.noReceipts') }}
      columns={[
        {
          title: t('checkin.receiptPick'),
          width: 70,
          render: (_, r) => (
            <Checkbox
              checked={picked.has(r.id)}
              disabled={r.status === 'void'}
              onChange={(e) => onToggle(r.id, e.target.checked)}
              data-testid={`receipt-${r.code}`}
            />
          )
        },
        { title: t('checkin.receiptCode'), dataIndex: 'code' },
        { title: t('checkin.amount'), render: (_, r) => `¥${formatFen(r.totalFen)}` },
        { title: t('checkin.issuedAt'), render: (_, r) => localDateTime(r.issuedAt) },
        {
          title: '',
          render: (_, r) => r.status === 'void' && <Tag color={stateTag.bad}>{t('checkin.receiptVoid')}</Tag>
        }
      ]}
    />
  )
}
