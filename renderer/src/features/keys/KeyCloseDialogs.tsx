import { Alert, App, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd'
import { api } from '@shared/api'
import { ApiFailure } from '../../lib/api/client'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { EnterSubmits, idTailRules, keyRefresh, useFailure, type DialogProps } from './KeyActionDialogs'

/** 归还: the pieces counted back, prefilled with what went out; fewer records a missing-key incident. */
export function ReturnDialog({ set, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ count: number; note?: string }>()
  const out = set.borrow?.count ?? set.pieceCount
  const count = Form.useWatch('count', form) ?? out
  const giveBack = useApiMutation(api.keys.return, keyRefresh)
  const failed = useFailure(form)
  async function submit(v: { count: number; note?: string }) {
    try {
      await giveBack.mutateAsync({ keySetId: set.id, count: v.count, note: v.note?.trim() ?? '' })
      message.success(t('keys.returned', { tag: set.tagCode }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <Modal
      open
      title={t('keys.returnTitle', { tag: set.tagCode })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('keys.return')}
      cancelText={t('common.cancel')}
      confirmLoading={giveBack.isPending}
      destroyOnHidden
      data-testid="return-dialog"
    >
      <Typography.Paragraph>
        {t('keys.returnIntro', { name: set.borrow?.personName ?? '—', n: out })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ count: out }}>
        <Form.Item
          name="count"
          label={t('keys.returnCount')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <InputNumber
            autoFocus
            min={0}
            max={200}
            suffix={t('keys.pieceUnit')}
            style={{ width: 160 }}
            data-testid="return-count"
          />
        </Form.Item>
        {count < out && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('keys.returnShort', { n: out - count })}
            data-testid="return-short"
          />
        )}
        <Form.Item name="note" label={t('keys.note')}>
          <Input maxLength={200} data-testid="return-note" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </Modal>
  )
}

/** 取回: the owner takes the keys back with their ID; custody ends and every authorisation closes. */
export function WithdrawDialog({ set, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ personName: string; idTail: string; note?: string }>()
  const withdraw = useApiMutation(api.keys.withdraw, keyRefresh)
  const failed = useFailure(form)
  async function submit(v: { personName: string; idTail: string; note?: string }) {
    try {
      await withdraw.mutateAsync({
        keySetId: set.id,
        personName: v.personName,
        idTail: v.idTail,
        note: v.note?.trim() ?? ''
      })
      message.success(t('keys.withdrawn', { tag: set.tagCode }))
      onClose()
    } catch (error) {
      // Not the owner, or the ID does not match: said beside the ID, where the clerk looks.
      if (error instanceof ApiFailure && error.error.code === 'KEY_NOT_AUTHORIZED')
        form.setFields([{ name: 'idTail', errors: [error.message] }])
      else failed(error)
    }
  }
  return (
    <Modal
      open
      title={t('keys.withdrawTitle', { tag: set.tagCode })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('keys.withdraw')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={withdraw.isPending}
      destroyOnHidden
      data-testid="withdraw-dialog"
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('keys.withdrawIntro')} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ personName: set.depositorName }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item
            name="personName"
            label={t('keys.ownerName')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <Input maxLength={30} data-testid="withdraw-name" />
          </Form.Item>
          <Form.Item name="idTail" label={t('keys.idTail')} rules={idTailRules(t)}>
            <Input
              autoFocus
              maxLength={6}
              data-testid="withdraw-id-tail"
              style={{ fontFamily: 'Consolas, monospace', letterSpacing: 2 }}
            />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('keys.note')}>
          <Input maxLength={200} />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </Modal>
  )
}

const INCIDENTS = ['lost', 'damaged', 'followUp', 'closed'] as const

/** 登记事件: a key lost or damaged (and who is responsible), a follow-up, or the matter closed. */
export function IncidentDialog({ set, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ kind: (typeof INCIDENTS)[number]; responsible?: string; description: string }>()
  const record = useApiMutation(api.keys.incident, keyRefresh)
  const failed = useFailure(form)
  async function submit(v: { kind: (typeof INCIDENTS)[number]; responsible?: string; description: string }) {
    try {
      await record.mutateAsync({
        keySetId: set.id,
        kind: v.kind,
        responsible: v.responsible?.trim() ?? '',
        description: v.description
      })
      message.success(t('keys.incidentRecorded'))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <Modal
      open
      width={600}
      title={t('keys.incidentTitle', { tag: set.tagCode })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending}
      destroyOnHidden
      data-testid="incident-dialog"
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ kind: 'lost' }}>
        <Form.Item name="kind" label={t('keys.incidentKind')}>
          <Radio.Group
            optionType="button"
            options={INCIDENTS.map((k) => ({ value: k, label: t(`keys.incident.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="responsible" label={t('keys.responsible')}>
          <Input maxLength={30} placeholder={t('keys.responsiblePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('keys.incidentDescription')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={300} data-testid="incident-description" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </Modal>
  )
}
