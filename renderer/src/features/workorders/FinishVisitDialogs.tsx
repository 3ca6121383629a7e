import { App, DatePicker, Form, Input, Radio, Space, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { formatFen } from '@shared/domain/money'
import { categoryOf } from '@shared/workorders/repair-deadlines'
import { useApiMutation, useApiQuery } from '../../lib/api/hooks'
import { now } from '../../lib/clock'
import { useI18n } from '../../lib/i18n'
import { fenOfText, moneyRule } from './money-input'
import { EnterSubmits, refresh, StepModal, useFailure, type DialogProps } from './WorkOrderDialogs'
import { when } from './work-order-labels'

interface FinishValues {
  workDone: string
  materials?: string
  leakTestOn?: Dayjs
  parts?: string
  labour?: string
  signedBy: string
  note?: string
}

const typed = (fen: number | null) => (fen === null ? '' : formatFen(fen, { grouping: false }))

/**
 * 完工: what was done and with what, the leak test's date for a category whose follow-up counts
 * from it (渗漏水), the final fee of a paid order, and the resident who signed the work order.
 */
export function FinishDialog({ order, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<FinishValues>()
  const settings = useApiQuery(api.repairs.settings, {})
  const finish = useApiMutation(api.repairs.finish, refresh)
  const failed = useFailure(form)
  const leakTest = settings.data ? categoryOf(settings.data, order.category).followUpFrom === 'leakTest' : false
  const paid = order.charge === 'paid'
  async function submit(v: FinishValues) {
    try {
      await finish.mutateAsync({
        workOrderId: order.id,
        workDone: v.workDone.trim(),
        materials: v.materials?.trim() ?? '',
        ...(v.leakTestOn ? { leakTestOn: v.leakTestOn.format('YYYY-MM-DD') } : {}),
        ...(paid ? { partsFen: fenOfText(v.parts) ?? 0, labourFen: fenOfText(v.labour) ?? 0 } : {}),
        signedBy: v.signedBy.trim(),
        note: v.note?.trim() ?? ''
      })
      message.success(t('workOrders.done.finish', { number: order.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  const required = [{ required: true, whitespace: true, message: t('field.required') }]
  return (
    <StepModal
      title={`${order.number} ${t('workOrders.step.finish')}`}
      okText={t('workOrders.step.finish')}
      pending={finish.isPending}
      form={form}
      onClose={onClose}
      testId="workorder-finish-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ parts: typed(order.partsFen), labour: typed(order.labourFen), signedBy: order.reporter ?? '' }}
      >
        <Form.Item name="workDone" label={t('workOrders.workDone')} rules={required}>
          <Input autoFocus maxLength={300} data-testid="workorder-finish-work" />
        </Form.Item>
        <Form.Item name="materials" label={t('workOrders.materials')}>
          <Input maxLength={300} data-testid="workorder-finish-materials" />
        </Form.Item>
        {leakTest && (
          <Form.Item
            name="leakTestOn"
            label={t('workOrders.leakTestOn')}
            extra={t('workOrders.leakTestHint')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} data-testid="workorder-finish-leaktest" />
          </Form.Item>
        )}
        {paid && (
          <Space.Compact block style={{ gap: 12 }}>
            <Form.Item name="parts" label={t('workOrders.partsFee')} style={{ flex: 1 }} rules={[moneyRule(t)]}>
              <Input prefix="¥" data-testid="workorder-finish-parts" />
            </Form.Item>
            <Form.Item name="labour" label={t('workOrders.labourFee')} style={{ flex: 1 }} rules={[moneyRule(t)]}>
              <Input prefix="¥" data-testid="workorder-finish-labour" />
            </Form.Item>
          </Space.Compact>
        )}
        <Form.Item name="signedBy" label={t('workOrders.residentSigned')} rules={required}>
          <Input maxLength={30} data-testid="workorder-finish-signed" />
        </Form.Item>
        <Form.Item name="note" label={t('workOrders.note')}>
          <Input maxLength={300} data-testid="workorder-finish-note" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

interface VisitValues {
  method: 'phone' | 'visit'
  reached: 'yes' | 'no'
  result?: 'satisfied' | 'unsatisfied'
  comments?: string
  at?: Dayjs
}

/** How the visit was made, whether anyone answered, and (if so) whether they are satisfied. */
function VisitChoices({ reached }: { reached: boolean }) {
  const { t } = useI18n()
  return (
    <Space size={20} wrap>
      <Form.Item name="method" label={t('workOrders.visitMethod')}>
        <Radio.Group optionType="button" data-testid="workorder-visit-method">
          <Radio.Button value="phone">{t('workOrders.visitMethod.phone')}</Radio.Button>
          <Radio.Button value="visit">{t('workOrders.visitMethod.visit')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="reached" label={t('workOrders.reached')}>
        <Radio.Group optionType="button" data-testid="workorder-visit-reached">
          <Radio.Button value="yes">{t('workOrders.reached.yes')}</Radio.Button>
          <Radio.Button value="no">{t('workOrders.reached.no')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      {reached && (
        <Form.Item name="result" label={t('workOrders.visitResult')}>
          <Radio.Group optionType="button" data-testid="workorder-visit-result">
            <Radio.Button value="satisfied">{t('workOrders.visitResult.satisfied')}</Radio.Button>
            <Radio.Button value="unsatisfied">{t('workOrders.visitResult.unsatisfied')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
      )}
    </Space>
  )
}

/** 回访: by phone or in person; nobody home is noted with its time and the visit stays due; unsatisfied → 返工. */
export function VisitDialog({ order, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<VisitValues>()
  const reached = Form.useWatch('reached', form) !== 'no'
  const visit = useApiMutation(api.repairs.visit, refresh)
  const failed = useFailure(form)
  async function submit(v: VisitValues) {
    try {
      const done = await visit.mutateAsync({
        workOrderId: order.id,
        method: v.method,
        reached: v.reached === 'yes',
        ...(v.reached === 'yes' && v.result ? { result: v.result } : {}),
        comments: v.comments?.trim() ?? '',
        ...(v.at ? { at: v.at.format('YYYY-MM-DDTHH:mm') } : {})
      })
      const key =
        v.reached === 'no'
          ? 'workOrders.done.visitAttempt'
          : done.status === 'rework'
            ? 'workOrders.done.rework'
            : 'workOrders.done.visit'
      message.success(t(key, { number: order.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  const attempts = order.events.filter((e) => e.kind === 'visitAttempt')
  return (
    <StepModal
      title={`${order.number} ${t('workOrders.step.visit')}`}
      okText={t('workOrders.step.visit')}
      pending={visit.isPending}
      form={form}
      onClose={onClose}
      testId="workorder-visit-dialog"
    >
      {attempts.length > 0 && (
        <Typography.Paragraph type="secondary" data-testid="workorder-visit-attempts">
          {t('workOrders.attempts', { times: attempts.map((a) => when(a.at)).join('、') })}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ method: 'phone', reached: 'yes', result: 'satisfied', at: now().second(0).millisecond(0) }}
      >
        <VisitChoices reached={reached} />
        <Form.Item name="comments" label={t('workOrders.visitComments')}>
          <Input autoFocus maxLength={300} data-testid="workorder-visit-comments" />
        </Form.Item>
        <Form.Item name="at" label={t('workOrders.visitAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}
