import { Alert, App, DatePicker, Form, Input, Modal, Typography, type FormInstance } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { METER_KINDS, type MeterKind } from '@shared/checkin/rules'
import { TRUSTEESHIP_START_MAX_DAYS_AHEAD, TRUSTEESHIP_START_METERS } from '@shared/checkin/trusteeship-rules'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation } from '../../../lib/api/hooks'
import { now } from '../../../lib/clock'
import { useI18n } from '../../../lib/i18n'
import { afterToday, trusteeshipRefresh, useMeterName } from './trusteeship-kit'

/**
 * 登记托管 from the household page: a home already in 托管 (the estate's older records) gets its
 * trusteeship with the agreement's date, the period and the start readings. The core holds the
 * rules (the bounds of the dates, water and electricity read); the form offers only what they allow.
 */

interface RegisterValues {
  signedOn: Dayjs
  period: [Dayjs, Dayjs | null]
  meter?: Partial<Record<MeterKind, string>>
  notes?: string
}

const DAY = 'YYYY-MM-DD'
const required = new Set<MeterKind>(TRUSTEESHIP_START_METERS)
const beyondStartBound = (date: Dayjs) => date.isAfter(now().add(TRUSTEESHIP_START_MAX_DAYS_AHEAD, 'day'), 'day')

/** The form's field for a field the core names; a reading is named by its place in the list sent, the form by its meter. */
type FieldName = ['signedOn'] | ['period'] | ['meter', MeterKind]

function formField(path: string, sent: readonly { kind: MeterKind }[]): FieldName | null {
  if (path === 'agreementSignedOn') return ['signedOn']
  if (path === 'startedOn' || path === 'plannedTo') return ['period']
  if (path === 'readings')
    return ['meter', TRUSTEESHIP_START_METERS.find((k) => !sent.some((r) => r.kind === k)) ?? 'water']
  const kind = sent[Number(/^readings\.(\d+)\./.exec(path)?.[1] ?? -1)]?.kind
  return kind ? ['meter', kind] : null
}

/** Puts a refusal beside the field it names (the core's names mapped to the form's); anything else in a message. */
function useRegisterFailure(form: FormInstance<RegisterValues>) {
  const { message } = App.useApp()
  return (error: unknown, sent: readonly { kind: MeterKind }[]) => {
    if (!(error instanceof ApiFailure)) return void message.error(String(error))
    const named = Object.entries(error.fields)
    const single = error.error.details?.field
    if (typeof single === 'string') named.push([single, error.message])
    const placed = named.flatMap(([path, text]) => {
      const name = formField(path, sent)
      return name ? [{ name, errors: [text] }] : []
    })
    if (placed.length > 0) form.setFields(placed)
    else message.error(error.message)
  }
}

export function RegisterDialog({
  roomId,
  roomCode,
  onClose
}: {
  roomId: number
  roomCode: string
  onClose: () => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<RegisterValues>()
  const register = useApiMutation(api.trusteeship.register, trusteeshipRefresh)
  const failed = useRegisterFailure(form)
  async function submit(values: RegisterValues) {
    const readings = METER_KINDS.flatMap((kind) => {
      const reading = values.meter?.[kind]?.trim() ?? ''
      return reading === '' ? [] : [{ kind, reading }]
    })
    try {
      await register.mutateAsync({
        roomId,
        agreementSignedOn: values.signedOn.format(DAY),
        startedOn: values.period[0].format(DAY),
        plannedTo: values.period[1] ? values.period[1].format(DAY) : null,
        readings,
        notes: values.notes?.trim() ?? ''
      })
      message.success(t('trusteeship.savedRegister', { room: roomCode }))
      onClose()
    } catch (error) {
      failed(error, readings)
    }
  }
  return (
    <Modal
      open
      title={t('trusteeship.registerTitle', { room: roomCode })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('trusteeship.action.register')}
      cancelText={t('common.cancel')}
      confirmLoading={register.isPending}
      destroyOnHidden
      data-testid="trusteeship-register-dialog"
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('trusteeship.registerIntro')} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ signedOn: now(), period: [now(), null] }}
      >
        <TermFields />
        <StartMeterFields />
        <Form.Item name="notes" label={t('checkin.notes')}>
          <Input maxLength={200} data-testid="trusteeship-register-notes" />
        </Form.Item>
        <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
      </Form>
    </Modal>
  )
}

/** The agreement's date (not after today) and the period (its start at most the bound ahead; the end may stay open). */
function TermFields() {
  const { t } = useI18n()
  const periodRule = {
    validator: (_: unknown, v?: RegisterValues['period']) =>
      v?.[0] ? Promise.resolve() : Promise.reject(new Error(t('field.required')))
  }
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', columnGap: 16 }}>
      <Form.Item
        name="signedOn"
        label={t('checkin.trusteeshipSignedOn')}
        rules={[{ required: true, message: t('field.required') }]}
      >
        <DatePicker disabledDate={afterToday} allowClear={false} data-testid="trusteeship-register-signed-on" />
      </Form.Item>
      <Form.Item name="period" label={t('checkin.trusteeshipPeriod')} rules={[periodRule]}>
        <DatePicker.RangePicker
          allowEmpty={[false, true]}
          disabledDate={(d, info) => info.from === undefined && beyondStartBound(d)}
          data-testid="trusteeship-register-period"
        />
      </Form.Item>
    </div>
  )
}

/** Water and electricity required (the limits are on them), gas optional. */
function StartMeterFields() {
  const { t } = useI18n()
  const meterName = useMeterName()
  return (
    <>
      <Typography.Paragraph type="secondary">{t('trusteeship.startMetersHint')}</Typography.Paragraph>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 16 }}>
        {METER_KINDS.map((kind, i) => (
          <Form.Item
            key={kind}
            name={['meter', kind]}
            label={t('trusteeship.readingOf', { meter: meterName(kind) })}
            rules={[
              { required: required.has(kind), whitespace: true, message: t('field.required') },
              { pattern: /^\s*\d{1,9}(\.\d{1,2})?\s*$/, message: t('field.invalid') }
            ]}
          >
            <Input
              autoFocus={i === 0}
              inputMode="decimal"
              maxLength={12}
              style={{ fontVariantNumeric: 'tabular-nums' }}
              data-testid={`trusteeship-register-${kind}`}
            />
          </Form.Item>
        ))}
      </div>
    </>
  )
}
