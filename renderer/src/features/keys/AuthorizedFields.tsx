import { Button, Checkbox, DatePicker, Form, Input, Typography } from 'antd'
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import { KEY_PURPOSES, type KeyPurpose } from '@shared/keys/api'
import { validatePhone } from '@shared/domain/phone'
import { useI18n } from '../../lib/i18n'
import { ID_TAIL } from './key-labels'
import { now } from '@renderer/lib/clock'
import { colors } from '@renderer/lib/colors'

export interface AuthorizedRow {
  name: string
  phone: string
  idTail: string
  relation: string
  purposes: KeyPurpose[]
  valid: [Dayjs, Dayjs]
}

/** A fresh row: the deposit's purpose, valid from today for three months. */
export const newAuthorized = (purpose: KeyPurpose): Partial<AuthorizedRow> => ({
  purposes: [purpose],
  valid: [now(), now().add(3, 'month')]
})

export const authorizedPayload = (rows: AuthorizedRow[] | undefined) =>
  (rows ?? []).map((r) => ({
    name: r.name.trim(),
    phone: r.phone.trim(),
    idTail: r.idTail.trim(),
    relation: r.relation.trim(),
    purposes: r.purposes,
    validFrom: r.valid[0].format('YYYY-MM-DD'),
    validTo: r.valid[1].format('YYYY-MM-DD')
  }))

/** 授权名单: who may take the key, for what, from when to when; one card per person. */
export function AuthorizedFields({ purpose }: { purpose: KeyPurpose }) {
  const { t } = useI18n()
  const required = { required: true, message: t('field.required') }
  return (
    <Form.List name="authorized">
      {(fields, { add, remove }) => (
        <div data-testid="authorized-list">
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('keys.authorizedNone')}</Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <div
              key={field.key}
              style={{
                border: `1px solid ${colors.panelBorder}`,
                borderRadius: 6,
                padding: '10px 12px 0',
                marginBottom: 10,
                background: colors.panelBg
              }}
              data-testid={`authorized-${index}`}
            >
              <div
                style={{
                  display: 'grid',
                  gridTemplateColumns: '28px 1.1fr 1fr 1.3fr 0.9fr 32px',
                  columnGap: 10,
                  alignItems: 'start'
                }}
              >
                <div style={{ paddingTop: 6, color: colors.textSecondary, fontWeight: 600 }}>{index + 1}</div>
                <Form.Item name={[field.name, 'name']} rules={[required]} style={{ marginBottom: 10 }}>
                  <Input placeholder={t('keys.authName')} maxLength={30} data-testid="auth-name" />
                </Form.Item>
                <Form.Item name={[field.name, 'relation']} rules={[required]} style={{ marginBottom: 10 }}>
                  <Input placeholder={t('keys.relationPlaceholder')} maxLength={20} data-testid="auth-relation" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'phone']}
                  rules={[
                    required,
                    {
                      validator: (_, v: string) =>
                        !v || validatePhone(v).ok
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('keys.phoneInvalid')))
                    }
                  ]}
                  style={{ marginBottom: 10 }}
                >
                  <Input placeholder={t('keys.phone')} maxLength={40} data-testid="auth-phone" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'idTail']}
                  rules={[required, { pattern: ID_TAIL, message: t('keys.idTailInvalid') }]}
                  style={{ marginBottom: 10 }}
                >
                  <Input placeholder={t('keys.idTail')} maxLength={6} data-testid="auth-id-tail" />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('keys.removeAuthorized')}
                />
              </div>
              <div
                style={{
                  display: 'grid',
                  gridTemplateColumns: '28px 1fr 260px 32px',
                  columnGap: 10,
                  alignItems: 'start'
                }}
              >
                <div />
                <Form.Item
                  name={[field.name, 'purposes']}
                  rules={[{ required: true, type: 'array', min: 1, message: t('keys.purposesRequired') }]}
                  style={{ marginBottom: 10 }}
                >
                  <Checkbox.Group
                    options={KEY_PURPOSES.map((p) => ({ value: p, label: t(`keys.purpose.${p}`) }))}
                    data-testid="auth-purposes"
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'valid']} rules={[required]} style={{ marginBottom: 10 }}>
                  <DatePicker.RangePicker allowClear={false} style={{ width: '100%' }} data-testid="auth-valid" />
                </Form.Item>
              </div>
            </div>
          ))}
          <Button
            type="dashed"
            icon={<UserAddOutlined />}
            onClick={() => add(newAuthorized(purpose))}
            data-testid="add-authorized"
          >
            {t('keys.addAuthorized')}
          </Button>
        </div>
      )}
    </Form.List>
  )
}
