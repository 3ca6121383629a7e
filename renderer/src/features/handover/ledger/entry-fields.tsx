import type { RefObject } from 'react'
import { Button, DatePicker, Form, Input, Select, Segmented, Space, Switch, type InputRef } from 'antd'
import { LEDGER_CATEGORIES, LEDGER_CHANNELS } from '@shared/handover/ledger-types'
import type { HandoverSettings } from '@shared/handover/settings'
import { useI18n } from '../../../lib/i18n'
import { CHANNEL_KEYS, KeyHint } from './ledger-labels'
import type { FoundRoom } from './use-room-lookup'

/** The fast form's parts: how it came in, who and where, and the promise or the answer given. */

export function HowFields() {
  const { t } = useI18n()
  return (
    <Space wrap size={[12, 0]} align="end">
      <Form.Item name="channel" label={t('ledgerScreen.form.channel')}>
        <Segmented
          data-testid="ledger-form-channel"
          options={LEDGER_CHANNELS.map((c, i) => ({
            value: c,
            label: (
              <span title={CHANNEL_KEYS[c]}>
                {t(`ledger.channel.${c}`)}
                <sup>{i + 1}</sup>
              </span>
            )
          }))}
        />
      </Form.Item>
      <Form.Item name="category" label={t('ledgerScreen.form.category')}>
        <Segmented
          data-testid="ledger-form-category"
          options={LEDGER_CATEGORIES.map((c) => ({ value: c, label: t(`ledger.category.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="at" label={t('ledgerScreen.form.at')}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="MM-DD HH:mm"
          placeholder={t('ledgerScreen.form.atNow')}
          data-testid="ledger-form-at"
        />
      </Form.Item>
    </Space>
  )
}

export function WhoFields({
  first,
  room,
  find,
  settings
}: {
  first: RefObject<InputRef | null>
  room: FoundRoom | null
  find: (q: string) => Promise<unknown>
  settings: HandoverSettings | undefined
}) {
  const { t } = useI18n()
  return (
    <>
      <Space wrap size={[12, 0]} align="start">
        <Form.Item name="callerName" label={t('ledgerScreen.form.callerName')}>
          <Input ref={first} maxLength={30} style={{ width: 140 }} data-testid="ledger-form-caller" />
        </Form.Item>
        <Form.Item name="callerPhone" label={t('ledgerScreen.form.callerPhone')}>
          <Input maxLength={20} style={{ width: 150 }} data-testid="ledger-form-phone" />
        </Form.Item>
        <Form.Item
          name="room"
          label={t('ledgerScreen.form.room')}
          extra={
            room && (
              <span data-testid="ledger-form-room-found">{t('ledgerScreen.form.roomFound', { room: room.code })}</span>
            )
          }
        >
          <Input
            style={{ width: 180 }}
            placeholder={t('ledgerScreen.form.roomPlaceholder')}
            onBlur={(e) => void find(e.target.value)}
            onPressEnter={(e) => (e.preventDefault(), void find(e.currentTarget.value))}
            data-testid="ledger-form-room"
          />
        </Form.Item>
        <Form.Item name="department" label={t('ledgerScreen.form.department')}>
          <Select
            allowClear
            style={{ width: 130 }}
            options={(settings?.departments ?? []).map((d) => ({ value: d, label: d }))}
            data-testid="ledger-form-department"
          />
        </Form.Item>
      </Space>
      <Form.Item
        name="content"
        label={t('ledgerScreen.form.content')}
        rules={[{ required: true, whitespace: true, message: t('field.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} data-testid="ledger-form-content" />
      </Form.Item>
    </>
  )
}

export function PromiseFields({
  promise,
  answerNow,
  answerHours,
  saving
}: {
  promise: boolean
  answerNow: boolean
  answerHours: number
  saving: boolean
}) {
  const { t } = useI18n()
  return (
    <Space wrap size={[16, 0]} align="start">
      <Form.Item name="promise" label={t('ledgerScreen.form.promise')} valuePropName="checked">
        <Switch disabled={answerNow} data-testid="ledger-form-promise" />
      </Form.Item>
      {promise && !answerNow && (
        <Form.Item
          name="promisedAt"
          label={t('ledgerScreen.form.promisedAt')}
          extra={t('ledgerScreen.form.promisedAtDefault', { hours: answerHours })}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="MM-DD HH:mm" data-testid="ledger-form-promised-at" />
        </Form.Item>
      )}
      <Form.Item name="answerNow" label={t('ledgerScreen.form.answerNow')} valuePropName="checked">
        <Switch data-testid="ledger-form-answer-now" />
      </Form.Item>
      {answerNow && (
        <Form.Item
          name="answer"
          label={t('ledgerScreen.form.answer')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={500}
            style={{ width: 360 }}
            data-testid="ledger-form-answer"
          />
        </Form.Item>
      )}
      <Form.Item label=" ">
        <Button type="primary" htmlType="submit" loading={saving} data-testid="ledger-form-save">
          {t('ledgerScreen.form.save')}
          <KeyHint keys="F9" />
        </Button>
      </Form.Item>
    </Space>
  )
}
