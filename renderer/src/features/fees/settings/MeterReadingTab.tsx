import { useState } from 'react'
import { Alert, Card, DatePicker, Form, Select, Space, Spin } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { formatPrice } from '@shared/fees/periods'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { priceUnit, rateOn } from './fee-labels'
import { ReadingSheet } from './ReadingSheet'
import { now } from '@renderer/lib/clock'

/**
 * 设置 → 抄表录入: a metered item, a building and unit, the reading date; then the unit's rooms
 * with their last readings, typed top to bottom with Enter, sent in one batch.
 */
export function MeterReadingTab() {
  const { t, core } = useI18n()
  const items = useApiQuery(api.fees.items, {})
  const buildings = useApiQuery(api.estate.buildings, {})
  const [itemId, setItemId] = useState<number | null>(null)
  const [buildingId, setBuildingId] = useState<number | null>(null)
  const [unitId, setUnitId] = useState<number | null>(null)
  const [readOn, setReadOn] = useState<Dayjs>(() => now().startOf('day'))

  if (items.isPending || buildings.isPending) return <Spin />
  const metered = (items.data ?? []).filter((i) => i.active && i.method === 'metered')
  if (metered.length === 0) return <Alert type="info" showIcon title={t('feeSettings.meterNoItems')} />

  const item = metered.find((i) => i.id === itemId) ?? metered[0]!
  const building = buildings.data?.find((b) => b.id === buildingId)
  const unit =
    building?.units.find((u) => u.id === unitId) ?? (building?.units.length === 1 ? building.units[0] : undefined)
  const date = readOn.format('YYYY-MM-DD')
  const rate = rateOn(item, date)

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label={t('feeSettings.meterItem')}>
            <Select
              style={{ width: 180 }}
              value={item.id}
              onChange={setItemId}
              options={metered.map((i) => ({ value: i.id, label: i.name }))}
              data-testid="meter-item"
            />
          </Form.Item>
          <Form.Item label={t('feeSettings.building')}>
            <Select
              style={{ width: 120 }}
              value={building?.id}
              placeholder={t('feeSettings.building')}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(v: number) => {
                setBuildingId(v)
                setUnitId(null)
              }}
              options={(buildings.data ?? []).map((b) => ({
                value: b.id,
                label: t('feeSettings.buildingValue', { building: b.code })
              }))}
              data-testid="meter-building"
            />
          </Form.Item>
          <Form.Item label={t('feeSettings.unit')}>
            <Select
              style={{ width: 110 }}
              value={unit?.id}
              placeholder={t('feeSettings.unit')}
              disabled={!building}
              onChange={setUnitId}
              options={(building?.units ?? []).map((u) => ({
                value: u.id,
                label: t('feeSettings.unitValue', { unit: u.code })
              }))}
              data-testid="meter-unit"
            />
          </Form.Item>
          <Form.Item label={t('feeSettings.readOn')}>
            <DatePicker
              value={readOn}
              allowClear={false}
              disabledDate={(d) => d.isAfter(now(), 'day')}
              onChange={(v) => v && setReadOn(v.startOf('day'))}
              style={{ width: 140 }}
              data-testid="meter-date"
            />
          </Form.Item>
        </Form>
        <div style={{ marginTop: 12 }}>
          {rate ? (
            <Alert
              type="info"
              showIcon
              title={t('feeSettings.meterPrice', {
                price: formatPrice(rate.priceE4),
                unit: priceUnit(t, item),
                from: rate.effectiveFrom
              })}
              data-testid="meter-price"
            />
          ) : (
            <Alert
              type="warning"
              showIcon
              title={core('error.NO_PRICE', { item: item.name, period: date.slice(0, 7) })}
              data-testid="meter-no-price"
            />
          )}
        </div>
      </Card>
      {building && unit ? (
        <ReadingSheet
          key={`${item.id}:${building.id}:${unit.id}`}
          item={item}
          buildingId={building.id}
          unitId={unit.id}
          readOn={date}
          priceE4={rate?.priceE4 ?? null}
        />
      ) : (
        <Alert type="info" showIcon title={t('feeSettings.pickUnit')} />
      )}
    </Space>
  )
}
