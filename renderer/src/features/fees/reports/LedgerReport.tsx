import { useState } from 'react'
import { Alert, Col, DatePicker, Row, Select, Space, Table, Typography } from 'antd'
import { keepPreviousData } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { LEDGER_READERS, type LedgerRow } from '@shared/fees/reports'
import { formatFen } from '@shared/domain/money'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useMe } from '../../foundation/auth/session'
import { ExportButton, Figure, money, Toolbar } from './report-parts'
import { now } from '@renderer/lib/clock'
import { colors } from '@renderer/lib/colors'

const percent = (part: number, whole: number) => (whole > 0 ? `${((part * 100) / whole).toFixed(1)}%` : '—')

/** 应收实收欠收: what was billed per period, building and item, how much came in, what is overdue. */
export function LedgerReport() {
  const { t, core } = useI18n()
  const me = useMe()
  if (!LEDGER_READERS.includes(me.role)) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="ledger-forbidden"
        title={t('reports.ledger.forbidden', { roles: LEDGER_READERS.map((r) => core(`role.${r}`)).join('、') })}
      />
    )
  }
  return <Ledger />
}

function Ledger() {
  const { t } = useI18n()
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [now().startOf('year'), now()])
  const [buildingId, setBuildingId] = useState<number | undefined>()
  const buildings = useApiQuery(api.estate.buildings, {})
  const input = {
    fromPeriod: range[0].format('YYYY-MM'),
    toPeriod: range[1].format('YYYY-MM'),
    ...(buildingId === undefined ? {} : { buildingId })
  }
  const ledger = useApiQuery(api.reports.ledger, input, { placeholderData: keepPreviousData })
  const data = ledger.data
  const totals = data?.totals

  return (
    <div data-testid="report-ledger">
      <Toolbar end={<ExportButton input={{ report: 'ledger', ...input }} />}>
        <Space>
          <Typography.Text>{t('reports.ledger.periods')}</Typography.Text>
          <DatePicker.RangePicker
            picker="month"
            value={range}
            allowClear={false}
            onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
            data-testid="ledger-periods"
          />
        </Space>
        <Select
          style={{ width: 150 }}
          value={buildingId ?? 0}
          onChange={(v: number) => setBuildingId(v === 0 ? undefined : v)}
          options={[
            { value: 0, label: t('reports.ledger.allBuildings') },
            ...(buildings.data ?? []).map((b) => ({ value: b.id, label: b.code }))
          ]}
          aria-label={t('reports.ledger.building')}
        />
        {data && <Typography.Text type="secondary">{t('reports.ledger.asOf', { date: data.asOf })}</Typography.Text>}
      </Toolbar>
      {ledger.error && <Alert type="error" title={ledger.error.message} style={{ marginBottom: 16 }} />}
      {totals && (
        <Row gutter={12} style={{ marginBottom: 16 }}>
          <Col span={5}>
            <Figure title={t('reports.ledger.receivable')} value={`¥${formatFen(totals.receivableFen)}`} />
          </Col>
          <Col span={5}>
            <Figure
              title={t('reports.ledger.received')}
              value={`¥${formatFen(totals.receivedFen)}`}
              color={colors.paid}
            />
          </Col>
          <Col span={5}>
            <Figure
              title={t('reports.ledger.arrears')}
              value={`¥${formatFen(totals.arrearsFen)}`}
              color={colors.owed}
              testId="ledger-arrears"
            />
          </Col>
          <Col span={5}>
            <Figure title={t('reports.ledger.notDue')} value={`¥${formatFen(totals.notDueFen)}`} />
          </Col>
          <Col span={4}>
            <Figure
              title={t('reports.ledger.rate')}
              value={percent(totals.receivedFen, totals.receivableFen)}
              color={colors.total}
            />
          </Col>
        </Row>
      )}
      <Table<LedgerRow>
        size="middle"
        loading={ledger.isFetching}
        rowKey={(r) => `${r.period}/${r.buildingId}/${r.itemId}`}
        dataSource={data?.rows ?? []}
        locale={{ emptyText: t('reports.ledger.none') }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [50, 100, 200] }}
        data-testid="ledger-table"
        columns={[
          { title: t('reports.ledger.period'), dataIndex: 'period', width: 100 },
          { title: t('reports.ledger.building'), dataIndex: 'buildingCode', width: 80 },
          { title: t('reports.col.item'), dataIndex: 'itemName' },
          { title: t('reports.ledger.receivable'), dataIndex: 'receivableFen', align: 'right', render: money },
          { title: t('reports.ledger.received'), dataIndex: 'receivedFen', align: 'right', render: money },
          {
            title: t('reports.ledger.arrears'),
            dataIndex: 'arrearsFen',
            align: 'right',
            render: (v: number) => <span style={{ color: v > 0 ? colors.owed : undefined }}>{money(v)}</span>
          },
          { title: t('reports.ledger.notDue'), dataIndex: 'notDueFen', align: 'right', render: money },
          {
            title: t('reports.ledger.rate'),
            key: 'rate',
            align: 'right',
            width: 100,
            render: (_, r) => percent(r.receivedFen, r.receivableFen)
          }
        ]}
        summary={() =>
          totals ? (
            <Table.Summary fixed>
              <Table.Summary.Row style={{ fontWeight: 600, background: colors.bgSubtle }}>
                <Table.Summary.Cell index={0} colSpan={3}>
                  {t('reports.total')}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {money(totals.receivableFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {money(totals.receivedFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {money(totals.arrearsFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  {money(totals.notDueFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">
                  {percent(totals.receivedFen, totals.receivableFen)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </div>
  )
}
