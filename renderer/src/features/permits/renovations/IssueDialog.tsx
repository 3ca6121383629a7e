import { useState } from 'react'
import { App, Button, Form, Modal, Result, Space, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { RenovationView } from '@shared/permits/api'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { EnterSubmits, StepModal } from '../../workorders/WorkOrderDialogs'
import { usePermitPrints } from '../paper/use-permit-prints'
import { mono, refresh } from './renovation-labels'
import { useStepFailure } from './use-step-failure'

/** After the permit: print it to post on the door (A4, or A5) and the start-of-works notice. */
function IssuedResult({ renovation: r, onClose }: { renovation: RenovationView; onClose: () => void }) {
  const { t } = useI18n()
  const prints = usePermitPrints()
  const permit = r.permits[0]
  return (
    <Modal open footer={null} onCancel={onClose} width={560} destroyOnHidden data-testid="renovation-issued">
      <Result
        status="success"
        title={
          <span>
            {t('renovationScreen.issuedTitle')}{' '}
            <span style={mono} data-testid="renovation-issued-number">
              {permit?.number ?? r.permitNumber}
            </span>
          </span>
        }
        subTitle={t('renovationScreen.issuedHint', { to: permit?.validTo ?? r.permitValidTo ?? '—' })}
        extra={
          <Space wrap>
            <Button
              type="primary"
              autoFocus
              icon={<PrinterOutlined />}
              onClick={() => void prints.permit(r, 'A4')}
              data-testid="renovation-issued-print-a4"
            >
              {t('renovationScreen.printPermitA4')}
            </Button>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => void prints.permit(r, 'A5')}
              data-testid="renovation-issued-print-a5"
            >
              {t('renovationScreen.printPermitA5')}
            </Button>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => void prints.notice(r)}
              data-testid="renovation-issued-print-notice"
            >
              {t('renovationScreen.printNotice')}
            </Button>
            <Button onClick={onClose} data-testid="renovation-issued-close">
              {t('common.close')}
            </Button>
          </Space>
        }
      />
    </Modal>
  )
}

/**
 * 发证: the construction permit, once every blocker is cleared (the core refuses otherwise and says
 * what is missing); the room turns 装修中 and the notice goes to the departments. Then the prints.
 */
export function IssueDialog({ renovation: r, onClose }: { renovation: RenovationView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const issue = useApiMutation(api.renovations.issue, refresh)
  const settings = useApiQuery(api.renovations.settings, {})
  const failed = useStepFailure(form, [])
  const [issued, setIssued] = useState<RenovationView | null>(null)
  async function submit() {
    try {
      const done = await issue.mutateAsync({ renovationId: r.id })
      message.success(t('renovationScreen.done.issue', { number: done.permitNumber ?? r.number }))
      setIssued(done)
    } catch (error) {
      failed(error)
    }
  }
  if (issued) return <IssuedResult renovation={issued} onClose={onClose} />
  return (
    <StepModal
      title={`${r.number} ${t('renovationScreen.step.issue')}`}
      okText={t('renovationScreen.step.issue')}
      pending={issue.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-issue-dialog"
    >
      <Typography.Paragraph>
        {t('renovationScreen.issueIntro', { room: r.roomCode, from: r.startsOn, to: r.endsOn })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('renovationScreen.issueNotify', { departments: (settings.data?.notifyDepartments ?? []).join('、') || '—' })}
      </Typography.Paragraph>
      <Form form={form} onFinish={submit}>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}
