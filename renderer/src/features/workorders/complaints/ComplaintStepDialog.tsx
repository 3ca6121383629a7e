import { App, Form, Input, Modal, Radio, Switch } from 'antd'
import { api } from '@shared/api'
import type { Procedure } from '@shared/kernel/procedure'
import { REPLY_CHANNELS, type ComplaintView } from '@shared/workorders/complaints-api'
import { VISIT_METHODS, VISIT_RESULTS } from '@shared/workorders/repairs-api'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n } from '../../../lib/i18n'
import { fenOfText, moneyRule } from '../money-input'
import { KeyHint } from '../work-order-labels'
import { ACTION_LABEL, type ComplaintAction } from './complaint-actions'

interface StepValues {
  to?: string
  note?: string
  plan?: string
  cost?: string
  answer?: string
  channel?: (typeof REPLY_CHANNELS)[number]
  result?: string
  invalid?: boolean
  reply?: string
  method?: (typeof VISIT_METHODS)[number]
  reached?: boolean
  visitResult?: (typeof VISIT_RESULTS)[number]
  comments?: string
}

const PROCEDURE: Record<ComplaintAction, Procedure> = {
  escalate: api.complaints.escalate,
  note: api.complaints.note,
  plan: api.complaints.plan,
  answer: api.complaints.answer,
  resolve: api.complaints.resolve,
  reply: api.complaints.reply,
  visit: api.complaints.visit
}

const refresh = [api.complaints.get, api.complaints.list, api.households.timeline]
const text = (v: string | undefined) => v?.trim() ?? ''

/** The contract's input of each step from the dialog's fields. */
function inputOf(action: ComplaintAction, complaintId: number, v: StepValues): Record<string, unknown> {
  switch (action) {
    case 'escalate':
      return { complaintId, to: text(v.to), note: text(v.note) }
    case 'note':
      return { complaintId, note: text(v.note) }
    case 'plan': {
      const costFen = fenOfText(v.cost)
      return { complaintId, plan: text(v.plan), ...(costFen !== undefined ? { costFen } : {}) }
    }
    case 'answer':
      return { complaintId, answer: text(v.answer), channel: v.channel }
    case 'resolve':
      return { complaintId, result: text(v.result), invalid: v.invalid ?? false, note: text(v.note) }
    case 'reply':
      return { complaintId, reply: text(v.reply), channel: v.channel }
    case 'visit':
      return {
        complaintId,
        method: v.method,
        reached: v.reached ?? true,
        ...(v.reached !== false && v.visitResult ? { result: v.visitResult } : {}),
        comments: text(v.comments)
      }
  }
}

/** Enter in a one-line field submits (the buttons sit in the modal's footer). */
const EnterSubmits = () => <button type="submit" hidden tabIndex={-1} aria-hidden="true" />

function ChannelField({ name = 'channel' }: { name?: string }) {
  const { t } = useI18n()
  return (
    <Form.Item name={name} label={t('complaints.replyChannel')}>
      <Radio.Group optionType="button" data-testid="complaint-step-channel">
        {REPLY_CHANNELS.map((c) => (
          <Radio.Button key={c} value={c}>
            {t(`complaints.replyChannel.${c}`)}
          </Radio.Button>
        ))}
      </Radio.Group>
    </Form.Item>
  )
}

/** The first field of a step (focused when it opens) with its label. */
function MainField({ action }: { action: ComplaintAction }) {
  const { t } = useI18n()
  const req = [{ required: true, whitespace: true, message: t('field.required') }]
  const spec: Partial<
    Record<ComplaintAction, { name: keyof StepValues; label: Parameters<typeof t>[0]; max: number }>
  > = {
    escalate: { name: 'to', label: 'complaints.toLabel', max: 30 },
    note: { name: 'note', label: 'complaints.noteLabel', max: 300 },
    plan: { name: 'plan', label: 'complaints.planLabel', max: 300 },
    answer: { name: 'answer', label: 'complaints.answerLabel', max: 300 },
    resolve: { name: 'result', label: 'complaints.resultLabel', max: 300 },
    reply: { name: 'reply', label: 'complaints.replyLabel', max: 300 }
  }
  const field = spec[action]
  if (!field) return null
  return (
    <Form.Item name={field.name} label={t(field.label)} rules={req}>
      <Input autoFocus maxLength={field.max} data-testid="complaint-step-main" />
    </Form.Item>
  )
}

