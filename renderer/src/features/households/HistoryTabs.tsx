import { App, Button, Empty, Form, Input, List, Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { HouseholdView } from '@shared/households/households'
import { ApiFailure } from '../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'

/** Every event about this room from every capability, newest first, with who and when. */
export function TimelineTab({ roomId }: { roomId: number }) {
  const { t } = useI18n()
  const events = useApiQuery(api.households.timeline, { roomId, limit: 200 })
  if (!events.data?.length) return <Empty description={t('household.noTimeline')} />
  return (
    <Timeline
      data-testid="timeline"
      items={events.data.map((e) => ({
        key: e.id,
        content: (
          <div>
            <div>{e.summary}</div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {e.staffName ?? '—'}
              {e.approverName ? ` · ${t('workbench.column.approver')} ${e.approverName}` : ''}
            </Typography.Text>
          </div>
        )
      }))}
    />
  )
}

export function NotesTab({ household }: { household: HouseholdView }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ text: string }>()
  const add = useApiMutation(api.households.addNote, [api.households.get, api.households.timeline])
  async function submit({ text }: { text: string }) {
    try {
      await add.mutateAsync({ roomId: household.room.id, text })
      form.resetFields()
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <div style={{ maxWidth: 760 }}>
      <Form form={form} onFinish={submit} layout="inline" style={{ marginBottom: 16, flexWrap: 'nowrap' }}>
        <Form.Item name="text" rules={[{ required: true, message: t('field.required') }]} style={{ flex: 1 }}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={1000}
            placeholder={t('household.notePlaceholder')}
            data-testid="note-text"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="note-add">
          {t('household.noteAdd')}
        </Button>
      </Form>
      <List
        dataSource={household.notes}
        locale={{ emptyText: t('household.noNotes') }}
        renderItem={(n) => (
          <List.Item>
            <List.Item.Meta
              title={<span style={{ whiteSpace: 'pre-wrap', fontWeight: 'normal' }}>{n.text}</span>}
              description={`${dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')} · ${n.createdBy ?? ''}`}
            />
          </List.Item>
        )}
      />
    </div>
  )
}
