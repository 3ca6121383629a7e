import { useRef, useState } from 'react'
import { App, Button, Card, DatePicker, Input, Space, Table, Tabs, Tag, Typography, type InputRef } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { ReceiptSummary } from '@shared/fees/fees'
import { formatFen } from '@shared/domain/money'
import { ApiFailure, call } from '../../../lib/api/client'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { ArrearsPage } from '../arrears/ArrearsPage'
import { PaymentPage } from './PaymentPage'
import { PrintReceiptButton } from './PrintReceiptButton'
import { now } from '@renderer/lib/clock'
import { stateTag } from '@renderer/lib/colors'

const TABS = ['desk', 'arrears', 'receipts'] as const
type FeesTab = (typeof TABS)[number]

/**
 * 收费: `#/fees/<room>` takes the payment for a room; otherwise three tabs — 收费台 (pick the room,
 * typed at once, Enter), 催缴 (`#/fees/arrears`) and 收据查询 (`#/fees/receipts`).
 */
export function FeesSection() {
  const { t } = useI18n()
  const { params, navigate } = useRoute()
  const roomId = Number(params[0])
  if (Number.isInteger(roomId) && roomId > 0) return <PaymentPage key={roomId} roomId={roomId} />
  const active: FeesTab = TABS.includes(params[0] as FeesTab) ? (params[0] as FeesTab) : 'desk'
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => navigate(key === 'desk' ? 'fees' : `fees/${key}`)}
      destroyOnHidden
      data-testid="fees-tabs"
      items={[
        { key: 'desk', label: t('arrears.tab.desk'), children: <RoomPicker /> },
        { key: 'arrears', label: t('arrears.tab.arrears'), children: <ArrearsPage /> },
        { key: 'receipts', label: t('arrears.tab.receipts'), children: <ReceiptSearch /> }
      ]}
    />
  )
}

function RoomPicker() {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const { message } = App.useApp()
  const [missing, setMissing] = useState(false)
  const input = useRef<InputRef>(null)
  async function go(q: string) {
    if (!q.trim()) return
    // A refusal (a paused number search, a malformed query) is said, not swallowed.
    const hits = await call(api.search.global, { q, limit: 5 }).catch((error: unknown) => {
      message.error(error instanceof ApiFailure ? error.message : String(error))
      return null
    })
    if (!hits) return
    const hit = hits.find((h) => h.roomId !== null)
    if (hit?.roomId) navigate(`fees/${hit.roomId}`)
    else setMissing(true)
  }
  return (
    <Card title={t('fees.pickRoom')} style={{ maxWidth: 640 }}>
      <Input.Search
        ref={input}
        autoFocus
        size="large"
        placeholder={t('fees.pickRoomPlaceholder')}
        onSearch={(q) => void go(q)}
        onChange={() => setMissing(false)}
        status={missing ? 'error' : undefined}
        data-testid="fees-room"
      />
      <Typography.Paragraph type={missing ? 'danger' : 'secondary'} style={{ marginTop: 8 }}>
        {missing ? t('fees.noMatch') : t('fees.pickRoomHint')}
      </Typography.Paragraph>
    </Card>
  )
}

const LIMIT = 200

/** 收据查询: by number (its last digits are enough) and/or the days issued; reprint from the list. */
function ReceiptSearch() {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const [code, setCode] = useState('')
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(() => [now(), now()])
  const [criteria, setCriteria] = useState(() => ({ code: '', range }))
  const input = {
    limit: LIMIT,
    ...(criteria.code.trim() ? { code: criteria.code.trim() } : {}),
    ...(criteria.range
      ? { from: criteria.range[0].format('YYYY-MM-DD'), to: criteria.range[1].format('YYYY-MM-DD') }
      : {})
  }
  const receipts = useApiQuery(api.fees.receipts, input, { staleTime: 0 })
  const search = () => setCriteria({ code, range })
  const rows = receipts.data ?? []
  return (
    <Card size="small">
      <Space wrap size={[16, 12]} style={{ marginBottom: 12 }}>
        <Input
          autoFocus
          allowClear
          style={{ width: 260 }}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={search}
          placeholder={t('receiptSearch.codePlaceholder')}
          aria-label={t('receiptSearch.code')}
          maxLength={20}
          data-testid="receipt-search-code"
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)}
          aria-label={t('receiptSearch.dates')}
          data-testid="receipt-search-dates"
        />
        <Button type="primary" icon={<SearchOutlined />} onClick={search} data-testid="receipt-search-go">
          {t('receiptSearch.search')}
        </Button>
        {rows.length >= LIMIT && (
          <Typography.Text type="warning">{t('receiptSearch.limit', { n: LIMIT })}</Typography.Text>
        )}
      </Space>
      <Table<ReceiptSummary>
        rowKey="id"
        size="middle"
        loading={receipts.isFetching}
        dataSource={rows}
        locale={{ emptyText: t('receiptSearch.empty') }}
        pagination={{ defaultPageSize: 20, showSizeChanger: false }}
        data-testid="receipt-search-results"
        columns={[
          {
            title: t('fees.receiptCode'),
            dataIndex: 'code',
            render: (v: string, r) => (
              <Space>
                {v}
                {r.kind === 'refund' && <Tag color={stateTag.attention}>{t('fees.kind.refund')}</Tag>}
              </Space>
            )
          },
          {
            title: t('receiptSearch.room'),
            dataIndex: 'roomCode',
            render: (v: string, r) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => navigate(`fees/${r.roomId}`)}>
                {v}
              </Button>
            )
          },
          {
            title: t('fees.issuedAt'),
            dataIndex: 'issuedAt',
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm')
          },
          { title: t('fees.payer'), dataIndex: 'payerName' },
          {
            title: t('fees.amount'),
            dataIndex: 'totalFen',
            align: 'right',
            render: (v: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(v)}</span>
          },
          { title: t('fees.cashier'), dataIndex: 'staffName' },
          {
            title: t('fees.status'),
            render: (_, r) =>
              r.status === 'void' ? (
                <Tag color={stateTag.bad}>{t('reports.register.status.void')}</Tag>
              ) : (
                <Tag color={stateTag.good}>{t('reports.register.status.valid')}</Tag>
              )
          },
          { title: '', width: 120, render: (_, r) => <PrintReceiptButton receiptId={r.id} compact /> }
        ]}
      />
    </Card>
  )
}