function VisitFields() {
  const { t } = useI18n()
  const form = Form.useFormInstance<StepValues>()
  const reached = Form.useWatch('reached', form) !== false
  return (
    <>
      <Form.Item name="method" label={t('complaints.visitMethod')}>
        <Radio.Group optionType="button" data-testid="complaint-step-method">
          {VISIT_METHODS.map((m) => (
            <Radio.Button key={m} value={m}>
              {t(`complaints.visitMethod.${m}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="reached" label={t('complaints.reached')} valuePropName="checked">
        <Switch data-testid="complaint-step-reached" />
      </Form.Item>
      {reached && (
        <Form.Item name="visitResult" label={t('complaints.visitResult')}>
          <Radio.Group optionType="button" data-testid="complaint-step-result">
            {VISIT_RESULTS.map((r) => (
              <Radio.Button key={r} value={r}>
                {t(`complaints.visitResult.${r}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
      )}
      <Form.Item name="comments" label={t('complaints.comments')}>
        <Input autoFocus maxLength={300} data-testid="complaint-step-main" />
      </Form.Item>
    </>
  )
}

/** The fields after the main one: to whom a reply went, the plan's cost, the invalid switch, a note. */
function MoreFields({ action }: { action: ComplaintAction }) {
  const { t } = useI18n()
  if (action === 'answer' || action === 'reply') return <ChannelField />
  if (action === 'visit') return <VisitFields />
  if (action === 'plan')
    return (
      <Form.Item name="cost" label={t('complaints.costLabel')} rules={[moneyRule(t)]}>
        <Input prefix="¥" style={{ width: 200 }} data-testid="complaint-step-cost" />
      </Form.Item>
    )
  if (action === 'note') return null
  return (
    <>
      {action === 'resolve' && (
        <Form.Item name="invalid" label={t('complaints.invalid')} valuePropName="checked">
          <Switch data-testid="complaint-step-invalid" />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('complaints.noteLabel')}>
        <Input maxLength={300} data-testid="complaint-step-note" />
      </Form.Item>
    </>
  )
}

/** One step of a complaint in a dialog: Enter or F9 saves it, Escape leaves it. */
export function ComplaintStepDialog({
  complaint,
  action,
  onClose
}: {
  complaint: ComplaintView
  action: ComplaintAction
  onClose: () => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<StepValues>()
  const mutation = useApiMutation(PROCEDURE[action], refresh)
  async function submit(v: StepValues) {
    try {
      await mutation.mutateAsync(inputOf(action, complaint.id, v) as never)
      message.success(t('complaints.saved', { number: complaint.number }))
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  useHotkeys({ F9: () => form.submit() }, { scope: 'dialog' })
  const label = t(ACTION_LABEL[action])
  return (
    <Modal
      open
      title={t('complaints.dialogTitle', { step: label, number: complaint.number })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={
        <span>
          {label}
          <KeyHint keys="F9" />
        </span>
      }
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      okButtonProps={{ ...({ 'data-testid': 'complaint-step-ok' } as Record<string, string>) }}
      destroyOnHidden
      data-testid={`complaint-${action}-dialog`}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ channel: 'phone', method: 'phone', reached: true, visitResult: 'satisfied', invalid: false }}
      >
        <MainField action={action} />
        <MoreFields action={action} />
        <EnterSubmits />
      </Form>
    </Modal>
  )
}
