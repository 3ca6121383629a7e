import { App, Form, Input, List, Modal, Radio, Typography } from 'antd'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import { REMINDER_KINDS, type ArrearsRow, type ReminderKind } from '@shared/fees/arrears'
import { formatFen } from '@shared/domain/money'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'

export type RemindTarget = Pick<ArrearsRow, 'roomId' | 'roomCode' | 'overdueFen' | 'oldestDue' | 'ageMonths'>

interface Values {
  kind: ReminderKind
  outcome: string
  nextStep: string
}

/** What a reminder changes: the list, the summary, the letter's history, the household's timeline. */
export const REMIND_REFRESH = [
  api.arrears.list,
  api.arrears.callList,
  api.arrears.summary,
  api.arrears.reminders,
  api.arrears.demandLetter,
  api.households.timeline
]

/**
 * 记录催缴: how the owner was reminded (电话/短信/函件/上门/法律), what came of it and the next
 * step. The core stores it with the amount overdue at this moment and puts it on the timeline.
 */
export function RemindDialog({
  target,
  initial,
  onClose
}: {
  target: RemindTarget
  initial?: Partial<Values>
  onClose: (saved: boolean) => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const history = useApiQuery(api.arrears.reminders, { roomId: target.roomId })
  const remind = useApiMutation(api.arrears.remind, REMIND_REFRESH)

  async function submit(values: Values) {
    try {
      await remind.mutateAsync({
        roomId: target.roomId,
        kind: values.kind,
        outcome: values.outcome.trim(),
        nextStep: (values.nextStep ?? '').trim()
      })
      message.success(t('arrears.remind.saved'))
      onClose(true)
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const enter = () => form.submit()
  return (
    <Modal
      open
      title={t('arrears.remind.title', { room: target.roomCode })}
      onOk={enter}
      onCancel={() => onClose(false)}
      okText={t('arrears.remind.save')}
      cancelText={t('common.cancel')}
      confirmLoading={remind.isPending}
      destroyOnHidden
      width={600}
      data-testid="remind-dialog"
    >
      <Typography.Paragraph type="danger" style={{ fontSize: 15 }}>
        {t('arrears.remind.owes', {
          amount: formatFen(target.overdueFen),
          date: target.oldestDue,
          age: target.ageMonths
        })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ kind: 'phone', nextStep: '', ...initial }}
      >
        <Form.Item name="kind" label={t('arrears.remind.kind')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            data-testid="remind-kind"
            options={REMINDER_KINDS.map((k) => ({ value: k, label: t(`arrears.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="outcome"
          label={t('arrears.remind.outcome')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input
            autoFocus
            maxLength={200}
            placeholder={t('arrears.remind.outcomePlaceholder')}
            onPressEnter={enter}
            data-testid="remind-outcome"
          />
        </Form.Item>
        <Form.Item name="nextStep" label={t('arrears.remind.nextStep')}>
          <Input
            maxLength={200}
            placeholder={t('arrears.remind.nextStepPlaceholder')}
            onPressEnter={enter}
            data-testid="remind-next"
          />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('arrears.remind.history')}</Typography.Text>
      <List
        size="small"
        loading={history.isPending}
        locale={{ emptyText: t('arrears.remind.noHistory') }}
        dataSource={(history.data ?? []).slice(0, 5)}
        renderItem={(r) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }}>
            {dayjs(r.at).format('YYYY-MM-DD')} · {t(`arrears.kind.${r.kind}`)} · {r.outcome}
            {r.nextStep ? ` → ${r.nextStep}` : ''}
            <Typography.Text type="secondary"> · {r.staffName}</Typography.Text>
          </List.Item>
        )}
      />
    </Modal>
  )
}
