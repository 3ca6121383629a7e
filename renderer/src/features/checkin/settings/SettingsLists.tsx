import type { ReactNode } from 'react'
import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useI18n } from '../../../lib/i18n'

const required = (message: string) => [{ required: true, whitespace: true, message }]
const ROW_GAP = { marginBottom: 6 }

/** One editable list of the settings: a row per entry with its remove icon, and 添加 with a new row's defaults. */
function RowsList({
  name,
  newRow,
  row
}: {
  name: string
  newRow: Record<string, unknown>
  row: (index: number) => ReactNode
}) {
  const { t } = useI18n()
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
              {row(f.name)}
              <MinusCircleOutlined onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add(newRow)}>
            {t('checkin.settings.add')}
          </Button>
        </>
      )}
    </Form.List>
  )
}

/**
 * The entry's key and name, first in the agreements and the items. Called as a function, not
 * rendered as a component: Space lays out the fields of a fragment one by one, a component as one.
 */
function keyAndName(index: number, nameMax: number, t: ReturnType<typeof useI18n>['t']) {
  return (
    <>
      <Form.Item name={[index, 'key']} rules={required(t('field.required'))} style={ROW_GAP}>
        <Input style={{ width: 180 }} placeholder={t('checkin.settings.key')} />
      </Form.Item>
      <Form.Item name={[index, 'name']} rules={required(t('field.required'))} style={ROW_GAP}>
        <Input style={{ width: 200 }} maxLength={nameMax} placeholder={t('checkin.settings.name')} />
      </Form.Item>
    </>
  )
}

/** 协议: key, name, required, and the household file's checklist entry a signature marks. */
export function AgreementsList() {
  const { t } = useI18n()
  return (
    <RowsList
      name="agreements"
      newRow={{ required: true, typeKey: '' }}
      row={(index) => (
        <>
          {keyAndName(index, 40, t)}
          <Form.Item name={[index, 'typeKey']} style={ROW_GAP}>
            <Input style={{ width: 240 }} maxLength={40} placeholder={t('checkin.settings.typeKey')} />
          </Form.Item>
          <Form.Item name={[index, 'required']} valuePropName="checked" style={ROW_GAP}>
            <Checkbox>{t('checkin.required')}</Checkbox>
          </Form.Item>
        </>
      )}
    />
  )
}

/** 移交物品: key, name and the usual count. */
export function ItemsList() {
  const { t } = useI18n()
  return (
    <RowsList
      name="items"
      newRow={{ defaultCount: 1 }}
      row={(index) => (
        <>
          {keyAndName(index, 30, t)}
          <Form.Item name={[index, 'defaultCount']} style={ROW_GAP}>
            <InputNumber min={0} max={50} precision={0} addonAfter={t('checkin.settings.count')} />
          </Form.Item>
        </>
      )}
    />
  )
}

/** 验收项目: each area with its items (typed as tags). */
export function InspectionList() {
  const { t } = useI18n()
  return (
    <RowsList
      name="inspection"
      newRow={{ items: [] }}
      row={(index) => (
        <>
          <Form.Item name={[index, 'area']} rules={required(t('field.required'))} style={ROW_GAP}>
            <Input style={{ width: 110 }} maxLength={20} placeholder={t('checkin.settings.area')} />
          </Form.Item>
          <Form.Item name={[index, 'items']} style={ROW_GAP}>
            <Select
              mode="tags"
              open={false}
              tokenSeparators={[',', '，', ' ']}
              style={{ width: 520 }}
              placeholder={t('checkin.settings.areaItems')}
            />
          </Form.Item>
        </>
      )}
    />
  )
}
