import { Button, Form, Input, Space, Switch } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useI18n } from '../../../lib/i18n'

/** 装修项目: key, name and whether the housing authority's approval is needed before a permit. */
export function WorksList() {
  const { t } = useI18n()
  return (
    <Form.List name="works">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" size={0} style={{ width: '100%' }} data-testid="permit-settings-works">
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap>
              <Form.Item
                style={{ marginBottom: 8 }}
                name={[field.name, 'key']}
                rules={[{ required: true, whitespace: true, message: t('field.required') }]}
              >
                <Input style={{ width: 130 }} placeholder={t('renovationScreen.settings.workKey')} />
              </Form.Item>
              <Form.Item
                style={{ marginBottom: 8 }}
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('field.required') }]}
              >
                <Input style={{ width: 220 }} maxLength={30} placeholder={t('renovationScreen.settings.workName')} />
              </Form.Item>
              <Form.Item style={{ marginBottom: 8 }} name={[field.name, 'needsApproval']} valuePropName="checked">
                <Switch
                  checkedChildren={t('renovationScreen.needsApproval')}
                  unCheckedChildren={t('renovationScreen.settings.noApproval')}
                />
              </Form.Item>
              <MinusCircleOutlined
                style={{ marginTop: 9 }}
                aria-label={t('renovationScreen.settings.remove')}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ key: '', name: '', needsApproval: false })}>
            {t('renovationScreen.settings.addWork')}
          </Button>
        </Space>
      )}
    </Form.List>
  )
}

/** A list of one-line texts (禁止事项, 验收项目), one input each. */
export function LinesList({ name, addLabel, testId }: { name: string; addLabel: string; testId: string }) {
  const { t } = useI18n()
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Space orientation="vertical" size={0} style={{ width: '100%' }} data-testid={testId}>
          {fields.map((field) => (
            <Space key={field.key} align="start" style={{ width: '100%' }}>
              <Form.Item
                style={{ marginBottom: 8, width: 560 }}
                name={field.name}
                rules={[{ required: true, whitespace: true, message: t('field.required') }]}
              >
                <Input maxLength={120} />
              </Form.Item>
              <MinusCircleOutlined
                style={{ marginTop: 9 }}
                aria-label={t('renovationScreen.settings.remove')}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add('')}>
            {addLabel}
          </Button>
        </Space>
      )}
    </Form.List>
  )
}
