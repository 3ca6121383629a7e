import { useEffect, useState } from 'react'
import { App, Button, Card, Input, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { keepPreviousData } from '@tanstack/react-query'
import { PrinterOutlined, SearchOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { CheckinCandidate } from '@shared/checkin/api'
import { call } from '../../lib/api/client'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n, type Translate } from '../../lib/i18n'
import { colors, stateTag } from '../../lib/colors'
import { useRoute } from '../../app/shell/route'
import { StatusTag } from '../households/StatusTag'
import { failureText } from './failure-text'
import { useCheckinPrints } from './paper/use-checkin-prints'

/** Starts a check-in for a room, or resumes the one open for it; the caller goes to its wizard. */
export function useStartCheckin() {
  const { message } = App.useApp()
  const { navigate } = useRoute()
  return async (c: { roomId: number; openCheckinId: number | null }) => {
    if (c.openCheckinId) return navigate(`checkin/${c.openCheckinId}`)
    try {
      const view = await call(api.checkin.start, { roomId: c.roomId })
      navigate(`checkin/${view.id}`)
    } catch (failure) {
      message.error(failureText(failure))
    }
  }
}

/**
 * 办理: the rooms ready for handover (未交付, 空置); typing narrows them, ↑↓ moves, Enter starts
 * the check-in (or resumes the open one). Ticked rooms get their 入住通知单 printed in one go.
 */
export function CandidatePicker() {
  const { t } = useI18n()
  const start = useStartCheckin()
  const prints = useCheckinPrints()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const [ticked, setTicked] = useState<number[]>([])
  const [printing, setPrinting] = useState(false)
  const { message } = App.useApp()
  const candidates = useApiQuery(
    api.checkin.candidates,
    { text: text.trim(), limit: 100 },
    { staleTime: 0, placeholderData: keepPreviousData }
  )
  const rows = candidates.data ?? []
  useEffect(() => setActive(0), [text])

  async function printNotices() {
    setPrinting(true)
    try {
      await prints.printNotices(ticked)
    } catch (failure) {
      message.error(failureText(failure))
    } finally {
      setPrinting(false)
    }
  }

  return (
    <Card size="small">
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Input
            autoFocus
            size="large"
            allowClear
            style={{ width: 420 }}
            prefix={<SearchOutlined />}
            placeholder={t('checkin.pickPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, rows.length - 1))
              else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
              // Not on the list of what was typed before: the room must match what is in the box now.
              else if (e.key === 'Enter' && rows[active] && !candidates.isPlaceholderData) void start(rows[active])
              else return
              e.preventDefault()
            }}
            data-testid="checkin-pick"
          />
          <Button
            icon={<PrinterOutlined />}
            disabled={ticked.length === 0}
            loading={printing}
            onClick={() => void printNotices()}
            data-testid="checkin-print-notices"
          >
            {t('checkin.printNotices', { n: ticked.length })}
          </Button>
        </Space>
        <Typography.Text type="secondary">{t('checkin.pickHint')}</Typography.Text>
        <Table<CheckinCandidate>
          rowKey="roomId"
          size="small"
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
          rowSelection={{ selectedRowKeys: ticked, onChange: (keys) => setTicked(keys as number[]) }}
          data-testid="checkin-candidates"
          locale={{ emptyText: candidates.isError ? candidates.error.message : t('checkin.noCandidates') }}
          onRow={(r, i) => ({
            onClick: (e) => {
              // Ticking a room for its notice is not starting its check-in.
              if ((e.target as HTMLElement).closest('.ant-table-selection-column')) return
              void start(r)
            },
            style: { cursor: 'pointer', background: i === active ? colors.selectedBg : undefined }
          })}
          columns={candidateColumns(t)}
        />
      </Space>
    </Card>
  )
}

function candidateColumns(t: Translate): ColumnsType<CheckinCandidate> {
  return [
    { title: t('audit.checkin.col.room'), dataIndex: 'roomCode', render: (v: string) => <strong>{v}</strong> },
    { title: t('checkin.roomStatus'), render: (_, r) => <StatusTag status={r.status} /> },
    { title: t('audit.checkin.col.owner'), dataIndex: 'ownerNames' },
    {
      title: '',
      render: (_, r) =>
        r.openCheckinId ? (
          <Tag color={stateTag.attention}>{t('checkin.resume')}</Tag>
        ) : (
          <Tag color={stateTag.info}>{t('checkin.start')}</Tag>
        )
    }
  ]
}
