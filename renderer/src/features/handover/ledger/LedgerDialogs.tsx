import { App, Checkbox, Form, Input, Modal, Select } from 'antd'
import { api } from '@shared/api'
import type { LedgerView } from '@shared/handover/ledger-types'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n, type TranslateKey } from '../../../lib/i18n'
import { LEDGER_REFRESH } from './EntryForm'
import { KeyHint } from './ledger-labels'

/** A dialog's footer and keys: F9 saves, Escape leaves (antd's own). */
function useDialog() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  useHotkeys({ F9: () => form.submit() }, { scope: 'dialog' })
  const fail = (error: unknown) => {
    if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
  }
  const okText = (key: TranslateKey) => (
    <span>
      {t(key)}
      <KeyHint keys="F9" />
    </span>
  )
  return { t, message, form, fail, okText }
}

export type TextStep = 'answer' | 'close' | 'note'

const TEXT_STEP = {
  answer: { title: 'ledgerScreen.dialog.answerTitle', label: 'ledgerScreen.form.answer', max: 500 },
  close: { title: 'ledgerScreen.dialog.closeTitle', label: 'ledgerScreen.dialog.reason', max: 200 },
  note: { title: 'ledgerScreen.dialog.noteTitle', label: 'ledgerScreen.drawer.note', max: 300 }
} as const

/** 答复, 关闭 (with the reason) or 备注: one text, saved with F9. */
export function TextStepDialog({ entry, step, onClose }: { entry: LedgerView; step: TextStep; onClose: () => void }) {
  const { t, form, fail, okText } = useDialog()
  const answer = useApiMutation(api.ledger.answer, LEDGER_REFRESH)
  const close = useApiMutation(api.ledger.close, LEDGER_REFRESH)
  const note = useApiMutation(api.ledger.note, LEDGER_REFRESH)
  const words = TEXT_STEP[step]
  async function submit({ text }: { text: string }) {
    try {
      const value = text.trim()
      if (step === 'answer') await answer.mutateAsync({ id: entry.id, answer: value })
      if (step === 'close') await close.mutateAsync({ id: entry.id, reason: value })
      if (step === 'note') await note.mutateAsync({ id: entry.id, note: value })
      onClose()
    } catch (error) {
      fail(error)
    }
  }
  return (
    <Modal
      open
      title={t(words.title, { number: entry.number })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={okText('common.save')}
      confirmLoading={answer.isPending || close.isPending || note.isPending}
      okButtonProps={{ ...({ 'data-testid': 'ledger-dialog-ok' } as Record<string, string>) }}
      destroyOnHidden
      data-testid={`ledger-${step}-dialog`}
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item
          name="text"
          label={t(words.label)}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 3 }} maxLength={words.max} data-testid="ledger-dialog-text" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** The conversion's few facts: where and which repair category (urgent?), or the complaint's severity and category. */
function ConvertFields({
  kind,
  categories
}: {
  kind: 'repair' | 'complaint'
  categories: { key: string; name: string }[]
}) {
  const { t } = useI18n()
  return (
    <>
      {kind === 'repair' && (
        <Form.Item
          name="location"
          label={t('ledgerScreen.dialog.location')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input autoFocus maxLength={60} data-testid="ledger-convert-location" />
        </Form.Item>
      )}
      {kind === 'complaint' && (
        <Form.Item name="severity" label={t('ledgerScreen.dialog.severity')}>
          <Select
            autoFocus
            options={(['major', 'important', 'minor'] as const).map((s) => ({
              value: s,
              label: t(`complaints.severity.${s}`)
            }))}
            data-testid="ledger-convert-severity"
          />
        </Form.Item>
      )}
      <Form.Item
        name="category"
        label={t(kind === 'repair' ? 'ledgerScreen.dialog.repairCategory' : 'ledgerScreen.dialog.complaintCategory')}
        rules={[{ required: true, message: t('field.required') }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          options={categories.map((c) => ({ value: c.key, label: c.name }))}
          data-testid="ledger-convert-category"
        />
      </Form.Item>
      {kind === 'repair' && (
        <Form.Item name="urgent" valuePropName="checked">
          <Checkbox data-testid="ledger-convert-urgent">{t('ledgerScreen.dialog.urgent')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item
        name="description"
        label={t('ledgerScreen.dialog.description')}
        rules={[{ required: true, whitespace: true, message: t('field.required') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2 }}
          maxLength={kind === 'repair' ? 300 : 500}
          data-testid="ledger-convert-description"
        />
      </Form.Item>
    </>
  )
}

/** 转报修 / 转投诉: a small form prefilled from the entry; the made order's number is shown after. */
export function ConvertDialog({
  entry,
  kind,
  onClose
}: {
  entry: LedgerView
  kind: 'repair' | 'complaint'
  onClose: () => void
}) {
  const { t, message, form, fail, okText } = useDialog()
  const settings = useApiQuery(api.repairs.settings, {})
  const refresh = [...LEDGER_REFRESH, api.workOrders.list, api.complaints.list, api.households.timeline]
  const toRepair = useApiMutation(api.ledger.toRepair, refresh)
  const toComplaint = useApiMutation(api.ledger.toComplaint, refresh)
  const categories =
    kind === 'repair' ? (settings.data?.repairCategories ?? []) : (settings.data?.complaintCategories ?? [])
  async function submit(v: {
    location?: string
    category: string
    urgent?: boolean
    severity?: 'major' | 'important' | 'minor'
    description: string
  }) {
    try {
      const description = v.description.trim()
      const made =
        kind === 'repair'
          ? await toRepair.mutateAsync({
              id: entry.id,
              location: v.location?.trim() ?? '',
              category: v.category,
              urgent: v.urgent ?? false,
              description
            })
          : await toComplaint.mutateAsync({
              id: entry.id,
              severity: v.severity ?? 'minor',
              category: v.category,
              description
            })
      message.success(t('ledgerScreen.dialog.made', { number: made.converted?.number ?? '' }))
      onClose()
    } catch (error) {
      fail(error)
    }
  }
  return (
    <Modal
      open
      width={560}
      title={t(kind === 'repair' ? 'ledgerScreen.dialog.repairTitle' : 'ledgerScreen.dialog.complaintTitle', {
        number: entry.number
      })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={okText(kind === 'repair' ? 'ledgerScreen.drawer.toRepair' : 'ledgerScreen.drawer.toComplaint')}
      confirmLoading={toRepair.isPending || toComplaint.isPending}
      okButtonProps={{ ...({ 'data-testid': 'ledger-dialog-ok' } as Record<string, string>) }}
      destroyOnHidden
      data-testid={`ledger-${kind}-dialog`}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          description: entry.content.slice(0, kind === 'repair' ? 300 : 500),
          severity: 'minor',
          urgent: false
        }}
      >
        <ConvertFields kind={kind} categories={categories} />
      </Form>
    </Modal>
  )
}
