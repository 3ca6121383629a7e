import { App, DatePicker, Form, Input, Radio, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { RenovationView, SignedDocument } from '@shared/permits/api'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { EnterSubmits, StepModal } from '../../workorders/WorkOrderDialogs'
import { refresh } from './renovation-labels'
import { useStepFailure } from './use-step-failure'

export type StepProps = { renovation: RenovationView; onClose: () => void }
const required = (message: string) => [{ required: true, whitespace: true, message }]

/** 审核方案: the plan checked against the estate rules by the named reviewer (工程部), passed or not. */
export function ReviewDialog({ renovation: r, onClose }: StepProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ result: 'pass' | 'fail'; reviewer: string; remarks?: string }>()
  const review = useApiMutation(api.renovations.review, refresh)
  const failed = useStepFailure(form, ['result', 'reviewer', 'remarks'])
  async function submit(v: { result: 'pass' | 'fail'; reviewer: string; remarks?: string }) {
    try {
      await review.mutateAsync({
        renovationId: r.id,
        result: v.result,
        reviewer: v.reviewer.trim(),
        remarks: v.remarks?.trim() ?? ''
      })
      message.success(t(`renovationScreen.done.review.${v.result}`, { number: r.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${r.number} ${t('renovationScreen.step.review')}`}
      okText={t('renovationScreen.step.review')}
      pending={review.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-review-dialog"
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ result: 'pass' }}>
        <Form.Item name="result" label={t('renovationScreen.reviewResult')}>
          <Radio.Group optionType="button" data-testid="renovation-review-result">
            <Radio.Button value="pass">{t('renovationScreen.review.pass')}</Radio.Button>
            <Radio.Button value="fail">{t('renovationScreen.review.fail')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reviewer" label={t('renovationScreen.reviewer')} rules={required(t('field.required'))}>
          <Input autoFocus maxLength={30} data-testid="renovation-review-reviewer" />
        </Form.Item>
        <Form.Item name="remarks" label={t('renovationScreen.remarks')}>
          <Input maxLength={300} data-testid="renovation-review-remarks" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

/** 签署: the agreement (业主) or the safety letter (施工单位) recorded as signed on paper, by whom. */
export function SignDialog({ renovation: r, onClose }: StepProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ document: SignedDocument; signedBy: string }>()
  const sign = useApiMutation(api.renovations.sign, refresh)
  const failed = useStepFailure(form, ['document', 'signedBy'])
  const document: SignedDocument | undefined = Form.useWatch('document', form)
  const first: SignedDocument = r.agreementSignedAt === null ? 'agreement' : 'safetyLetter'
  const signerOf = (d: SignedDocument) => (d === 'agreement' ? r.applicantName : r.contractor.leader)
  async function submit(v: { document: SignedDocument; signedBy: string }) {
    try {
      await sign.mutateAsync({ renovationId: r.id, document: v.document, signedBy: v.signedBy.trim() })
      message.success(
        t('renovationScreen.done.sign', { number: r.number, document: t(`renovationScreen.doc.${v.document}`) })
      )
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  const signed = (d: SignedDocument) => (d === 'agreement' ? r.agreementSignedAt : r.safetyLetterSignedAt) !== null
  return (
    <StepModal
      title={`${r.number} ${t('renovationScreen.step.sign')}`}
      okText={t('renovationScreen.step.sign')}
      pending={sign.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-sign-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ document: first, signedBy: signerOf(first) }}
      >
        <Form.Item name="document" label={t('renovationScreen.signDocument')}>
          <Radio.Group
            data-testid="renovation-sign-document"
            onChange={(e) => form.setFieldValue('signedBy', signerOf(e.target.value as SignedDocument))}
          >
            {(['agreement', 'safetyLetter'] as const).map((d) => (
              <Radio key={d} value={d} disabled={signed(d)} data-testid={`renovation-sign-${d}`}>
                {t(`renovationScreen.doc.${d}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="signedBy"
          label={t('renovationScreen.signedBy')}
          rules={required(t('field.required'))}
          extra={document && t(`renovationScreen.signerHint.${document}`)}
        >
          <Input autoFocus maxLength={30} data-testid="renovation-sign-by" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

/** 延期: a new edition of the permit valid to the new end (at most the settings' maximum from the start). */
export function ExtendDialog({ renovation: r, onClose }: StepProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ endsOn: Dayjs; reason: string }>()
  const extend = useApiMutation(api.renovations.extend, refresh)
  const failed = useStepFailure(form, ['endsOn', 'reason'])
  async function submit(v: { endsOn: Dayjs; reason: string }) {
    try {
      await extend.mutateAsync({ renovationId: r.id, endsOn: v.endsOn.format('YYYY-MM-DD'), reason: v.reason.trim() })
      message.success(t('renovationScreen.done.extend', { number: r.number, date: v.endsOn.format('YYYY-MM-DD') }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${r.number} ${t('renovationScreen.step.extend')}`}
      okText={t('renovationScreen.step.extend')}
      pending={extend.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-extend-dialog"
    >
      <Typography.Paragraph type="secondary">
        {t('renovationScreen.extendIntro', { from: r.startsOn, to: r.endsOn })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ endsOn: dayjs(r.endsOn).add(15, 'day') }}
      >
        <Form.Item
          name="endsOn"
          label={t('renovationScreen.newEnd')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <DatePicker
            allowClear={false}
            disabledDate={(d) => !d.isAfter(dayjs(r.endsOn), 'day')}
            data-testid="renovation-extend-end"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('renovationScreen.reason')} rules={required(t('field.required'))}>
          <Input autoFocus maxLength={200} data-testid="renovation-extend-reason" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

type TextStep = 'reissue' | 'suspend' | 'resume' | 'revoke' | 'cancel' | 'note'

/** The steps that ask one text: 补发, 停工, 复工, 吊销 and 撤销 (a reason), 备注 (the note). */
export function TextStepDialog({ renovation: r, step, onClose }: StepProps & { step: TextStep }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ text: string }>()
  const mutations = {
    reissue: useApiMutation(api.renovations.reissue, refresh),
    suspend: useApiMutation(api.renovations.suspend, refresh),
    resume: useApiMutation(api.renovations.resume, refresh),
    revoke: useApiMutation(api.renovations.revoke, refresh),
    cancel: useApiMutation(api.renovations.cancel, refresh),
    note: useApiMutation(api.renovations.note, refresh)
  }
  const failed = useStepFailure(form, ['text'], { reason: 'text', note: 'text' })
  const field = step === 'resume' || step === 'note' ? step : 'reason'
  async function submit(v: { text: string }) {
    const text = v.text.trim()
    const renovationId = r.id
    try {
      if (step === 'resume') await mutations.resume.mutateAsync({ renovationId, note: text })
      else if (step === 'note') await mutations.note.mutateAsync({ renovationId, text })
      else await mutations[step].mutateAsync({ renovationId, reason: text })
      message.success(t(`renovationScreen.done.${step}`, { number: r.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${r.number} ${t(`renovationScreen.step.${step}`)}`}
      okText={t(`renovationScreen.step.${step}`)}
      pending={mutations[step].isPending}
      form={form}
      onClose={onClose}
      testId={`renovation-${step}-dialog`}
    >
      {step !== 'note' && (
        <Typography.Paragraph type="secondary">{t(`renovationScreen.intro.${step}`)}</Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="text"
          label={t(field === 'reason' ? 'renovationScreen.reason' : 'renovationScreen.note')}
          rules={required(t('field.required'))}
        >
          <Input autoFocus maxLength={step === 'note' ? 300 : 200} data-testid={`renovation-${step}-text`} />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}
