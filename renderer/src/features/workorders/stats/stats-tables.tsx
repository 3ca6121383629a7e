import { Table, Typography } from 'antd'
import type { CountBy, RecurringProblem, StepRate } from '@shared/workorders/stats-api'
import { onTimeRateE2 } from '@shared/workorders/stats-rules'
import { localDate } from '@shared/kernel/calendar'
import { colors } from '../../../lib/colors'
import { useI18n, type TranslateKey } from '../../../lib/i18n'

/** The tables of 统计: counts by a key, on-time rates per step, recurring problems. */

export const percentText = (e2: number | null) => (e2 === null ? '—' : `${(e2 / 100).toFixed(1)}%`)
const num = { fontVariantNumeric: 'tabular-nums' } as const

export function CountTable({ rows, testId }: { rows: CountBy[]; testId: string }) {
  const { t } = useI18n()
  return (
    <Table<CountBy>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      data-testid={testId}
      locale={{ emptyText: t('woStats.nothing') }}
      columns={[
        { title: t('woStats.col.name'), dataIndex: 'name' },
        {
          title: t('woStats.col.count'),
          dataIndex: 'count',
          align: 'right',
          width: 80,
          render: (n: number) => <span style={num}>{n}</span>
        }
      ]}
    />
  )
}

/** On time per step: due, on time, late, overdue and the rate; a rate below 100 % in red. */
export function StepTable({
  rows,
  prefix,
  testId
}: {
  rows: StepRate[]
  prefix: 'woStats.repairStep' | 'woStats.complaintStep'
  testId: string
}) {
  const { t } = useI18n()
  const count = (n: number) => <span style={num}>{n}</span>
  return (
    <Table<StepRate>
      size="small"
      rowKey="step"
      pagination={false}
      dataSource={rows}
      data-testid={testId}
      onRow={(r) => ({ 'data-step': r.step }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('woStats.col.step'), dataIndex: 'step', render: (s: string) => t(`${prefix}.${s}` as TranslateKey) },
        { title: t('woStats.col.due'), dataIndex: 'due', align: 'right', render: count },
        { title: t('woStats.col.onTime'), dataIndex: 'onTime', align: 'right', render: count },
        { title: t('woStats.col.late'), dataIndex: 'late', align: 'right', render: count },
        {
          title: t('woStats.col.overdue'),
          dataIndex: 'overdue',
          align: 'right',
          render: (n: number) => <span style={{ ...num, color: n > 0 ? colors.owed : undefined }}>{n}</span>
        },
        {
          title: t('woStats.col.onTimeRate'),
          align: 'right',
          render: (_, r) => {
            const rate = onTimeRateE2(r)
            return (
              <span style={{ ...num, color: rate !== null && rate < 10000 ? colors.owed : undefined }}>
                {percentText(rate)}
              </span>
            )
          }
        }
      ]}
    />
  )
}

/** 重复发生的问题: each order number opens the order. */
export function RecurringTable({ rows }: { rows: RecurringProblem[] }) {
  const { t } = useI18n()
  return (
    <Table<RecurringProblem>
      size="small"
      rowKey={(r) => `${r.kind}-${r.ids.join('-')}`}
      pagination={false}
      dataSource={rows}
      data-testid="stats-recurring"
      locale={{ emptyText: t('woStats.nothing') }}
      columns={[
        {
          title: t('woStats.col.kind'),
          dataIndex: 'kind',
          width: 96,
          render: (k: RecurringProblem['kind']) => t(`woStats.recurring.${k}`)
        },
        { title: t('woStats.col.room'), dataIndex: 'roomCode', width: 110, render: (v: string | null) => v ?? '—' },
        { title: t('woStats.col.category'), dataIndex: 'categoryName', width: 96 },
        { title: t('woStats.col.location'), dataIndex: 'location', render: (v: string | null) => v ?? '—' },
        {
          title: t('woStats.col.count'),
          dataIndex: 'count',
          align: 'right',
          width: 64,
          render: (n: number) => <b style={{ ...num, color: colors.owed }}>{n}</b>
        },
        {
          title: `${t('woStats.col.first')} ~ ${t('woStats.col.last')}`,
          width: 190,
          render: (_, r) => <span style={num}>{`${localDate(r.first)} ~ ${localDate(r.last)}`}</span>
        },
        {
          title: t('woStats.col.numbers'),
          render: (_, r) => (
            <Typography.Text>
              {r.numbers.map((n, i) => (
                <a key={n} href={`#/workorders/${r.ids[i]}`} style={{ marginInlineEnd: 8, whiteSpace: 'nowrap' }}>
                  {n}
                </a>
              ))}
            </Typography.Text>
          )
        }
      ]}
    />
  )
}
