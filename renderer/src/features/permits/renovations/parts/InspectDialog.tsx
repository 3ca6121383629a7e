import { App, Checkbox, Form, Input, Spin, Typography } from 'antd'
import { api } from '@shared/api'
import type { RenovationView } from '@shared/permits/api'
import { useApiMutation, useApiQuery } from '../../../../lib/api/hooks'
import { useI18n } from '../../../../lib/i18n'
import { EnterSubmits, StepModal } from '../../../workorders/WorkOrderDialogs'
import { refresh } from '../renovation-labels'
import { useStepFailure } from '../use-step-failure'

interface InspectValues {
  items: { ok: boolean; note?: string }[]
  inspector: string
  remarks?: string
}
const required = (message: string) => [{ required: true, whitespace: true, message }]

/** Each item of the checklist: ticked when ok, with a note beside it. */
function ChecklistItems({ items }: { items: readonly string[] }) {
  const { t } = useI18n()
  return (
    <Form.List name="items">
      {(fields) =>
        fields.map((field, i) => (
          <div
            key={field.key}
            style={{ display: 'grid', gridTemplateColumns: '1fr 200px', columnGap: 12, alignItems: 'baseline' }}
          >
            <Form.Item name={[field.name, 'ok']} valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox data-testid={`inspect-item-${i}`}>{items[i]}</Checkbox>
            </Form.Item>
            <Form.Item name={[field.name, 'note']} style={{ marginBottom: 8 }}>
              <Input
                size="small"
                maxLength={200}
                placeholder={t('renovationParts.note')}
                data-testid={`inspect-note-${i}`}
              />
            </Form.Item>
          </div>
        ))
      }
    </Form.List>
  )
}

/**
 * 验收 (F8): each item of the office's checklist ok or not, with a note; who inspected and remarks.
 * Every item ok with every paper back → 已验收; an item not ok is recorded and the works go on.
 */
export function InspectDialog({ renovation: r, onClose }: { renovation: RenovationView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<InspectValues>()
  const settings = useApiQuery(api.renovations.settings, {})
  const inspect = useApiMutation(api.renovations.inspect, refresh)
  const failed = useStepFailure(form, ['items', 'inspector', 'remarks'])
  async function submit(v: InspectValues) {
    // The item's text from the settings by position: the form holds only each one's tick and note.
    const items = (settings.data?.inspectionItems ?? []).map((item, i) => ({
      item,
      ok: v.items[i]?.ok ?? false,
      note: v.items[i]?.note?.trim() ?? ''
    }))
    try {
      const done = await inspect.mutateAsync({
        renovationId: r.id,
        items,
        inspector: v.inspector.trim(),
        remarks: v.remarks?.trim() ?? ''
      })
      const bad = items.filter((i) => !i.ok).map((i) => i.item)
      if (done.status === 'inspected') message.success(t('renovationParts.inspectPassed', { number: r.number }))
      else message.warning(t('renovationParts.inspectFailed', { items: bad.join('、') }), 6)
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  const items = settings.data?.inspectionItems
  return (
    <StepModal
      title={`${r.number} ${t('renovationParts.inspect')}`}
      okText={t('renovationParts.inspect')}
      pending={inspect.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-inspect-dialog"
    >
      {!items ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          initialValues={{ items: items.map(() => ({ ok: true, note: '' })) }}
        >
          <Typography.Paragraph type="secondary">{t('renovationParts.inspectIntro')}</Typography.Paragraph>
          <ChecklistItems items={items} />
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', columnGap: 16, marginTop: 8 }}>
            <Form.Item name="inspector" label={t('renovationParts.inspector')} rules={required(t('field.required'))}>
              <Input autoFocus maxLength={30} data-testid="inspect-inspector" />
            </Form.Item>
            <Form.Item name="remarks" label={t('renovationParts.remarks')}>
              <Input maxLength={300} data-testid="inspect-remarks" />
            </Form.Item>
          </div>
          <EnterSubmits />
        </Form>
      )}
    </StepModal>
  )
}
