import { useRef, useState, type KeyboardEvent } from 'react'
import { Alert, App, Button, Card, Checkbox, Input, Space, Table, Typography, type InputRef } from 'antd'
import { api } from '@shared/api'
import type { RoomRow } from '@shared/households/estate'
import type { FeeItemView } from '@shared/fees/fees'
import { lineAmountFen } from '@shared/fees/periods'
import { formatFen } from '@shared/domain/money'
import { reasonKey } from '@shared/kernel/i18n'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { formatReading, parseReading } from './fee-labels'
import { colors } from '@renderer/lib/colors'

interface Entry {
  text: string
  replacement: boolean
}
type Check =
  | { kind: 'empty' }
  | { kind: 'bad'; message: string }
  | { kind: 'ok'; usage: number | null; amountFen: number | null; note: string | null }
interface Row {
  room: RoomRow
  last: { readingCenti: number; readOn: string } | undefined
  entry: Entry
  check: Check
}

const EMPTY: Entry = { text: '', replacement: false }

interface Props {
  item: FeeItemView
  buildingId: number
  unitId: number
  readOn: string
  priceE4: number | null
}

/** The rooms of one unit, each with its last reading and this reading; one batch, all or nothing. */
export function ReadingSheet({ item, buildingId, unitId, readOn, priceE4 }: Props) {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const rooms = useApiQuery(api.estate.rooms, { buildingId, unitId })
  const list = (rooms.data ?? []).filter((r) => item.roomTypes.includes(r.type))
  const roomIds = list.map((r) => r.id)
  const lastReadings = useApiQuery(api.fees.lastReadings, { itemId: item.id, roomIds }, { enabled: roomIds.length > 0 })
  const enter = useApiMutation(api.fees.enterReadings, [api.fees.lastReadings, api.fees.account])
  const [entries, setEntries] = useState<Record<number, Entry>>({})
  const [refusal, setRefusal] = useState<{ message: string; roomId: number | null } | null>(null)
  const inputs = useRef<(InputRef | null)[]>([])
  const submitButton = useRef<HTMLButtonElement>(null)
  const qty = t(`feeSettings.qty.${item.meterKind ?? 'water'}`)

  function check(room: RoomRow, entry: Entry, last: Row['last']): Check {
    if (!entry.text.trim()) return { kind: 'empty' }
    const parsed = parseReading(entry.text)
    if (!parsed.ok) return { kind: 'bad', message: core(reasonKey('field.quantity', parsed.reason)) }
    if (!last) return { kind: 'ok', usage: null, amountFen: null, note: t('feeSettings.firstReading') }
    if (entry.replacement) return { kind: 'ok', usage: null, amountFen: null, note: t('feeSettings.replacementNote') }
    if (parsed.centi < last.readingCenti) {
      return {
        kind: 'bad',
        message: core('error.READING_LOWER', {
          room: room.code,
          reading: formatReading(parsed.centi),
          previous: formatReading(last.readingCenti)
        })
      }
    }
    const usage = parsed.centi - last.readingCenti
    const amountFen =
      priceE4 === null ? null : lineAmountFen({ priceE4, quantityCenti: usage, months: 1, percent: 100 })
    return { kind: 'ok', usage, amountFen, note: null }
  }

  const lastBy = new Map((lastReadings.data ?? []).map((l) => [l.roomId, l]))
  const rows: Row[] = list.map((room) => {
    const entry = entries[room.id] ?? EMPTY
    const last = lastBy.get(room.id)
    return { room, last, entry, check: check(room, entry, last) }
  })
  const filled = rows.filter((r) => r.check.kind === 'ok')
  const bad = rows.filter((r) => r.check.kind === 'bad')
  const totalFen = filled.reduce((s, r) => s + (r.check.kind === 'ok' ? (r.check.amountFen ?? 0) : 0), 0)

  function update(roomId: number, change: Partial<Entry>) {
    setEntries((all) => ({ ...all, [roomId]: { ...(all[roomId] ?? EMPTY), ...change } }))
    if (refusal?.roomId === roomId) setRefusal(null)
  }

  function focus(index: number) {
    if (index >= rows.length) return submitButton.current?.focus()
    inputs.current[Math.max(0, index)]?.focus({ cursor: 'all' })
  }

  function onKey(e: KeyboardEvent<HTMLInputElement>, index: number) {
    if (e.nativeEvent.isComposing) return
    if (e.key === 'Enter' || e.key === 'ArrowDown') {
      e.preventDefault()
      focus(index + 1)
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      focus(index - 1)
    }
  }

  async function submit() {
    if (bad.length > 0) {
      message.error(t('feeSettings.badRows', { count: bad.length }))
      return focus(rows.indexOf(bad[0]!))
    }
    if (filled.length === 0) return
    setRefusal(null)
    try {
      const result = await enter.mutateAsync({
        itemId: item.id,
        readOn,
        readings: filled.map((r) => ({
          roomId: r.room.id,
          reading: r.entry.text.trim(),
          replacement: r.entry.replacement
        }))
      })
      message.success(
        t('feeSettings.readingsSaved', {
          count: filled.length,
          created: result.created,
          total: formatFen(result.totalFen)
        })
      )
      setEntries({})
    } catch (error) {
      // Someone may have entered readings meanwhile: show the core's last readings again.
      void lastReadings.refetch()
      if (!(error instanceof ApiFailure)) return setRefusal({ message: String(error), roomId: null })
      // The core names the room (READING_LOWER) or, for a malformed row, its index in the batch.
      const named = error.error.details?.roomId
      const field = Object.entries(error.fields).find(([path]) => /^readings\.\d+/.test(path))
      const row = field ? filled[Number(field[0].split('.')[1])] : undefined
      if (row && field) setRefusal({ message: `${row.room.code}：${field[1]}`, roomId: row.room.id })
      else setRefusal({ message: error.message, roomId: typeof named === 'number' ? named : null })
    }
  }

  const refusedRow = (r: Row) => refusal?.roomId === r.room.id
  const rowBad = (r: Row) => r.check.kind === 'bad' || refusedRow(r)

  /** The running total and the submit button, above the list and again below it (a unit can have 100 rooms). */
  const summary = (where: 'top' | 'bottom') => (
    <Space size={16} wrap>
      <Typography.Text data-testid={`readings-summary-${where}`}>
        {t('feeSettings.filled', { count: filled.length, total: formatFen(totalFen) })}
      </Typography.Text>
      {bad.length > 0 && (
        <Typography.Text type="danger">{t('feeSettings.badRows', { count: bad.length })}</Typography.Text>
      )}
      <Button
        ref={where === 'bottom' ? submitButton : undefined}
        type="primary"
        onClick={() => void submit()}
        loading={enter.isPending}
        disabled={filled.length === 0 || priceE4 === null}
        data-testid={`readings-submit-${where}`}
      >
        {t('feeSettings.submitReadings')}
      </Button>
    </Space>
  )

  return (
    <Card
      size="small"
      title={`${item.name} · ${list[0] ? `${list[0].buildingCode}-${list[0].unitCode}` : ''}`}
      extra={summary('top')}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('feeSettings.meterHint')}
      </Typography.Paragraph>
      {refusal && (
        <Alert
          type="error"
          showIcon
          title={t('feeSettings.readingsRefused', { message: refusal.message })}
          style={{ marginBottom: 12 }}
          data-testid="readings-refused"
        />
      )}
      <Table<Row>
        rowKey={(r) => r.room.id}
        size="small"
        pagination={false}
        loading={rooms.isPending || (roomIds.length > 0 && lastReadings.isPending)}
        dataSource={rows}
        locale={{ emptyText: t('feeSettings.noRooms') }}
        onRow={(r) => ({ style: rowBad(r) ? { background: colors.owedBg } : undefined })}
        data-testid="reading-sheet"
        columns={[
          {
            title: t('feeSettings.col.room'),
            width: 120,
            render: (_, r) => <Typography.Text strong>{r.room.code}</Typography.Text>
          },
          {
            title: t('feeSettings.col.last'),
            width: 170,
            align: 'right',
            render: (_, r) =>
              r.last ? (
                <span>
                  {formatReading(r.last.readingCenti)}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.last.readOn}
                  </Typography.Text>
                </span>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              )
          },
          {
            title: t('feeSettings.col.this'),
            width: 150,
            render: (_, r, index) => (
              <Input
                ref={(el) => {
                  inputs.current[index] = el
                }}
                size="small"
                inputMode="decimal"
                value={r.entry.text}
                status={rowBad(r) ? 'error' : undefined}
                onChange={(e) => update(r.room.id, { text: e.target.value })}
                onKeyDown={(e) => onKey(e, index)}
                onFocus={(e) => e.target.select()}
                style={{ width: 120, textAlign: 'right' }}
                data-testid={`reading-${r.room.code}`}
              />
            )
          },
          {
            title: t('feeSettings.col.replacement'),
            width: 70,
            align: 'center',
            render: (_, r) => (
              <Checkbox
                checked={r.entry.replacement}
                onChange={(e) => update(r.room.id, { replacement: e.target.checked })}
                data-testid={`replacement-${r.room.code}`}
              />
            )
          },
          {
            title: t('feeSettings.col.usage'),
            render: (_, r) => {
              if (refusedRow(r) && refusal) return <Typography.Text type="danger">{refusal.message}</Typography.Text>
              if (r.check.kind === 'bad') return <Typography.Text type="danger">{r.check.message}</Typography.Text>
              if (r.check.kind !== 'ok') return null
              if (r.check.note) return <Typography.Text type="secondary">{r.check.note}</Typography.Text>
              return `${formatReading(r.check.usage ?? 0)} ${qty}`
            }
          },
          {
            title: t('feeSettings.col.amount'),
            width: 120,
            align: 'right',
            render: (_, r) =>
              r.check.kind === 'ok' && r.check.amountFen !== null ? formatFen(r.check.amountFen) : null
          }
        ]}
      />
      <div style={{ marginTop: 12, display: 'flex', justifyContent: 'flex-end' }}>{summary('bottom')}</div>
    </Card>
  )
}
