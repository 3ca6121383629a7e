import { useState } from 'react'
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { StaffRow } from '@shared/foundation/staff'
import { ROLES, type Role } from '@shared/kernel/roles'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { stateTag } from '@renderer/lib/colors'

type Editing = { mode: 'create' } | { mode: 'edit'; row: StaffRow } | { mode: 'password'; row: StaffRow } | null

/** Staff accounts for administrators: add, change name and role, disable, reset password. Never delete. */
export function StaffTab() {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const list = useApiQuery(api.staff.list, {})
  const refresh = [api.staff.list, api.audit.recent]
  const setActive = useApiMutation(api.staff.setActive, refresh)
  const [editing, setEditing] = useState<Editing>(null)

  async function toggle(row: StaffRow) {
    try {
      await setActive.mutateAsync({ id: row.id, active: !row.active })
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  return (
    <div>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('staff.noDelete')}</Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'create' })}
          data-testid="staff-add"
        >
          {t('staff.add')}
        </Button>
      </Space>
      <Table<StaffRow>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        data-testid="staff-table"
        columns={[
          { title: t('staff.username'), dataIndex: 'username' },
          { title: t('staff.displayName'), dataIndex: 'displayName' },
          { title: t('staff.role'), dataIndex: 'role', render: (role: Role) => core(`role.${role}`) },
          {
            title: t('staff.status'),
            render: (_, row) => (
              <Space size={4} wrap>
                {row.active ? <Tag color={stateTag.good}>{t('staff.active')}</Tag> : <Tag>{t('staff.disabled')}</Tag>}
                {row.lockedUntil && (
                  <Tag color={stateTag.bad}>{t('staff.locked', { time: dayjs(row.lockedUntil).format('HH:mm') })}</Tag>
                )}
                {row.mustChangePassword && <Tag color={stateTag.attention}>{t('staff.mustChange')}</Tag>}
              </Space>
            )
          },
          { title: t('staff.createdAt'), dataIndex: 'createdAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD') },
          {
            title: t('staff.actions'),
            render: (_, row) => (
              <Space size={0}>
                <Button type="link" onClick={() => setEditing({ mode: 'edit', row })}>
                  {t('common.edit')}
                </Button>
                <Button type="link" onClick={() => setEditing({ mode: 'password', row })}>
                  {t('staff.resetPassword')}
                </Button>
                {row.active ? (
                  <Popconfirm
                    title={t('staff.disableConfirm', { name: row.displayName })}
                    onConfirm={() => toggle(row)}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                  >
                    <Button type="link" danger>
                      {t('staff.disable')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button type="link" onClick={() => toggle(row)}>
                    {t('staff.enable')}
                  </Button>
                )}
              </Space>
            )
          }
        ]}
      />
      {editing && <StaffDialog editing={editing} onClose={() => setEditing(null)} />}
    </div>
  )
}

interface StaffValues {
  username: string
  displayName: string
  role: Role
  password: string
}

function StaffDialog({ editing, onClose }: { editing: NonNullable<Editing>; onClose: () => void }) {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<StaffValues>()
  const refresh = [api.staff.list, api.audit.recent]
  const create = useApiMutation(api.staff.create, refresh)
  const update = useApiMutation(api.staff.update, refresh)
  const reset = useApiMutation(api.staff.resetPassword, refresh)
  const row = editing.mode === 'create' ? null : editing.row

  async function submit(values: StaffValues) {
    try {
      if (editing.mode === 'create') await create.mutateAsync(values)
      if (editing.mode === 'edit')
        await update.mutateAsync({ id: editing.row.id, displayName: values.displayName, role: values.role })
      if (editing.mode === 'password') await reset.mutateAsync({ id: editing.row.id, newPassword: values.password })
      message.success(t('common.saved'))
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const title =
    editing.mode === 'create'
      ? t('staff.add')
      : editing.mode === 'edit'
        ? `${t('common.edit')} · ${row?.username}`
        : `${t('staff.resetPassword')} · ${row?.username}`
  const required = [{ required: true, message: t('field.required') }]
  return (
    <Modal
      open
      title={title}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending || reset.isPending}
      destroyOnHidden
      data-testid="staff-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={row ? { displayName: row.displayName, role: row.role } : { role: 'clerk' }}
      >
        {editing.mode === 'create' && (
          <Form.Item name="username" label={t('staff.username')} rules={required}>
            <Input autoFocus maxLength={32} data-testid="staff-username" />
          </Form.Item>
        )}
        {editing.mode !== 'password' && (
          <>
            <Form.Item name="displayName" label={t('staff.displayName')} rules={required}>
              <Input maxLength={30} data-testid="staff-display-name" />
            </Form.Item>
            <Form.Item name="role" label={t('staff.role')} rules={required}>
              <Select options={ROLES.map((r) => ({ value: r, label: core(`role.${r}`) }))} data-testid="staff-role" />
            </Form.Item>
          </>
        )}
        {editing.mode !== 'edit' && (
          <Form.Item
            name="password"
            label={editing.mode === 'create' ? t('staff.initialPassword') : t('staff.newPassword')}
            rules={required}
            extra={t('setup.passwordHint')}
          >
            <Input.Password autoComplete="new-password" data-testid="staff-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
