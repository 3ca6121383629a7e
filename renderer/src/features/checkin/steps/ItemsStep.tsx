import { Button, Checkbox, Input, InputNumber, Space, Table } from 'antd'
import { CheckOutlined, PrinterOutlined } from '@ant-design/icons'
import { useI18n } from '../../../lib/i18n'
import { useCheckinPrints } from '../paper/use-checkin-prints'
import type { StepProps } from '../StepPanel'
import { PrintButton } from './PrintButton'

type Line = StepProps<'items'>['value']['items'][number]

/** 物品移交 (钥匙签收表): each key and paper with the count handed over, ticked when the owner has it. */
export function ItemsStep({ view, value, onChange, saveDraft }: StepProps<'items'>) {
  const { t } = useI18n()
  const prints = useCheckinPrints()
  const names = new Map(view.settings.items.map((i) => [i.key, i.name]))
  const set = (key: string, change: Partial<Line>) =>
    onChange({ ...value, items: value.items.map((i) => (i.key === key ? { ...i, ...change } : i)) })
  const allReceived = value.items.every((i) => i.received)
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Table<Line>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={value.items}
        data-testid="checkin-items"
        columns={[
          { title: t('checkin.itemName'), render: (_, i) => names.get(i.key) ?? i.key },
          {
            title: t('checkin.itemCount'),
            width: 120,
            render: (_, i) => (
              <InputNumber
                size="small"
                min={0}
                max={50}
                precision={0}
                value={i.count}
                onChange={(n) => set(i.key, { count: n ?? 0 })}
                data-testid={`item-count-${i.key}`}
              />
            )
          },
          {
            title: t('checkin.itemReceived'),
            width: 120,
            render: (_, i) => (
              <Checkbox
                checked={i.received}
                onChange={(e) => set(i.key, { received: e.target.checked })}
                data-testid={`item-received-${i.key}`}
              />
            )
          }
        ]}
      />
      <Space wrap>
        <Button
          icon={<CheckOutlined />}
          onClick={() => onChange({ ...value, items: value.items.map((i) => ({ ...i, received: !allReceived })) })}
          data-testid="items-all-received"
        >
          {allReceived ? t('checkin.itemsNoneReceived') : t('checkin.itemsAllReceived')}
        </Button>
        <PrintButton
          icon={<PrinterOutlined />}
          label={t('checkin.printKeySignOff')}
          print={async () => {
            if (await saveDraft()) await prints.printKeySignOff(view.id)
          }}
          testId="checkin-print-keys"
        />
      </Space>
      <Input
        maxLength={200}
        placeholder={t('checkin.notes')}
        value={value.notes ?? ''}
        onChange={(e) => onChange({ ...value, notes: e.target.value })}
      />
    </Space>
  )
}
