import { useRef } from 'react'
import { App, Card, Form, type InputRef } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { LEDGER_CHANNELS, type LedgerChannel } from '@shared/handover/ledger-types'
import type { LedgerCreateInput } from '@shared/handover/ledger-api'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n } from '../../../lib/i18n'
import { CHANNEL_KEYS, KeyHint } from './ledger-labels'
import { useRoomLookup } from './use-room-lookup'
import { HowFields, PromiseFields, WhoFields } from './entry-fields'

interface EntryValues {
  channel: LedgerChannel
  at?: Dayjs | null
  callerName?: string
  callerPhone?: string
  room?: string
  category: LedgerCreateInput['category']
  content: string
  department?: string
  promise: boolean
  promisedAt?: Dayjs | null
  answerNow: boolean
  answer?: string
}

const MOMENT = 'YYYY-MM-DDTHH:mm'
const INITIAL: Partial<EntryValues> = { channel: 'phone', category: 'consult', promise: false, answerNow: false }
export const LEDGER_REFRESH = [api.ledger.list, api.ledger.get, api.ledger.due, api.ledger.nightLog, api.ledger.figures]

function inputOf(v: EntryValues, roomId: number | undefined): LedgerCreateInput {
  return {
    channel: v.channel,
    ...(v.at ? { at: v.at.format(MOMENT) } : {}),
    callerName: v.callerName?.trim() ?? '',
    callerPhone: v.callerPhone?.trim() ?? '',
    ...(roomId !== undefined ? { roomId } : {}),
    category: v.category,
    content: v.content.trim(),
    department: v.department ?? '',
    promise: v.promise && !v.answerNow,
    ...(v.promise && !v.answerNow && v.promisedAt ? { promisedAt: v.promisedAt.format(MOMENT) } : {}),
    answer: v.answerNow ? (v.answer?.trim() ?? '') : ''
  }
}

/**
 * 快速登记: a call or visit written down while the person is still on the line. F2 comes here from
 * anywhere on the page, Alt+Shift+1…5 picks the channel, F9 logs it; the form clears for the next one.
 */
export function EntryForm({ onLogged }: { onLogged: (id: number) => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<EntryValues>()
  const first = useRef<InputRef>(null)
  const settings = useApiQuery(api.handover.settings, {})
  const create = useApiMutation(api.ledger.create, LEDGER_REFRESH)
  const { room, find, clear } = useRoomLookup(form)
  const promise = Form.useWatch('promise', form)
  const answerNow = Form.useWatch('answerNow', form)

  async function submit(v: EntryValues) {
    const found = v.room?.trim() ? await find(v.room) : null
    if (v.room?.trim() && !found) return
    try {
      const created = await create.mutateAsync(inputOf(v, found?.id))
      message.success(t('ledgerScreen.form.saved', { number: created.number }))
      form.resetFields()
      clear()
      // After the reset's render: the next caller is typed at once.
      setTimeout(() => first.current?.focus(), 0)
      onLogged(created.id)
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  const keys: Record<string, () => void> = { F2: () => first.current?.focus(), F9: () => form.submit() }
  for (const channel of LEDGER_CHANNELS) keys[CHANNEL_KEYS[channel]] = () => form.setFieldValue('channel', channel)
  useHotkeys(keys)

  return (
    <Card
      size="small"
      title={
        <span>
          {t('ledgerScreen.form.title')}
          <KeyHint keys="F2" />
        </span>
      }
      data-testid="ledger-form"
    >
      <Form form={form} layout="vertical" requiredMark={false} initialValues={INITIAL} onFinish={submit}>
        <HowFields />
        <WhoFields first={first} room={room} find={find} settings={settings.data} />
        <PromiseFields
          promise={promise ?? false}
          answerNow={answerNow ?? false}
          answerHours={settings.data?.answerHours ?? 24}
          saving={create.isPending}
        />
      </Form>
    </Card>
  )
}
