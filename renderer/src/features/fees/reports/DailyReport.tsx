import { useState } from 'react'
import { Alert, Card, Col, DatePicker, Row, Space, Spin, Table, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { FEE_CATEGORIES, type FeeCategory } from '@shared/fees/fees'
import type { DailyCollection, DailyVoid } from '@shared/fees/reports'
import { formatFen } from '@shared/domain/money'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { ExportButton, Figure, money, Toolbar } from './report-parts'
import { now } from '@renderer/lib/clock'
import { colors } from '@renderer/lib/colors'

type ItemRow = DailyCollection['byItem'][number]
/** The printed prefixes the refund service writes (electron/main/services/receipts.ts). */
const REFUND = '退还'
const DEDUCTION = '扣除：'
type MethodRow = DailyCollection['byMethod'][number]
type ClerkRow = DailyCollection['byClerk'][number]

/** A table of (label, count, fen) with its total row. */
function SumTable<T extends { count: number; fen: number }>(props: {
  rows: T[]
  rowKey: (r: T) => string
  columns: { title: string; render: (r: T) => string }[]
  countTitle: string
  testId: string
}) {
  const { t } = useI18n()
  const count = props.rows.reduce((n, r) => n + r.count, 0)
  const fen = props.rows.reduce((n, r) => n + r.fen, 0)
  return (
    <Table<T>
      size="small"
      pagination={false}
      rowKey={props.rowKey}
      dataSource={props.rows}
      data-testid={props.testId}
      columns={[
        ...props.columns.map((c, i) => ({
          key: `c${i}`,
          title: c.title,
          onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
          render: (_: unknown, r: T) => c.render(r)
        })),
        { key: 'count', title: props.countTitle, dataIndex: 'count', align: 'right' as const, width: 90 },
        {
          key: 'fen',
          title: t('reports.col.amount'),
          dataIndex: 'fen',
          align: 'right' as const,
          width: 120,
          render: (v: number) => money(v)
        }
      ]}
      summary={() =>
        props.rows.length > 0 ? (
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0} colSpan={props.columns.length}>
              {t('reports.total')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {count}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {money(fen)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  )
}

/** 日收款报表: one day's valid receipts by item, by method and by clerk; refunds negative; voids apart. */
export function DailyReport() {
  const { t } = useI18n()
  const [day, setDay] = useState<Dayjs>(() => now())
  const date = day.format('YYYY-MM-DD')
  const report = useApiQuery(api.reports.dailyCollection, { date }, { staleTime: 0 })
  const data = report.data
  const category = (c: string) =>
    FEE_CATEGORIES.includes(c as FeeCategory) ? t(`feeSettings.category.${c as FeeCategory}`) : c
  const count = (n: number) => t('reports.count', { n })
  // A refund receipt's lines are stored as printed (退还… / 扣除：…): the fixed words are the
  // screen's, in its language; the item's name and the deduction's description stay as entered.
  const lineName = (r: ItemRow) => {
    if (r.category === 'deduction' && r.itemName.startsWith(DEDUCTION))
      return t('reports.item.deduction', { what: r.itemName.slice(DEDUCTION.length) })
    if (r.fen < 0 && r.itemName.startsWith(REFUND))
      return t('reports.item.refund', { item: r.itemName.slice(REFUND.length) })
    return r.itemName
  }

  return (
    <div data-testid="report-daily">
      <Toolbar end={<ExportButton input={{ report: 'daily', date }} />}>
        <Space>
          <Typography.Text>{t('reports.daily.date')}</Typography.Text>
          <DatePicker
            value={day}
            allowClear={false}
            onChange={(v) => v && setDay(v)}
            disabledDate={(d) => d.isAfter(now(), 'day')}
            data-testid="daily-date"
          />
        </Space>
      </Toolbar>
      {!data ? (
        report.error ? (
          <Alert type="error" title={report.error.message} />
        ) : (
          <Spin />
        )
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Row gutter={12}>
            <Col span={6}>
              <Figure
                title={t('reports.daily.payments')}
                value={`¥${formatFen(data.payments.fen)}`}
                note={count(data.payments.count)}
              />
            </Col>
            <Col span={6}>
              <Figure
                title={t('reports.daily.refunds')}
                value={`¥${formatFen(data.refunds.fen)}`}
                note={count(data.refunds.count)}
                color={data.refunds.count ? colors.attention : undefined}
              />
            </Col>
            <Col span={6}>
              <Figure
                title={t('reports.daily.total')}
                value={`¥${formatFen(data.total.fen)}`}
                note={count(data.total.count)}
                color={colors.total}
                testId="daily-total"
              />
            </Col>
            <Col span={6}>
              <Figure
                title={t('reports.daily.voids')}
                value={`¥${formatFen(data.voidTotal.fen)}`}
                note={count(data.voidTotal.count)}
                color={data.voidTotal.count ? colors.owed : undefined}
              />
            </Col>
          </Row>
          {data.chainHeads.map((h) => (
            // Printed with the report: the paper copy anchors the receipt chain outside the database.
            <Typography.Text
              key={h.code}
              type="secondary"
              style={{ fontFamily: 'monospace', fontSize: 12 }}
              data-testid="daily-chain-head"
            >
              {t('reports.daily.chainHead', { code: h.code, hash: h.hash ?? '—' })}
            </Typography.Text>
          ))}
          {data.total.count === 0 && data.voids.length === 0 ? (
            <Alert type="info" title={t('reports.daily.none')} />
          ) : (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={10}>
                <Card size="small" title={t('reports.daily.byItem')}>
                  <SumTable<ItemRow>
                    rows={data.byItem}
                    rowKey={(r) => `${r.category}/${r.itemName}`}
                    columns={[
                      { title: t('reports.col.category'), render: (r) => category(r.category) },
                      { title: t('reports.col.item'), render: (r) => lineName(r) }
                    ]}
                    countTitle={t('reports.col.lines')}
                    testId="daily-by-item"
                  />
                </Card>
              </Col>
              <Col xs={24} md={12} xl={7}>
                <Card size="small" title={t('reports.daily.byMethod')}>
                  <SumTable<MethodRow>
                    rows={data.byMethod}
                    rowKey={(r) => r.method}
                    columns={[{ title: t('reports.col.method'), render: (r) => t(`fees.method.${r.method}`) }]}
                    countTitle={t('reports.col.payments')}
                    testId="daily-by-method"
                  />
                </Card>
              </Col>
              <Col xs={24} md={12} xl={7}>
                <Card size="small" title={t('reports.daily.byClerk')}>
                  <SumTable<ClerkRow>
                    rows={data.byClerk}
                    rowKey={(r) => String(r.staffId)}
                    columns={[{ title: t('reports.col.clerk'), render: (r) => r.staffName }]}
                    countTitle={t('reports.col.receipts')}
                    testId="daily-by-clerk"
                  />
                </Card>
              </Col>
            </Row>
          )}
          <Card size="small" title={t('reports.daily.voids')}>
            <Table<DailyVoid>
              size="small"
              pagination={false}
              rowKey="code"
              dataSource={data.voids}
              locale={{ emptyText: t('reports.daily.noVoids') }}
              data-testid="daily-voids"
              columns={[
                // The reason column's ellipsis makes the table's layout fixed: the code column gets
                // room for the number and its 前日开具 tag (wrapping under it) so the tag never covers the room.
                {
                  title: t('reports.void.code'),
                  dataIndex: 'code',
                  width: 200,
                  render: (v: string, r) => (
                    <Space size={4} wrap>
                      {v}
                      {r.issuedEarlier && (
                        <Tag style={{ marginInlineEnd: 0 }} data-testid="void-earlier">
                          {t('reports.void.earlier')}
                        </Tag>
                      )}
                    </Space>
                  )
                },
                {
                  title: t('reports.void.room'),
                  dataIndex: 'roomCode',
                  width: 110,
                  render: (v: string) => <span data-testid="void-room">{v}</span>
                },
                {
                  title: t('reports.void.amount'),
                  dataIndex: 'totalFen',
                  align: 'right',
                  render: (v: number) => money(v)
                },
                {
                  title: t('reports.void.issuedAt'),
                  dataIndex: 'issuedAt',
                  render: (v: string) => dayjs(v).format('MM-DD HH:mm')
                },
                {
                  title: t('reports.void.voidedAt'),
                  dataIndex: 'voidedAt',
                  render: (v: string) => dayjs(v).format('MM-DD HH:mm')
                },
                { title: t('reports.void.reason'), dataIndex: 'reason', ellipsis: true },
                { title: t('reports.void.staff'), render: (_, r) => `${r.staffName} / ${r.voidedBy}` }
              ]}
            />
          </Card>
        </Space>
      )}
    </div>
  )
}
