import { useState } from 'react'
import { App, Alert, Form, Input, InputNumber, Modal, Typography } from 'antd'
import { api } from '@shared/api'
import { MAX_SPOIL_RUN } from '@shared/fees/printing'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'

interface Values {
  paperNumber: number
  reason?: string
}

/**
 * Before printing on a pre-printed numbered form: the number on the form in the printer,
 * suggested from the clerk's receipt book. When the form in the printer has a later number, the
 * numbers in between are gone (torn, misprinted, taken): they are recorded as spoiled with the
 * reason the clerk gives, so every number of the book stays accounted for.
 */
export function PaperNumberDialog({
  onConfirm,
  onCancel
}: {
  onConfirm: (paperNumber: number) => Promise<void>
  onCancel: () => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const next = useApiQuery(api.printing.nextPaperNumber, {}, { staleTime: 0 })
  const spoil = useApiMutation(api.printing.spoilPaper, [api.printing.nextPaperNumber, api.printing.books])
  const [busy, setBusy] = useState(false)
  const typed = Form.useWatch('paperNumber', form)
  const suggested = next.data?.paperNumber ?? null
  const skipped =
    suggested !== null && typeof typed === 'number' && typed > suggested
      ? { from: suggested, to: typed - 1, count: typed - suggested }
      : null

  async function submit(values: Values) {
    setBusy(true)
    try {
      if (skipped) {
        if (skipped.count > MAX_SPOIL_RUN) {
          form.setFields([{ name: 'paperNumber', errors: [t('printing.book.rangeOrder', { max: MAX_SPOIL_RUN })] }])
          return
        }
        await spoil.mutateAsync({ paperNumber: skipped.from, throughNumber: skipped.to, reason: values.reason ?? '' })
      }
      await onConfirm(values.paperNumber)
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={t('printing.paper.title')}
      okText={t('printing.paper.print')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
      data-testid="paper-number-dialog"
    >
      <Typography.Paragraph>{t('printing.paper.intro')}</Typography.Paragraph>
      {next.data && (
        <Alert
          type={suggested === null ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            suggested === null
              ? t('printing.paper.noBook')
              : t('printing.paper.suggested', { book: next.data.bookLabel ?? '', number: suggested })
          }
        />
      )}
      {!next.isPending && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          initialValues={{ paperNumber: suggested ?? undefined }}
        >
          <Form.Item
            name="paperNumber"
            label={t('printing.paper.number')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <InputNumber
              autoFocus
              min={1}
              max={9_999_999_999}
              precision={0}
              style={{ width: 220 }}
              size="large"
              data-testid="paper-number"
            />
          </Form.Item>
          {skipped && (
            <>
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('printing.paper.skipped', skipped)}
                data-testid="paper-skipped"
              />
              <Form.Item
                name="reason"
                label={t('printing.paper.skipReason')}
                rules={[{ required: true, whitespace: true, message: t('field.required') }]}
              >
                <Input
                  maxLength={100}
                  placeholder={t('printing.paper.skipReasonHint')}
                  data-testid="paper-skip-reason"
                />
              </Form.Item>
            </>
          )}
        </Form>
      )}
    </Modal>
  )
}
