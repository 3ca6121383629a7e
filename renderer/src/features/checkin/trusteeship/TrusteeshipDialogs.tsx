import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd'
import { api } from '@shared/api'
import { PATROL_KINDS, type PatrolKind } from '@shared/checkin/trusteeship'
import type { Dayjs } from 'dayjs'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { now } from '../../../lib/clock'
import { useI18n } from '../../../lib/i18n'
import { MeterFields, metersOf, readingsOf, useMeterFailure, type MeterValues } from './meter-form'
import { afterToday, trusteeshipRefresh, type TrusteeshipAction } from './trusteeship-kit'

/** The three things the counter records on a trusteeship home: 抄表, 巡查登记, 结束托管. */

export interface TrusteeshipDialogProps {
  trusteeshipId: number
  roomCode: string
  onClose: () => void
}

const DAY = 'YYYY-MM-DD'
const EnterSubmits = () => <button type="submit" hidden tabIndex={-1} aria-hidden="true" />

/** 抄表 (check) or 结束托管 (end): the meters of the day, checked by the core against the start readings. */
function MeterDialog({ trusteeshipId, roomCode, onClose, ending }: TrusteeshipDialogProps & { ending: boolean }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<MeterValues>()
  const view = useApiQuery(api.trusteeship.get, { trusteeshipId }, { staleTime: 0 })
  const check = useApiMutation(api.trusteeship.reading, trusteeshipRefresh)
  const end = useApiMutation(api.trusteeship.end, trusteeshipRefresh)
  const failed = useMeterFailure(form, ending ? 'endedOn' : 'readOn')
  async function submit(values: MeterValues) {
    const readings = readingsOf(form, values, metersOf(view.data), t('trusteeship.readingsEmpty'))
    if (!readings) return
    const date = (values.date ?? now()).format(DAY)
    try {
      if (ending) await end.mutateAsync({ trusteeshipId, endedOn: date, readings, note: values.note?.trim() ?? '' })
      else await check.mutateAsync({ trusteeshipId, readOn: date, readings })
      message.success(t(ending ? 'trusteeship.savedEnd' : 'trusteeship.savedReading', { room: roomCode }))
      onClose()
    } catch (error) {
      failed(error, readings)
    }
  }
  return (
    <Modal
      open
      title={t(ending ? 'trusteeship.endTitle' : 'trusteeship.readingTitle', { room: roomCode })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t(ending ? 'trusteeship.action.end' : 'trusteeship.action.reading')}
      okButtonProps={{ danger: ending }}
      cancelText={t('common.cancel')}
      confirmLoading={check.isPending || end.isPending}
      destroyOnHidden
      data-testid={ending ? 'trusteeship-end-dialog' : 'trusteeship-reading-dialog'}
    >
      {ending && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('trusteeship.endIntro')} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ date: now() }}>
        <Form.Item
          name="date"
          label={t(ending ? 'trusteeship.endedOn' : 'trusteeship.readOn')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <DatePicker disabledDate={afterToday} allowClear={false} data-testid="trusteeship-date" />
        </Form.Item>
        <MeterFields view={view.data} autoFocus />
        {ending && (
          <Form.Item name="note" label={t('checkin.notes')}>
            <Input maxLength={200} data-testid="trusteeship-end-note" />
          </Form.Item>
        )}
        <EnterSubmits />
      </Form>
    </Modal>
  )
}

export const ReadingDialog = (props: TrusteeshipDialogProps) => <MeterDialog {...props} ending={false} />
export const EndDialog = (props: TrusteeshipDialogProps) => <MeterDialog {...props} ending />

interface PatrolValues {
  kind: PatrolKind
  date: Dayjs
  patrolledBy: string
  findings?: string
}

/** 巡查登记: weekly, or before / after heavy rain (those do not stand in for the weekly one). */
export function PatrolDialog({ trusteeshipId, roomCode, onClose }: TrusteeshipDialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<PatrolValues>()
  const patrol = useApiMutation(api.trusteeship.patrol, trusteeshipRefresh)
  async function submit(values: PatrolValues) {
    try {
      await patrol.mutateAsync({
        trusteeshipId,
        kind: values.kind,
        patrolledOn: values.date.format(DAY),
        patrolledBy: values.patrolledBy.trim(),
        findings: values.findings?.trim() ?? ''
      })
      message.success(t('trusteeship.savedPatrol', { room: roomCode }))
      onClose()
    } catch (error) {
      // The core names the date as patrolledOn; the form calls it date.
      if (error instanceof ApiFailure && error.fields.patrolledOn)
        form.setFields([{ name: 'date', errors: [error.fields.patrolledOn] }])
      else if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      title={t('trusteeship.patrolTitle', { room: roomCode })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('trusteeship.action.patrol')}
      cancelText={t('common.cancel')}
      confirmLoading={patrol.isPending}
      destroyOnHidden
      data-testid="trusteeship-patrol-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ kind: 'weekly', date: now() }}
      >
        <Form.Item name="kind" label={t('trusteeship.patrolKind')}>
          <Radio.Group
            optionType="button"
            options={PATROL_KINDS.map((kind) => ({ value: kind, label: t(`trusteeship.patrol.${kind}`) }))}
            data-testid="trusteeship-patrol-kind"
          />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item
            name="date"
            label={t('trusteeship.patrolledOn')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <DatePicker disabledDate={afterToday} allowClear={false} data-testid="trusteeship-patrol-date" />
          </Form.Item>
          <Form.Item
            name="patrolledBy"
            label={t('trusteeship.patrolledBy')}
            rules={[{ required: true, whitespace: true, message: t('field.required') }]}
          >
            <Input autoFocus maxLength={30} data-testid="trusteeship-patrolled-by" />
          </Form.Item>
        </div>
        <Form.Item name="findings" label={t('trusteeship.findings')}>
          <Input.TextArea
            rows={3}
            maxLength={300}
            placeholder={t('trusteeship.findingsPlaceholder')}
            data-testid="trusteeship-findings"
          />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </Modal>
  )
}

/** The open dialog of a list or card: which action, on which trusteeship. */
export function ActionDialog({ action, ...props }: TrusteeshipDialogProps & { action: TrusteeshipAction }) {
  if (action === 'reading') return <ReadingDialog {...props} />
  if (action === 'patrol') return <PatrolDialog {...props} />
  return <EndDialog {...props} />
}
