import { useState } from 'react'
import { App, Button, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { CabinetView } from '@shared/keys/api'
import { ApiFailure } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { EnterSubmits } from './KeyActionDialogs'

/** Settings → 钥匙柜 (supervisors and up): the cabinets on the wall and their rows × columns of hooks. */
export function CabinetsTab() {
  const { t } = useI18n()
  const cabinets = useApiQuery(api.keys.cabinets, {}, { staleTime: 0 })
  const [editing, setEditing] = useState<CabinetView | 'new' | null>(null)
  return (
    <div style={{ maxWidth: 820 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('keys.cabinetsIntro')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="cabinet-add">
          {t('keys.cabinetAdd')}
        </Button>
      </Space>
      <Table<CabinetView>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={cabinets.isPending}
        dataSource={cabinets.data ?? []}
        data-testid="cabinets"
        columns={[
          { title: t('keys.cabinetName'), dataIndex: 'name' },
          {
            title: t('keys.cabinetSize'),
            render: (_, c) => t('keys.cabinetSizeValue', { rows: c.rows, columns: c.columns, n: c.rows * c.columns })
          },
          { title: t('keys.cabinetUsed'), render: (_, c) => c.hooks.filter((h) => h.state !== 'empty').length },
          {
            title: '',
            width: 100,
            render: (_, c) => (
              <Button type="link" onClick={() => setEditing(c)}>
                {t('common.edit')}
              </Button>
            )
          }
        ]}
      />
      {editing && <CabinetDialog cabinet={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </div>
  )
}

interface Values {
  name: string
  rows: number
  columns: number
}

function CabinetDialog({ cabinet, onClose }: { cabinet: CabinetView | null; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const save = useApiMutation(api.keys.saveCabinet, [api.keys.cabinets, api.keys.suggestHook, api.keys.counts])
  async function submit(v: Values) {
    try {
      await save.mutateAsync({
        ...(cabinet ? { id: cabinet.id } : {}),
        name: v.name.trim(),
        rows: v.rows,
        columns: v.columns
      })
      message.success(t('common.saved'))
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      title={cabinet ? t('keys.cabinetEdit', { name: cabinet.name }) : t('keys.cabinetAdd')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      data-testid="cabinet-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={cabinet ?? { name: '', rows: 6, columns: 8 }}
      >
        <Form.Item name="name" label={t('keys.cabinetName')} rules={[{ required: true, message: t('field.required') }]}>
          <Input autoFocus maxLength={20} placeholder={t('keys.cabinetNamePlaceholder')} data-testid="cabinet-name" />
        </Form.Item>
        <Space size={24}>
          <Form.Item
            name="rows"
            label={t('keys.cabinetRows')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <InputNumber min={1} max={30} style={{ width: 120 }} data-testid="cabinet-rows" />
          </Form.Item>
          <Form.Item
            name="columns"
            label={t('keys.cabinetColumns')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <InputNumber min={1} max={30} style={{ width: 120 }} data-testid="cabinet-columns" />
          </Form.Item>
        </Space>
        {cabinet && <Typography.Paragraph type="secondary">{t('keys.cabinetShrinkHint')}</Typography.Paragraph>}
        <EnterSubmits />
      </Form>
    </Modal>
  )
}
