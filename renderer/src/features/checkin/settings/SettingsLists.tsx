import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useI18n } from '../../../lib/i18n'

const required = (message: string) => [{ required: true, whitespace: true, message }]

/** 协议: key, name, required, and the household file's checklist entry a signature marks. */
export function AgreementsList() {
  const { t } = useI18n()
  return (
    <Form.List name="agreements">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item name={[f.name, 'key']} rules={required(t('field.required'))} style={{ marginBottom: 6 }}>
                <Input style={{ width: 180 }} placeholder={t('checkin.settings.key')} />
              </Form.Item>
              <Form.Item name={[f.name, 'name']} rules={required(t('field.required'))} style={{ marginBottom: 6 }}>
                <Input style={{ width: 200 }} maxLength={40} placeholder={t('checkin.settings.name')} />
              </Form.Item>
              <Form.Item name={[f.name, 'typeKey']} style={{ marginBottom: 6 }}>
                <Input style={{ width: 150 }} maxLength={40} placeholder={t('checkin.settings.typeKey')} />
              </Form.Item>
              <Form.Item name={[f.name, 'required']} valuePropName="checked" style={{ marginBottom: 6 }}>
                <Checkbox>{t('checkin.required')}</Checkbox>
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add({ required: true, typeKey: '' })}
          >
            {t('checkin.settings.add')}
          </Button>
        </>
      )}
    </Form.List>
  )
}

/** 移交物品: key, name and the usual count. */
export function ItemsList() {
  const { t } = useI18n()
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item name={[f.name, 'key']} rules={required(t('field.required'))} style={{ marginBottom: 6 }}>
                <Input style={{ width: 180 }} placeholder={t('checkin.settings.key')} />
              </Form.Item>
              <Form.Item name={[f.name, 'name']} rules={required(t('field.required'))} style={{ marginBottom: 6 }}>
                <Input style={{ width: 200 }} maxLength={30} placeholder={t('checkin.settings.name')} />
              </Form.Item>
              <Form.Item name={[f.name, 'defaultCount']} style={{ marginBottom: 6 }}>
                <InputNumber min={0} max={50} precision={0} addonAfter={t('checkin.settings.count')} />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ defaultCount: 1 })}>
            {t('checkin.settings.add')}
          </Button>
        </>
      )}
    </Form.List>
  )
}

/** 验收项目: each area with its items (typed as tags). */
export function InspectionList() {
  const { t } = useI18n()
  return (
    <Form.List name="inspection">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item name={[f.name, 'area']} rules={required(t('field.required'))} style={{ marginBottom: 6 }}>
                <Input style={{ width: 110 }} maxLength={20} placeholder={t('checkin.settings.area')} />
              </Form.Item>
              <Form.Item name={[f.name, 'items']} style={{ marginBottom: 6 }}>
                <Select
                  mode="tags"
                  open={false}
                  tokenSeparators={[',', '，', ' ']}
                  style={{ width: 520 }}
                  placeholder={t('checkin.settings.areaItems')}
                />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ items: [] })}>
            {t('checkin.settings.add')}
          </Button>
        </>
      )}
    </Form.List>
  )
}
