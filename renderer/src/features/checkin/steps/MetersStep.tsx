import { Checkbox, Input, Space, Table, Tag } from 'antd'
import { METER_KINDS, type MeterKind } from '@shared/checkin/rules'
import { useI18n } from '../../../lib/i18n'
import { stateTag } from '../../../lib/colors'
import type { StepProps } from '../StepPanel'

type Reading = StepProps<'meters'>['value']['readings'][number]

/**
 * 水电气底数: meter number and reading of each meter (two decimals), read together with the owner.
 * A meter left blank is not recorded; the core names a required one that is missing.
 */
export function MetersStep({ view, value, onChange }: StepProps<'meters'>) {
  const { t } = useI18n()
  const required = new Set<MeterKind>(view.settings.requiredMeters)
  const byKind = new Map(value.readings.map((r) => [r.kind, r]))
  const rows = METER_KINDS.map((kind) => byKind.get(kind) ?? { kind, meterNumber: '', reading: '' })
  const set = (kind: MeterKind, change: Partial<Reading>) =>
    onChange({ ...value, readings: rows.map((r) => (r.kind === kind ? { ...r, ...change } : r)) })
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Table<Reading>
        rowKey="kind"
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="checkin-meters"
        columns={[
          {
            title: t('checkin.meterKind'),
            width: 160,
            render: (_, r) => (
              <Space>
                {t(`trusteeship.meter.${r.kind}`)}
                {required.has(r.kind) && <Tag color={stateTag.attention}>{t('checkin.required')}</Tag>}
              </Space>
            )
          },
          {
            title: t('checkin.meterNumber'),
            render: (_, r) => (
              <Input
                maxLength={30}
                value={r.meterNumber ?? ''}
                onChange={(e) => set(r.kind, { meterNumber: e.target.value })}
                data-testid={`meter-${r.kind}-number`}
              />
            )
          },
          {
            title: t('checkin.meterReading'),
            width: 200,
            render: (_, r) => (
              <Input
                inputMode="decimal"
                maxLength={24}
                value={String(r.reading ?? '')}
                onChange={(e) => set(r.kind, { reading: e.target.value })}
                data-testid={`meter-${r.kind}-reading`}
              />
            )
          }
        ]}
      />
      <Checkbox
        checked={value.ownerConfirmed}
        onChange={(e) => onChange({ ...value, ownerConfirmed: e.target.checked })}
        data-testid="meters-confirmed"
      >
        {t('checkin.metersConfirmed')}
      </Checkbox>
    </Space>
  )
}
