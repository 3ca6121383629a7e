import { Button, Form, InputNumber, Select, Space } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { KEY_KINDS } from '@shared/keys/api'
import { useI18n } from '../../lib/i18n'

/** The deposit form's `pieces` list: a kind and a count a row, one to ten rows. */
export function DepositPiecesList() {
  const { t } = useI18n()
  return (
    <Form.List name="pieces">
      {(fields, { add, remove }) => (
        <div style={{ marginTop: 8 }} data-testid="deposit-pieces">
          {fields.map((field) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 8 }}>
                <Select
                  style={{ width: 130 }}
                  options={KEY_KINDS.map((k) => ({ value: k, label: t(`keys.kind.${k}`) }))}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'count']}
                rules={[{ required: true, message: t('field.required') }]}
                style={{ marginBottom: 8 }}
              >
                <InputNumber
                  min={1}
                  max={20}
                  suffix={t('keys.pieceUnit')}
                  style={{ width: 110 }}
                  data-testid="piece-count"
                />
              </Form.Item>
              {fields.length > 1 && (
                <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('keys.removePiece')} />
              )}
            </Space>
          ))}
          {fields.length < 10 && (
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'unitDoor', count: 1 })}
              data-testid="add-piece"
            >
              {t('keys.addPiece')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  )
}
