import type { ReactNode } from 'react'
import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Tag } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import type { RelationView } from '@shared/households/households'
import type { ConsentKind, ReleaseApplicant } from '@shared/permits/releases-api'
import { useI18n } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { KeyHint } from '../renovations/renovation-labels'
import type { UploadValue } from '../renovations/renovation-labels'
import { UploadField } from '../renovations/UploadField'

export interface NewReleaseValues {
  room: string
  applicantKind: ReleaseApplicant
  applicantPersonId?: number
  applicantName?: string
  applicantPhone?: string
  consentKind?: ConsentKind
  ownerName?: string
  calledAt?: Dayjs
  calledBy?: string
  consentNote?: string
  scan?: UploadValue
  items: { name: string; quantity: number }[]
  plate?: string
  validOn: Dayjs
  remarks?: string
}

/** Who may apply as what: owners (and co-owners) as 业主, a current tenant as 租户. */
const RELATIONS_OF: Record<'owner' | 'tenant', ReadonlySet<string>> = {
  owner: new Set(['owner', 'coowner']),
  tenant: new Set(['tenant'])
}

const required = (message: string) => [{ required: true, whitespace: true, message }]

/** 业主 / 租户 picked from the room's current relations; a company's representative typed. */
export function ApplicantFields({ kind, relations }: { kind: ReleaseApplicant; relations: RelationView[] }) {
  const { t } = useI18n()
  if (kind === 'company')
    return (
      <Space.Compact block style={{ gap: 12 }}>
        <Form.Item
          name="applicantName"
          label={t('gateScreen.representative')}
          style={{ flex: 1 }}
          rules={required(t('field.required'))}
        >
          <Input maxLength={30} data-testid="release-new-name" />
        </Form.Item>
        <Form.Item name="applicantPhone" label={t('gateScreen.phone')} style={{ flex: 1 }}>
          <Input maxLength={20} data-testid="release-new-phone" />
        </Form.Item>
      </Space.Compact>
    )
  const options = relations
    .filter((r) => RELATIONS_OF[kind].has(r.relation))
    .map((r) => ({
      value: r.person.id,
      label: (
        <Space size={6} data-testid={`release-applicant-${r.person.id}`}>
          <span>{r.person.name}</span>
          <Tag>{t(`relation.${r.relation}`)}</Tag>
        </Space>
      )
    }))
  return (
    <Form.Item
      name="applicantPersonId"
      label={t('gateScreen.applicant')}
      rules={[{ required: true, message: t(kind === 'tenant' ? 'gateScreen.noTenant' : 'gateScreen.noOwner') }]}
    >
      <Select
        options={options}
        notFoundContent={t(kind === 'tenant' ? 'gateScreen.noTenant' : 'gateScreen.noOwner')}
        data-testid="release-new-person"
      />
    </Form.Item>
  )
}

/** The owner's consent for a tenant's goods: a phone call (who answered, when, who called) or a signed note. */
export function ConsentFields({ consentKind }: { consentKind: ConsentKind | undefined }) {
  const { t } = useI18n()
  return (
    <fieldset data-testid="release-new-consent" style={{ border: 0, padding: 0, margin: 0 }}>
      <Form.Item
        name="consentKind"
        label={t('gateScreen.consent')}
        rules={[{ required: true, message: t('error.RELEASE_CONSENT_REQUIRED') }]}
      >
        <Radio.Group optionType="button" data-testid="release-new-consent-kind">
          <Radio.Button value="phone">{t('gateScreen.consent.phone')}</Radio.Button>
          <Radio.Button value="note">{t('gateScreen.consent.note')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      {consentKind && (
        <Space.Compact block style={{ gap: 12 }}>
          <Form.Item
            name="ownerName"
            label={t('gateScreen.ownerName')}
            style={{ flex: 1 }}
            rules={required(t('field.required'))}
          >
            <Input maxLength={30} data-testid="release-new-owner-name" />
          </Form.Item>
          {consentKind === 'phone' ? (
            <>
              <Form.Item
                name="calledAt"
                label={t('gateScreen.calledAt')}
                style={{ flex: 1 }}
                rules={[{ required: true, message: t('field.required') }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  allowClear={false}
                  data-testid="release-new-called-at"
                />
              </Form.Item>
              <Form.Item
                name="calledBy"
                label={t('gateScreen.calledBy')}
                style={{ flex: 1 }}
                rules={required(t('field.required'))}
              >
                <Input maxLength={30} data-testid="release-new-called-by" />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="scan" label={t('gateScreen.noteScan')} style={{ flex: 1 }}>
              <UploadField testId="release-new-scan" />
            </Form.Item>
          )}
        </Space.Compact>
      )}
      {consentKind && (
        <Form.Item name="consentNote" label={t('gateScreen.consentNote')}>
          <Input maxLength={200} data-testid="release-new-consent-note" />
        </Form.Item>
      )}
    </fieldset>
  )
}

/** The goods, one row each; Alt+A adds a row, Alt+D removes the last one. */
export function ItemRows() {
  const { t } = useI18n()
  return (
    <Form.List
      name="items"
      rules={[
        {
          validator: async (_, items?: unknown[]) => {
            if (!items || items.length === 0) throw new Error(t('gateScreen.itemsRequired'))
          }
        }
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <ItemList fields={fields} add={() => add({ name: '', quantity: 1 })} remove={remove} errors={errors} />
      )}
    </Form.List>
  )
}

function ItemList({
  fields,
  add,
  remove,
  errors
}: {
  fields: { key: number; name: number }[]
  add: () => void
  remove: (index: number) => void
  errors: ReactNode[]
}) {
  const { t } = useI18n()
  useHotkeys(
    { 'Alt+A': add, 'Alt+D': () => (fields.length > 1 ? remove(fields.length - 1) : false) },
    { scope: 'dialog' }
  )
  return (
    <div data-testid="release-new-items">
      {fields.map((field, index) => (
        <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
          <Form.Item name={[field.name, 'name']} rules={required(t('field.required'))} style={{ width: 320 }}>
            <Input
              maxLength={40}
              placeholder={t('gateScreen.itemName')}
              data-testid={`release-new-item-name-${index}`}
            />
          </Form.Item>
          <Form.Item name={[field.name, 'quantity']} rules={[{ required: true, message: t('field.required') }]}>
            <InputNumber min={1} max={9999} precision={0} prefix="×" data-testid={`release-new-item-qty-${index}`} />
          </Form.Item>
          <Button
            type="text"
            icon={<DeleteOutlined />}
            disabled={fields.length <= 1}
            onClick={() => remove(field.name)}
            aria-label={t('gateScreen.removeItem')}
          />
        </Space>
      ))}
      <Form.ErrorList errors={errors} />
      <Button icon={<PlusOutlined />} onClick={add} data-testid="release-new-item-add">
        {t('gateScreen.addItem')}
        <KeyHint keys="Alt+A" />
      </Button>
    </div>
  )
}
