import { Alert, App, Form, Modal, Spin } from 'antd'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { RenovationView } from '@shared/permits/api'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n } from '../../../lib/i18n'
import { DatesFields, isoOf, WorksFields, type NewRenovationValues } from './new-renovation-fields'
import { KeyHint, refresh } from './renovation-labels'
import { useStepFailure } from './use-step-failure'

const FIELDS = ['works', 'description', 'approvalDocNo', 'approvalDoc', 'startsOn', 'endsOn']

/**
 * 修改申请 (before the permit): the works, the dates, and the housing authority's approval
 * document — a work needing approval is usually applied for first and the document brought later.
 */
export function AmendDialog({ renovation: r, onClose }: { renovation: RenovationView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<NewRenovationValues>()
  const settings = useApiQuery(api.renovations.settings, {})
  const amend = useApiMutation(api.renovations.amend, refresh)
  const failed = useStepFailure(form, FIELDS)
  async function submit(v: NewRenovationValues) {
    try {
      await amend.mutateAsync({
        renovationId: r.id,
        works: v.works,
        description: v.description?.trim() ?? '',
        approvalDocNo: v.approvalDocNo?.trim() ?? '',
        ...(v.approvalDoc ? { approvalDoc: v.approvalDoc } : {}),
        startsOn: isoOf(v.startsOn),
        endsOn: isoOf(v.endsOn)
      })
      message.success(t('renovationScreen.done.amend', { number: r.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  useHotkeys({ F9: () => form.submit() }, { scope: 'dialog' })
  // The settings' list plus any work the renovation has that the list no longer offers.
  const works = settings.data
    ? [...settings.data.works, ...r.works.filter((w) => !settings.data.works.some((s) => s.key === w.key))]
    : []
  return (
    <Modal
      open
      width={760}
      title={`${r.number} ${t('renovationScreen.step.amend')}`}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={
        <span>
          {t('common.save')}
          <KeyHint keys="F9" />
        </span>
      }
      cancelText={t('common.cancel')}
      confirmLoading={amend.isPending}
      okButtonProps={{ ...({ 'data-testid': 'renovation-amend-dialog-ok' } as Record<string, string>) }}
      destroyOnHidden
      data-testid="renovation-amend-dialog"
    >
      {!settings.data ? (
        settings.error ? (
          <Alert type="error" showIcon title={settings.error.message} />
        ) : (
          <Spin />
        )
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          initialValues={{
            works: r.works.map((w) => w.key),
            description: r.description,
            approvalDocNo: r.approvalDocNo,
            startsOn: dayjs(r.startsOn),
            endsOn: dayjs(r.endsOn)
          }}
        >
          <WorksFields settings={{ ...settings.data, works }} form={form} />
          <DatesFields settings={settings.data} form={form} />
        </Form>
      )}
    </Modal>
  )
}
