import { Button, Form, Input, Radio, Select, Space, type FormInstance } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { ID_TYPES } from '@shared/domain/person-fields'
import { validateCreditCode } from '@shared/domain/credit-code'
import { validateResidentId } from '@shared/domain/id-card'
import { validatePhone } from '@shared/domain/phone'
import type { MessageKey } from '@shared/messages'
import { reasonKey } from '@shared/kernel/i18n'
import { useI18n } from '../../lib/i18n'

/**
 * The fields of a person or company, checked as they are typed with the same rules the core
 * applies (GB 11643 ID check digit and birth date, GB 32100 credit code, phone format), so the
 * message sits beside the field before anything is sent. `prefix` nests them in a larger form.
 */
export function PersonFields({ form, prefix }: { form: FormInstance; prefix: string[] }) {
  const { t, core } = useI18n()
  const name = (field: string) => [...prefix, field]
  const kind = Form.useWatch(name('kind'), form) ?? 'person'
  const idType = Form.useWatch(name('idType'), form)
  const idNumber: string | undefined = Form.useWatch(name('idNumber'), form)
  const checkedId = idType === 'resident' && idNumber ? validateResidentId(idNumber) : null
  const rule = (check: (v: string) => MessageKey | null) => ({
    validator: (_: unknown, value: string | undefined) => {
      const problem = value ? check(value) : null
      return problem ? Promise.reject(new Error(core(problem))) : Promise.resolve()
    }
  })
  const required = [{ required: true, message: t('field.required') }]

  return (
    <>
      <Form.Item name={name('kind')} label={t('person.kind')} initialValue="person">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: t('person.kind.person') },
            { value: 'company', label: t('person.kind.company') }
          ]}
        />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
        <Form.Item
          name={name('name')}
          label={kind === 'company' ? t('person.companyName') : t('person.name')}
          rules={required}
        >
          <Input maxLength={60} data-testid="person-name" />
        </Form.Item>
        {kind === 'person' ? (
          <Form.Item name={name('gender')} label={t('person.gender')}>
            <Radio.Group
              options={[
                { value: 'male', label: t('gender.male') },
                { value: 'female', label: t('gender.female') }
              ]}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name={name('creditCode')}
            label={t('person.creditCode')}
            validateFirst
            rules={[
              rule((v) => {
                const r = validateCreditCode(v)
                return r.ok ? null : reasonKey('field.credit', r.reason)
              })
            ]}
          >
            <Input maxLength={18} style={{ textTransform: 'uppercase' }} data-testid="person-credit-code" />
          </Form.Item>
        )}
        {kind === 'person' && (
          <>
            <Form.Item name={name('idType')} label={t('person.idType')} initialValue="resident">
              <Select options={ID_TYPES.map((v) => ({ value: v, label: t(`idType.${v}`) }))} />
            </Form.Item>
            <Form.Item
              name={name('idNumber')}
              label={t('person.idNumber')}
              dependencies={[name('idType')]}
              extra={
                checkedId?.ok
                  ? t('person.birth', { date: checkedId.birthDate, gender: t(`gender.${checkedId.gender}`) })
                  : undefined
              }
              rules={[
                rule((v) => {
                  if (idType !== 'resident') return null
                  const r = validateResidentId(v)
                  return r.ok ? null : reasonKey('field.id', r.reason)
                })
              ]}
            >
              <Input maxLength={40} data-testid="person-id-number" />
            </Form.Item>
          </>
        )}
      </div>
      <Form.List name={name('phones')} initialValue={['']}>
        {(fields, { add, remove }) => (
          <Form.Item label={t('person.phones')} style={{ marginBottom: 8 }}>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item
                  {...field}
                  rules={[rule((v) => (validatePhone(v).ok ? null : 'field.phone.malformed'))]}
                  style={{ marginBottom: 8 }}
                >
                  <Input maxLength={20} style={{ width: 220 }} data-testid={`person-phone-${i}`} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
              </Space>
            ))}
            {fields.length < 4 && (
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')}>
                {t('person.addPhone')}
              </Button>
            )}
          </Form.Item>
        )}
      </Form.List>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
        <Form.Item name={name('emergencyName')} label={t('person.emergencyName')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name={name('emergencyPhone')}
          label={t('person.emergencyPhone')}
          rules={[rule((v) => (validatePhone(v).ok ? null : 'field.phone.malformed'))]}
        >
          <Input maxLength={20} />
        </Form.Item>
      </div>
      <Form.Item name={name('notes')} label={t('person.notes')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
    </>
  )
}

/** Form values → the contract's person input: empty phones dropped, empty texts kept empty. */
export function personPayload(values: Record<string, unknown>) {
  const phones = ((values.phones as string[] | undefined) ?? []).map((p) => p?.trim()).filter(Boolean)
  const kind = (values.kind as 'person' | 'company' | undefined) ?? 'person'
  return {
    kind,
    name: String(values.name ?? ''),
    gender: kind === 'person' ? ((values.gender as 'male' | 'female' | undefined) ?? null) : null,
    idType: kind === 'person' && values.idNumber ? ((values.idType as never) ?? 'resident') : null,
    idNumber: kind === 'person' ? String(values.idNumber ?? '') : '',
    creditCode: kind === 'company' ? String(values.creditCode ?? '').toUpperCase() : '',
    phones,
    emergencyName: String(values.emergencyName ?? ''),
    emergencyPhone: String(values.emergencyPhone ?? ''),
    notes: String(values.notes ?? '')
  }
}
