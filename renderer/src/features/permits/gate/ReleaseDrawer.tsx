import { useState } from 'react'
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Modal, Space, Spin } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { ReleaseView } from '@shared/permits/releases-api'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { usePermitPrints } from '../paper/use-permit-prints'
import { mono, StandingTag } from '../renovations/renovation-labels'

const refresh = [api.releases.list, api.releases.get, api.gate.attention, api.households.timeline]
const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '')

/** 作废放行条: a reason is required; the gate then answers REVOKED. */
function RevokeDialog({ release, onClose }: { release: ReleaseView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ reason: string }>()
  const revoke = useApiMutation(api.releases.revoke, refresh)
  async function submit(v: { reason: string }) {
    try {
      await revoke.mutateAsync({ releaseId: release.id, reason: v.reason.trim() })
      message.success(t('gateScreen.revoked', { number: release.number }))
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      title={t('gateScreen.revokeTitle', { number: release.number })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ danger: true, ...({ 'data-testid': 'release-revoke-ok' } as Record<string, string>) }}
      okText={t('gateScreen.revoke')}
      cancelText={t('common.cancel')}
      confirmLoading={revoke.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('gateScreen.revokeReason')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input.TextArea autoFocus maxLength={200} rows={2} data-testid="release-revoke-reason" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

function consentText(t: ReturnType<typeof useI18n>['t'], r: ReleaseView): string {
  const c = r.consent
  if (!c) return '—'
  if (c.kind === 'phone')
    return t('gateScreen.consentPhoneText', { owner: c.ownerName, at: at(c.calledAt), by: c.calledBy })
  return t('gateScreen.consentNoteText', { owner: c.ownerName })
}

/** One slip: what leaves, who asked, the owner's consent, where it stands; print it or revoke it. */
export function ReleaseDrawer({ releaseId, onClose }: { releaseId: number; onClose: () => void }) {
  const { t } = useI18n()
  const prints = usePermitPrints()
  const release = useApiQuery(api.releases.get, { releaseId })
  const [revoking, setRevoking] = useState(false)
  const r = release.data
  const printable = r && (r.paper.standing === 'valid' || r.paper.standing === 'notYetValid')
  return (
    <Drawer open size={620} onClose={onClose} destroyOnHidden title={r ? r.number : ''} data-testid="release-drawer">
      {release.isPending && <Spin />}
      {release.error && <Alert type="error" showIcon title={release.error.message} />}
      {r && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Space wrap>
            <Button
              icon={<PrinterOutlined />}
              disabled={!printable}
              onClick={() => void prints.slip(r, '80mm')}
              data-testid="release-print-80mm"
            >
              {t('gateScreen.print80')}
            </Button>
            <Button
              icon={<PrinterOutlined />}
              disabled={!printable}
              onClick={() => void prints.slip(r, 'A6')}
              data-testid="release-print-a6"
            >
              {t('gateScreen.printA6')}
            </Button>
            <Button danger disabled={!printable} onClick={() => setRevoking(true)} data-testid="release-revoke">
              {t('gateScreen.revoke')}
            </Button>
          </Space>
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: 130 } }}
            items={[
              { key: 'number', label: t('gateScreen.number'), children: <span style={mono}>{r.number}</span> },
              {
                key: 'standing',
                label: t('gateScreen.standing'),
                children: <StandingTag paper={r.paper} testId="release-standing" />
              },
              ...(r.usedAt
                ? [{ key: 'used', label: t('gateScreen.usedAt'), children: `${at(r.usedAt)} ${r.usedBy ?? ''}` }]
                : []),
              ...(r.paper.standingNote
                ? [{ key: 'note', label: t('gateScreen.standingNote'), children: r.paper.standingNote }]
                : []),
              { key: 'room', label: t('renovationScreen.room'), children: r.roomCode },
              {
                key: 'applicant',
                label: t('gateScreen.applicant'),
                children: `${t(`gateScreen.applicant.${r.applicantKind}`)} · ${r.applicantName} ${r.applicantPhone}`
              },
              { key: 'consent', label: t('gateScreen.consent'), children: consentText(t, r) },
              {
                key: 'items',
                label: t('gateScreen.items'),
                children: r.items.map((i) => `${i.name} × ${i.quantity}`).join('，')
              },
              { key: 'plate', label: t('gateScreen.plate'), children: r.plate || '—' },
              { key: 'validOn', label: t('gateScreen.validOn'), children: r.validOn },
              { key: 'remarks', label: t('gateScreen.remarks'), children: r.remarks || '—' },
              { key: 'created', label: t('gateScreen.issued'), children: `${at(r.createdAt)} ${r.createdBy}` }
            ]}
          />
          {revoking && <RevokeDialog release={r} onClose={() => setRevoking(false)} />}
        </Space>
      )}
    </Drawer>
  )
}
