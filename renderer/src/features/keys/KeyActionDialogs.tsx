import { useRef, useState } from 'react'
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  type FormInstance,
  type InputRef
} from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { KEY_PURPOSES, type KeyPurpose, type KeySetView } from '@shared/keys/api'
import { validatePhone } from '@shared/domain/phone'
import { ApiFailure } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { contractTime, defaultReturnTime, ID_TAIL } from './key-labels'
import { useKeyPrints } from './use-key-prints'

/** Everything a key movement changes on screen. */
export const keyRefresh = [
  api.keys.get,
  api.keys.find,
  api.keys.cabinets,
  api.keys.overdue,
  api.keys.counts,
  api.households.timeline
]

/** The core's refusals of a hand-out that a manager may override with a reason. */
const OVERRIDABLE = ['KEY_NOT_AUTHORIZED', 'KEY_AUTH_EXPIRED', 'KEY_WRONG_PURPOSE']

export type DialogProps = { set: KeySetView; onClose: () => void }

/** Enter in any field submits the dialog's form (its buttons sit outside it, in the modal's footer). */
export const EnterSubmits = () => <button type="submit" hidden tabIndex={-1} aria-hidden="true" />

/** The refusal as the form shows it: beside a field when the core names one, else in a message. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useFailure(form: FormInstance<any>) {
  const { message } = App.useApp()
  return (error: unknown) => {
    if (
      error instanceof ApiFailure &&
      (error.error.code === 'APPROVAL_REQUIRED' || error.error.code === 'APPROVAL_REJECTED')
    )
      return
    if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
  }
}

export const idTailRules = (t: ReturnType<typeof useI18n>['t']) => [
  { required: true, message: t('field.required') },
  { pattern: ID_TAIL, message: t('keys.idTailInvalid') }
]

interface BorrowValues {
  personName: string
  idTail: string
  phone?: string
  purpose: KeyPurpose
  expectedReturnAt: Dayjs
  overrideReason?: string
  print: boolean
}

/**
 * 借出: the borrower shows their ID; the core checks name, ID tail, purpose and dates against the
 * authorised list. A refusal is shown with its reason; 经理特批 asks for a reason and resends —
 * the approval dialog then appears by itself.
 */
export function BorrowDialog({ set, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<BorrowValues>()
  const [refusal, setRefusal] = useState<string | null>(null)
  const [override, setOverride] = useState(false)
  const borrow = useApiMutation(api.keys.borrow, keyRefresh)
  const prints = useKeyPrints()
  const failed = useFailure(form)
  const listed = set.authorizations.filter((a) => a.current)
  const idTailBox = useRef<InputRef>(null)

  function pick(id: number) {
    const a = listed.find((x) => x.id === id)
    if (!a) return
    form.setFieldsValue({ personName: a.name, purpose: a.purposes.includes(set.purpose) ? set.purpose : a.purposes[0] })
    // The name is filled in: the ID tail, read off the card, is what is left to type.
    idTailBox.current?.focus()
  }

  async function submit(v: BorrowValues) {
    try {
      const done = await borrow.mutateAsync({
        keySetId: set.id,
        personName: v.personName,
        idTail: v.idTail,
        phone: v.phone?.trim() ?? '',
        purpose: v.purpose,
        expectedReturnAt: contractTime(v.expectedReturnAt),
        ...(override ? { overrideReason: v.overrideReason ?? '' } : {})
      })
      message.success(t('keys.borrowed', { name: v.personName, tag: set.tagCode }))
      onClose()
      if (v.print) void prints.signOut(done, { idTail: v.idTail.toUpperCase(), phone: v.phone?.trim() ?? '' })
    } catch (error) {
      const code: string = error instanceof ApiFailure ? error.error.code : ''
      if (error instanceof ApiFailure && OVERRIDABLE.includes(code)) setRefusal(error.message)
      else failed(error)
    }
  }

  return (
    <Modal
      open
      width={680}
      title={t('keys.borrowTitle', { tag: set.tagCode })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={override ? t('keys.overrideSubmit') : t('keys.borrow')}
      cancelText={t('common.cancel')}
      confirmLoading={borrow.isPending}
      destroyOnHidden
      data-testid="borrow-dialog"
    >
      {listed.length > 0 && (
        <Select
          style={{ width: '100%', marginBottom: 16 }}
          placeholder={t('keys.pickAuthorized')}
          onChange={pick}
          data-testid="borrow-pick"
          options={listed.map((a) => ({
            value: a.id,
            label: `${a.name}（${a.relation}）· ${a.purposes.map((p) => t(`keys.purpose.${p}`)).join('、')} · ${a.validTo}`
          }))}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ purpose: set.purpose, expectedReturnAt: defaultReturnTime(), print: true }}
        onValuesChange={(changed: Partial<BorrowValues>) => {
          if ('personName' in changed || 'idTail' in changed || 'purpose' in changed) {
            setRefusal(null)
            setOverride(false)
          }
        }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item
            name="personName"
            label={t('keys.borrower')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <Input autoFocus maxLength={30} data-testid="borrow-name" />
          </Form.Item>
          <Form.Item name="idTail" label={t('keys.idTail')} rules={idTailRules(t)} extra={t('keys.idTailHint')}>
            <Input
              ref={idTailBox}
              maxLength={6}
              data-testid="borrow-id-tail"
              style={{ fontFamily: 'Consolas, monospace', letterSpacing: 2 }}
            />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('keys.phone')}
            rules={[
              { required: override, message: t('keys.phoneForOverride') },
              {
                validator: (_, v?: string) =>
                  !v?.trim() || validatePhone(v).ok
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('keys.phoneInvalid')))
              }
            ]}
          >
            <Input maxLength={40} data-testid="borrow-phone" />
          </Form.Item>
          <Form.Item name="purpose" label={t('keys.purpose')}>
            <Select
              options={KEY_PURPOSES.map((p) => ({ value: p, label: t(`keys.purpose.${p}`) }))}
              data-testid="borrow-purpose"
            />
          </Form.Item>
          <Form.Item
            name="expectedReturnAt"
            label={t('keys.expectedReturn')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              data-testid="borrow-return"
            />
          </Form.Item>
          <Form.Item name="print" valuePropName="checked" label=" ">
            <Checkbox>{t('keys.printSignOutAfter')}</Checkbox>
          </Form.Item>
        </div>
        {refusal && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              <span style={{ fontWeight: 600 }} data-testid="borrow-refusal">
                {refusal}
              </span>
            }
            description={override ? t('keys.overrideHint') : t('keys.refusedHint')}
            action={
              !override && (
                <Button
                  danger
                  icon={<SafetyCertificateOutlined />}
                  onClick={() => setOverride(true)}
                  data-testid="borrow-override"
                >
                  {t('keys.override')}
                </Button>
              )
            }
          />
        )}
        {override && (
          <Form.Item
            name="overrideReason"
            label={t('keys.overrideReason')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <Input
              autoFocus
              maxLength={200}
              placeholder={t('keys.overrideReasonPlaceholder')}
              data-testid="borrow-override-reason"
            />
          </Form.Item>
        )}
        <EnterSubmits />
      </Form>
    </Modal>
  )
}
