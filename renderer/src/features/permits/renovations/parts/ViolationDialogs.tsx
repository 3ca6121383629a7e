import { App, DatePicker, Form, Input } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { RenovationView, ViolationView } from '@shared/permits/api'
import { useApiMutation } from '../../../../lib/api/hooks'
import { now } from '../../../../lib/clock'
import { useI18n } from '../../../../lib/i18n'
import { EnterSubmits, StepModal } from '../../../workorders/WorkOrderDialogs'
import { fenOfText, moneyRule } from '../../../workorders/money-input'
import { refresh, yuanText } from '../renovation-labels'
import { useStepFailure } from '../use-step-failure'

interface ViolationValues {
  foundAt: Dayjs
  foundBy: string
  what: string
  deduction?: string
  deductionReason?: string
}
const FIELDS = ['foundAt', 'foundBy', 'what', 'deduction', 'deductionReason'] as const
const required = (message: string) => [{ required: true, whitespace: true, message }]

/** 登记违规 (F9): what was found, when and by whom, and what is kept back from the deposit and why. */
export function ViolationDialog({ renovation: r, onClose }: { renovation: RenovationView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<ViolationValues>()
  const record = useApiMutation(api.renovations.violation, refresh)
  const failed = useStepFailure(form, FIELDS)
  const deduction: string | undefined = Form.useWatch('deduction', form)
  const deducting = (fenOfText(deduction) ?? 0) > 0
  async function submit(v: ViolationValues) {
    try {
      await record.mutateAsync({
        renovationId: r.id,
        foundAt: v.foundAt.second(0).millisecond(0).format(),
        foundBy: v.foundBy.trim(),
        what: v.what.trim(),
        deduction: v.deduction?.trim() || '0',
        deductionReason: v.deductionReason?.trim() ?? ''
      })
      message.success(t('renovationParts.violationRecorded', { number: r.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${r.number} ${t('renovationParts.recordViolation')}`}
      okText={t('renovationParts.recordViolation')}
      pending={record.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-violation-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ foundAt: now().second(0).millisecond(0) }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item
            name="foundAt"
            label={t('renovationParts.foundAt')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              data-testid="violation-found-at"
            />
          </Form.Item>
          <Form.Item name="foundBy" label={t('renovationParts.foundBy')} rules={required(t('field.required'))}>
            <Input autoFocus maxLength={30} data-testid="violation-found-by" />
          </Form.Item>
        </div>
        <Form.Item name="what" label={t('renovationParts.what')} rules={required(t('field.required'))}>
          <Input.TextArea rows={2} maxLength={300} data-testid="violation-what" />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', columnGap: 16 }}>
          <Form.Item name="deduction" label={t('renovationParts.deduction')} rules={[moneyRule(t)]}>
            <Input prefix="¥" maxLength={24} placeholder="0.00" data-testid="violation-deduction" />
          </Form.Item>
          <Form.Item
            name="deductionReason"
            label={t('renovationParts.deductionReason')}
            dependencies={['deduction']}
            rules={deducting ? required(t('field.required')) : []}
          >
            <Input maxLength={200} data-testid="violation-deduction-reason" />
          </Form.Item>
        </div>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

/** 整改: the violation put right, with what was done. */
export function RectifyDialog({ violation, onClose }: { violation: ViolationView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ note: string }>()
  const rectify = useApiMutation(api.renovations.rectify, refresh)
  const failed = useStepFailure(form, ['note'])
  async function submit(v: { note: string }) {
    try {
      await rectify.mutateAsync({ violationId: violation.id, note: v.note.trim() })
      message.success(t('renovationParts.rectified'))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={t('renovationParts.rectifyTitle', { what: violation.what.slice(0, 30) })}
      okText={t('renovationParts.rectify')}
      pending={rectify.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-rectify-dialog"
    >
      {violation.deductionFen > 0 && (
        <p>{t('renovationParts.rectifyKeepsDeduction', { amount: yuanText(violation.deductionFen) })}</p>
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="note" label={t('renovationParts.rectifyNote')} rules={required(t('field.required'))}>
          <Input autoFocus maxLength={200} data-testid="rectify-note" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}
