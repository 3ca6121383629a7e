import type { CSSProperties } from 'react'
import { App, Button, Card, List, Tag, Typography } from 'antd'
import { CheckOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { HandoverRecordView } from '@shared/handover/types'
import { localDateTime } from '@shared/kernel/calendar'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { colors, stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { tabRoute } from '../tabs'

function Note({ view }: { view: HandoverRecordView }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { navigate } = useRoute()
  const acknowledge = useApiMutation(api.handover.acknowledge, [api.handover.pendingNotes, api.handover.get])
  const important = view.sheet.notesImportant
  async function read() {
    try {
      await acknowledge.mutateAsync({ id: view.id })
      message.success(t('handoverNotes.acked', { number: view.number }))
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <List.Item
      data-testid={`handover-note-${view.id}`}
      data-important={important}
      style={{ display: 'block', paddingInline: 8, ...(important ? { background: colors.owedBg } : {}) }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        {important && <Tag color={stateTag.bad}>{t('handoverNotes.important')}</Tag>}
        <Typography.Link
          onClick={() => navigate(tabRoute('history', view.id))}
          ellipsis
          style={{ flex: 1, minWidth: 0 }}
        >
          {t('handoverNotes.from', {
            number: view.number,
            outgoing: view.outgoingName,
            at: localDateTime(view.at).slice(5)
          })}
        </Typography.Link>
        <Button
          size="small"
          type={important ? 'primary' : 'default'}
          icon={<CheckOutlined />}
          loading={acknowledge.isPending}
          onClick={() => void read()}
          data-testid={`handover-note-ack-${view.id}`}
        >
          {t('handoverNotes.ack')}
        </Button>
      </div>
      <Typography.Paragraph
        style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', fontWeight: important ? 600 : undefined }}
        data-testid={`handover-note-text-${view.id}`}
      >
        {view.sheet.notes}
      </Typography.Paragraph>
    </List.Item>
  )
}

/**
 * 工作台 · 上一班交接留言: the notes of this counter's previous handovers the signed-in person has
 * not yet read, important ones first and highlighted; 「已阅」 records the reading (the history
 * shows who read them). Quiet when there is nothing to read: the card is not shown.
 */
export function HandoverNotesCard({ style }: { style?: CSSProperties }) {
  const { t } = useI18n()
  const pending = useApiQuery(api.handover.pendingNotes, {}, { staleTime: 0, refetchInterval: 60_000 })
  const notes = (pending.data ?? []).filter((v) => v.sheet.notes.trim() !== '')
  if (notes.length === 0) return null
  const ordered = [...notes].sort((a, b) => Number(b.sheet.notesImportant) - Number(a.sheet.notesImportant))
  const important = notes.some((v) => v.sheet.notesImportant)
  return (
    <Card
      size="small"
      style={{ ...style, ...(important ? { borderColor: colors.owed } : {}) }}
      title={t('handoverNotes.title')}
      data-testid="handover-notes"
    >
      <List<HandoverRecordView> size="small" dataSource={ordered} renderItem={(view) => <Note view={view} />} />
    </Card>
  )
}
