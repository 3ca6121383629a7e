import { useState } from 'react'
import { Alert, Card, DatePicker, Empty, Select, Space, Spin, Table, Tag, Typography } from 'antd'
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons'
import { keepPreviousData } from '@tanstack/react-query'
import dayjs, { type Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { ReceiptRegister, RegisterEntry, RegisterStatus, SpoiledPaper } from '@shared/fees/reports'
import { formatFen } from '@shared/domain/money'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { ExportButton, money, Toolbar } from './report-parts'
import { now } from '@renderer/lib/clock'
import { colors, stateTag } from '@renderer/lib/colors'

const STATUS_COLORS: Record<RegisterStatus, string> = {
  valid: stateTag.good,
  void: stateTag.bad,
  refund: stateTag.attention
}

/** Runs of missing numbers: [3, 4, 5, 9] → '3–5、9'. */
function runs(numbers: readonly number[]): string {
  const out: string[] = []
  for (let i = 0; i < numbers.length;) {
    let j = i
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++
    out.push(j === i ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`)
    i = j + 1
  }
  return out.join('、')
}

/** The big line an auditor looks for: green when every number of the series is accounted for. */
function NumberCheck({ register }: { register: ReceiptRegister }) {
  const { t } = useI18n()
  const clean = register.gaps.length === 0 && register.beyondLast.length === 0
  const color = clean ? colors.paid : colors.owed
  return (
    <Card
      size="small"
      style={{ borderColor: color, background: clean ? colors.paidBg : colors.owedBg }}
      data-testid="register-check"
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 14 }}>
        {clean ? (
          <CheckCircleFilled style={{ fontSize: 34, color }} />
        ) : (
          <CloseCircleFilled style={{ fontSize: 34, color }} />
        )}
        <div>
          <div style={{ fontSize: 24, fontWeight: 700, color }} data-testid="register-check-title">
            {clean ? t('reports.register.noGaps') : t('reports.register.gaps', { n: register.gaps.length })}
          </div>
          {register.gaps.length > 0 && (
            <div style={{ fontSize: 16, color, wordBreak: 'break-all' }} data-testid="register-gaps">
              {runs(register.gaps)}
            </div>
          )}
          {register.beyondLast.length > 0 && (
            <div style={{ fontSize: 16, color }}>
              {t('reports.register.beyond', { list: runs(register.beyondLast) })}
            </div>
          )}
          <Typography.Text type="secondary">
            {t('reports.register.checkScope', { prefix: register.prefix, last: register.lastNumber })}
          </Typography.Text>
        </div>
      </div>
    </Card>
  )
}

/** 收据登记簿: every number of a series in order with its status, spoiled forms, and the gap check. */
export function RegisterReport() {
  const { t } = useI18n()
  const series = useApiQuery(api.reports.series, {})
  const [prefix, setPrefix] = useState<string | undefined>()
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(() => [now().startOf('month'), now()])
  const chosen = prefix ?? series.data?.[0]?.prefix
  const input = {
    seriesPrefix: chosen ?? '',
    ...(range ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : {})
  }
  const register = useApiQuery(api.reports.register, input, {
    enabled: chosen !== undefined,
    staleTime: 0,
    placeholderData: keepPreviousData
  })
  const data = register.data

  if (series.data && series.data.length === 0) return <Empty description={t('reports.register.noSeries')} />
  return (
    <div data-testid="report-register">
      <Toolbar end={<ExportButton input={{ report: 'register', ...input }} disabled={!chosen} />}>
        <Space>
          <Typography.Text>{t('reports.register.series')}</Typography.Text>
          <Select
            style={{ minWidth: 300 }}
            value={chosen}
            onChange={setPrefix}
            loading={series.isPending}
            options={(series.data ?? []).map((s) => ({
              value: s.prefix,
              label: t('reports.register.seriesOption', {
                prefix: s.prefix,
                counter: s.counterName,
                last: s.lastNumber
              })
            }))}
            data-testid="register-series"
          />
        </Space>
        <Space>
          <Typography.Text>{t('reports.register.dates')}</Typography.Text>
          <DatePicker.RangePicker
            value={range}
            onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)}
            data-testid="register-dates"
          />
        </Space>
      </Toolbar>
      {register.error && <Alert type="error" title={register.error.message} style={{ marginBottom: 16 }} />}
      {!data ? (
        register.isFetching && <Spin />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <NumberCheck register={data} />
          <Space size={12} wrap>
            {(['valid', 'void', 'refund'] as const).map((s) => (
              <Tag key={s} color={STATUS_COLORS[s]} style={{ fontSize: 14, padding: '4px 10px' }}>
                {t(`reports.register.status.${s}`)} {t('reports.count', { n: data.totals[s].count })} · ¥
                {formatFen(data.totals[s].fen)}
              </Tag>
            ))}
          </Space>
          <Table<RegisterEntry>
            size="small"
            rowKey="number"
            loading={register.isFetching}
            dataSource={data.entries}
            locale={{ emptyText: t('reports.register.empty') }}
            pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [50, 100, 200] }}
            data-testid="register-table"
            columns={[
              { title: t('reports.register.number'), dataIndex: 'number', width: 90, align: 'right' },
              { title: t('reports.register.code'), dataIndex: 'code', width: 150 },
              {
                title: t('fees.status'),
                dataIndex: 'status',
                width: 80,
                render: (s: RegisterStatus) => <Tag color={STATUS_COLORS[s]}>{t(`reports.register.status.${s}`)}</Tag>
              },
              { title: t('reports.register.room'), dataIndex: 'roomCode', width: 110 },
              { title: t('reports.register.payer'), dataIndex: 'payerName', ellipsis: true },
              { title: t('reports.register.amount'), dataIndex: 'totalFen', align: 'right', width: 120, render: money },
              {
                title: t('reports.register.issuedAt'),
                dataIndex: 'issuedAt',
                width: 150,
                render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm')
              },
              { title: t('reports.register.staff'), dataIndex: 'staffName', width: 100 },
              {
                title: t('reports.register.note'),
                key: 'note',
                ellipsis: true,
                render: (_, r) =>
                  [r.voidReason, r.refersToCode ? t('reports.register.refersTo', { code: r.refersToCode }) : null]
                    .filter(Boolean)
                    .join('；')
              }
            ]}
          />
          <Card size="small" title={t('reports.register.spoiled')}>
            <Table<SpoiledPaper>
              size="small"
              pagination={false}
              rowKey={(r) => `${r.bookLabel}/${r.paperNumber}`}
              dataSource={data.spoiled}
              locale={{ emptyText: t('reports.register.noSpoiled') }}
              columns={[
                { title: t('reports.register.book'), dataIndex: 'bookLabel' },
                { title: t('reports.register.paperNumber'), dataIndex: 'paperNumber', align: 'right' },
                { title: t('reports.register.reason'), dataIndex: 'reason' },
                {
                  title: t('reports.register.at'),
                  dataIndex: 'at',
                  render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm')
                },
                { title: t('reports.register.staff'), dataIndex: 'staffName' }
              ]}
            />
          </Card>
        </Space>
      )}
    </div>
  )
}
