import { Checkbox, DatePicker, Space, Table, Tag } from 'antd'
import dayjs from 'dayjs'
import { useI18n } from '../../../lib/i18n'
import { now } from '../../../lib/clock'
import { stateTag } from '../../../lib/colors'
import type { StepProps } from '../StepPanel'

type Agreement = StepProps<'agreements'>['view']['settings']['agreements'][number]

/** 签署协议: each document of the settings' list, ticked when signed, on a date (today unless changed). */
export function AgreementsStep({ view, value, onChange }: StepProps<'agreements'>) {
  const { t } = useI18n()
  const signed = new Map(value.signed.map((s) => [s.key, s.signedOn]))
  const set = (key: string, on: string | null) =>
    onChange({
      signed: view.settings.agreements
        .map((a) => ({ key: a.key, signedOn: a.key === key ? on : (signed.get(a.key) ?? null) }))
        .filter((s): s is { key: string; signedOn: string } => s.signedOn !== null)
    })
  return (
    <Table<Agreement>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={view.settings.agreements}
      data-testid="checkin-agreements"
      columns={[
        {
          title: t('checkin.agreementSigned'),
          width: 360,
          render: (_, a) => (
            <Checkbox
              checked={signed.has(a.key)}
              onChange={(e) => set(a.key, e.target.checked ? now().format('YYYY-MM-DD') : null)}
              data-testid={`agreement-${a.key}`}
            >
              <Space>
                {a.name}
                {a.required && <Tag color={stateTag.attention}>{t('checkin.required')}</Tag>}
              </Space>
            </Checkbox>
          )
        },
        {
          title: t('checkin.signedOn'),
          render: (_, a) =>
            signed.has(a.key) && (
              <DatePicker
                size="small"
                allowClear={false}
                value={dayjs(signed.get(a.key))}
                onChange={(d) => d && set(a.key, d.format('YYYY-MM-DD'))}
              />
            )
        }
      ]}
    />
  )
}
