import { DatePicker, Form, Input, Radio, Select, Space, type FormInstance } from 'antd'
import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES } from '@shared/workorders/complaints-api'
import type { WorkOrderSettings } from '@shared/workorders/settings'
import { useI18n } from '../../../lib/i18n'
import type { NewComplaintValues } from './NewComplaintDialog'

const required = (message: string) => [{ required: true, whitespace: true, message }]

/** Who complains, how and from which room (optional: a visitor has none). */
function WhoFields({ onRoom }: { onRoom: (q: string) => void }) {
  const { t } = useI18n()
  return (
    <>
      <Form.Item name="channel" label={t('complaints.channel')}>
        <Radio.Group optionType="button" data-testid="complaint-new-channel">
          {COMPLAINT_CHANNELS.map((c) => (
            <Radio.Button key={c} value={c}>
              {t(`complaints.channel.${c}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Space.Compact block style={{ gap: 12 }}>
        <Form.Item
          name="customer"
          label={t('complaints.customer')}
          style={{ flex: 1 }}
          rules={required(t('field.required'))}
        >
          <Input autoFocus maxLength={30} data-testid="complaint-new-customer" />
        </Form.Item>
        <Form.Item name="contact" label={t('complaints.contact')} style={{ flex: 1 }}>
          <Input maxLength={20} data-testid="complaint-new-contact" />
        </Form.Item>
        <Form.Item name="roomId" label={t('complaints.room')} style={{ flex: 1 }}>
          <Input
            placeholder={t('complaints.roomPlaceholder')}
            onBlur={(e) => onRoom(e.target.value)}
            onPressEnter={(e) => (e.preventDefault(), onRoom(e.currentTarget.value))}
            data-testid="complaint-new-room"
          />
        </Form.Item>
      </Space.Compact>
    </>
  )
}

/** When and where it happened, who it is about and which department the slip goes to. */
function WhereFields({ settings }: { settings?: WorkOrderSettings }) {
  const { t } = useI18n()
  return (
    <Space.Compact block style={{ gap: 12 }}>
      <Form.Item name="occurredAt" label={t('complaints.occurredAt')} style={{ flex: 1 }}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          placeholder={t('complaints.occurredNow')}
          style={{ width: '100%' }}
          data-testid="complaint-new-occurred"
        />
      </Form.Item>
      <Form.Item name="place" label={t('complaints.place')} style={{ flex: 1 }}>
        <Input maxLength={60} data-testid="complaint-new-place" />
      </Form.Item>
      <Form.Item name="subject" label={t('complaints.subject')} style={{ flex: 1 }}>
        <Input maxLength={60} data-testid="complaint-new-subject" />
      </Form.Item>
      <Form.Item name="department" label={t('complaints.department')} style={{ flex: 1 }}>
        <Select
          allowClear
          options={(settings?.departments ?? []).map((d) => ({ value: d, label: d }))}
          data-testid="complaint-new-department"
        />
      </Form.Item>
    </Space.Compact>
  )
}

/** The form of 客户投诉登记表: the category and severity set the deadlines. */
export function ComplaintFields({
  form,
  settings,
  onRoom
}: {
  form: FormInstance<NewComplaintValues>
  settings?: WorkOrderSettings
  onRoom: (q: string) => void
}) {
  const { t } = useI18n()
  const minor = Form.useWatch('severity', form) === 'minor'
  return (
    <>
      <WhoFields onRoom={onRoom} />
      <WhereFields settings={settings} />
      <Form.Item name="description" label={t('complaints.description')} rules={required(t('field.required'))}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid="complaint-new-description" />
      </Form.Item>
      <Form.Item name="request" label={t('complaints.request')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} data-testid="complaint-new-request" />
      </Form.Item>
      <Space size={24} wrap align="start">
        <Form.Item
          name="category"
          label={t('complaints.category')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Select
            style={{ width: 160 }}
            showSearch={{ optionFilterProp: 'label' }}
            options={(settings?.complaintCategories ?? []).map((c) => ({ value: c.key, label: c.name }))}
            data-testid="complaint-new-category"
          />
        </Form.Item>
        <Form.Item name="severity" label={t('complaints.severity')}>
          <Radio.Group optionType="button" data-testid="complaint-new-severity">
            {COMPLAINT_SEVERITIES.map((s) => (
              <Radio.Button key={s} value={s}>
                {t(`complaints.severity.${s}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {minor && (
          <Form.Item
            name="customerDeadline"
            label={t('complaints.customerDeadline')}
            tooltip={t('complaints.customerDeadlineHint')}
          >
            <DatePicker style={{ width: 160 }} data-testid="complaint-new-deadline" />
          </Form.Item>
        )}
      </Space>
    </>
  )
}
