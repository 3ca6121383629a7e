import { App, DatePicker, Form, Input, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { PaperView, RenovationView, WorkerView } from '@shared/permits/api'
import { useApiMutation } from '../../../../lib/api/hooks'
import { now } from '../../../../lib/clock'
import { useI18n } from '../../../../lib/i18n'
import { EnterSubmits, StepModal } from '../../../workorders/WorkOrderDialogs'
import { refresh } from '../renovation-labels'
import { useStepFailure } from '../use-step-failure'

/** The permit's current end: no pass may run past it. */
const permitEnd = (r: RenovationView) => r.permitValidTo ?? r.endsOn

/** 发证: a pass from today to the permit's end, or to an earlier date the clerk picks. */
export function IssuePassDialog({
  renovation: r,
  worker,
  onClose
}: {
  renovation: RenovationView
  worker: WorkerView
  onClose: () => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ validTo?: Dayjs | null }>()
  const issue = useApiMutation(api.renovations.issuePass, refresh)
  const failed = useStepFailure(form, ['validTo'])
  const end = permitEnd(r)
  const today = now().format('YYYY-MM-DD')
  async function submit(v: { validTo?: Dayjs | null }) {
    const validTo = v.validTo?.format('YYYY-MM-DD')
    try {
      const done = await issue.mutateAsync({
        workerId: worker.id,
        ...(validTo && validTo !== end ? { validTo } : {})
      })
      const pass = done.workers.find((w) => w.id === worker.id)?.passes[0]
      message.success(t('renovationParts.passIssued', { name: worker.name, number: pass?.number ?? '' }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${worker.name} ${t('renovationParts.issuePass')}`}
      okText={t('renovationParts.issuePass')}
      pending={issue.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-pass-dialog"
    >
      <Typography.Paragraph>{t('renovationParts.passIntro', { from: today, to: end })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ validTo: dayjs(end) }}>
        <Form.Item name="validTo" label={t('renovationParts.validTo')}>
          <DatePicker
            autoFocus
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') < today || d.format('YYYY-MM-DD') > end}
            data-testid="pass-valid-to"
          />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

export type PaperStep = 'returned' | 'lost' | 'revoked'

/** 收回 / 挂失 / 作废 of a permit edition or a pass, with a note (required to revoke: say why). */
export function PaperEventDialog({
  paper,
  holder,
  event,
  onClose
}: {
  paper: PaperView
  holder: string
  event: PaperStep
  onClose: () => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ note?: string }>()
  const record = useApiMutation(api.renovations.paperEvent, refresh)
  const failed = useStepFailure(form, ['note'])
  async function submit(v: { note?: string }) {
    try {
      await record.mutateAsync({ paperId: paper.id, event, note: v.note?.trim() ?? '' })
      message.success(t(`renovationParts.paperDone.${event}`, { number: paper.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${paper.number} ${t(`renovationParts.paperStep.${event}`)}`}
      okText={t(`renovationParts.paperStep.${event}`)}
      pending={record.isPending}
      form={form}
      onClose={onClose}
      testId={`renovation-paper-${event}-dialog`}
    >
      <Typography.Paragraph>
        {t('renovationParts.paperOf', { kind: t(`papers.kind.${paper.kind}`), holder })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="note"
          label={t(event === 'revoked' ? 'renovationParts.revokeReason' : 'renovationParts.note')}
          rules={event === 'revoked' ? [{ required: true, whitespace: true, message: t('field.required') }] : []}
        >
          <Input autoFocus maxLength={200} data-testid="paper-event-note" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}
