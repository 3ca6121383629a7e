import { App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { ROOM_TYPES, type RoomType } from '@shared/domain/person-fields'
import { parseArea } from '@shared/domain/area'
import { reasonKey } from '@shared/kernel/i18n'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'

interface Values {
  building: string
  unitFrom: number
  unitTo: number
  floorFrom: number
  floorTo: number
  skip: string
  type: RoomType
  positions: { area: string }[]
}

const skipList = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isInteger)

/** 批量建立房屋: building 3, units 1–2, floors 1–33, rooms 01–04 with each position's area. */
export function BulkCreateCard() {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const values = Form.useWatch([], form)
  const create = useApiMutation(api.estate.bulkCreate, [api.estate.buildings, api.estate.rooms, api.search.global])

  const skips = skipList(values?.skip)
  const floors = values
    ? Math.max(
        0,
        values.floorTo - values.floorFrom + 1 - skips.filter((f) => f >= values.floorFrom && f <= values.floorTo).length
      )
    : 0
  const count = values ? floors * Math.max(0, values.unitTo - values.unitFrom + 1) * (values.positions?.length ?? 0) : 0
  const example = values?.building
    ? `${values.building.toUpperCase()}-${values.unitFrom}-${values.floorFrom * 100 + 1}`
    : ''

  async function submit(v: Values) {
    try {
      const result = await create.mutateAsync({
        building: v.building,
        units: { from: v.unitFrom, to: v.unitTo },
        floors: { from: v.floorFrom, to: v.floorTo },
        skipFloors: skipList(v.skip),
        positions: v.positions.map((p, i) => ({ position: i + 1, area: p.area })),
        type: v.type
      })
      message.success(t('estate.created', { building: result.building, count: result.created }))
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const areaRule = {
    validator: (_: unknown, v: string | undefined) => {
      const r = parseArea(v ?? '')
      return r.ok ? Promise.resolve() : Promise.reject(new Error(core(reasonKey('field.area', r.reason))))
    }
  }
  return (
    <Card title={t('estate.bulkTitle')} size="small">
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        data-testid="bulk-create"
        initialValues={{
          unitFrom: 1,
          unitTo: 2,
          floorFrom: 1,
          floorTo: 18,
          type: 'residence',
          positions: [{ area: '89.50' }, { area: '120.35' }]
        }}
      >
        <Space wrap align="start" size={16}>
          <Form.Item
            name="building"
            label={t('estate.building')}
            rules={[
              { required: true, message: t('field.required') },
              { pattern: /^[A-Za-z0-9]+$/, message: core('field.buildingCode') }
            ]}
          >
            <Input style={{ width: 100 }} maxLength={8} data-testid="bulk-building" />
          </Form.Item>
          <Form.Item label={t('estate.units')}>
            <Space>
              <Form.Item name="unitFrom" noStyle>
                <InputNumber min={1} max={20} style={{ width: 70 }} />
              </Form.Item>
              {t('estate.to')}
              <Form.Item name="unitTo" noStyle>
                <InputNumber min={1} max={20} style={{ width: 70 }} />
              </Form.Item>
            </Space>
          </Form.Item>
          <Form.Item label={t('estate.floors')}>
            <Space>
              <Form.Item name="floorFrom" noStyle>
                <InputNumber min={-5} max={99} style={{ width: 70 }} />
              </Form.Item>
              {t('estate.to')}
              <Form.Item name="floorTo" noStyle>
                <InputNumber min={-5} max={99} style={{ width: 70 }} />
              </Form.Item>
            </Space>
          </Form.Item>
          <Form.Item name="skip" label={t('estate.skipFloors')} extra={t('estate.skipFloorsHint')}>
            <Input style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="type" label={t('household.type')}>
            <Select style={{ width: 110 }} options={ROOM_TYPES.map((v) => ({ value: v, label: t(`roomType.${v}`) }))} />
          </Form.Item>
        </Space>
        <Form.List name="positions">
          {(fields, { add, remove }) => (
            <Form.Item label={t('estate.positions')}>
              <Space wrap>
                {fields.map((field, i) => (
                  <Space key={field.key} size={4} align="baseline">
                    <Form.Item {...field} name={[field.name, 'area']} rules={[areaRule]} style={{ marginBottom: 0 }}>
                      <Input
                        prefix={`${t('estate.position', { n: String(i + 1).padStart(2, '0') })}`}
                        suffix="㎡"
                        style={{ width: 190 }}
                      />
                    </Form.Item>
                    {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                  </Space>
                ))}
                {fields.length < 40 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ area: '' })}>
                    {t('estate.addPosition')}
                  </Button>
                )}
              </Space>
            </Form.Item>
          )}
        </Form.List>
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending}
            disabled={count === 0}
            data-testid="bulk-submit"
          >
            {t('estate.create')}
          </Button>
          {count > 0 && <Typography.Text type="secondary">{t('estate.preview', { count, example })}</Typography.Text>}
        </Space>
      </Form>
    </Card>
  )
}
