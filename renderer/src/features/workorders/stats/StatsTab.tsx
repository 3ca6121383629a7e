import { useState } from 'react'
import { App, Button, Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import { addMonths } from '@shared/kernel/calendar'
import { formatFen } from '@shared/domain/money'
import type { WorkOrderMonthStats } from '@shared/workorders/stats-api'
import { rateE2 } from '@shared/workorders/stats-rules'
import { ApiFailure, call } from '../../../lib/api/client'
import { useApiQuery } from '../../../lib/api/hooks'
import { now } from '../../../lib/clock'
import { colors } from '../../../lib/colors'
import { downloadFile } from '../../../lib/download'
import { useI18n } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { KeyHint } from '../work-order-labels'
import type { WorkOrdersTabProps } from '../tabs'
import { CategoryChart, SeverityChart, TrendChart } from './stats-charts'
import { CountTable, percentText, RecurringTable, StepTable } from './stats-tables'

/** The export's fixed key (Alt+X: 导出), shown on the button. */
export const EXPORT_KEY = 'Alt+X'

/**
 * 统计: one month of repairs, services, follow-ups and complaints (manual 000: 每月汇总、统计、分析).
 * The follow-up rate leads in large type, red while below its 100 % target; ← and → step the month.
 */
export function StatsTab(_props: WorkOrdersTabProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [period, setPeriod] = useState(() => now().format('YYYY-MM'))
  const [exporting, setExporting] = useState(false)
  const stats = useApiQuery(api.workOrderStats.month, { period })

  async function exportBook() {
    setExporting(true)
    try {
      const file = await call(api.workOrderStats.export, { period })
      downloadFile(file)
      message.success(t('woStats.exported', { file: file.fileName }))
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    } finally {
      setExporting(false)
    }
  }
  useHotkeys(
    {
      ArrowLeft: () => setPeriod((p) => addMonths(p, -1)),
      ArrowRight: () => setPeriod((p) => addMonths(p, 1)),
      [EXPORT_KEY]: () => void exportBook()
    },
    { whileTyping: false }
  )

  return (
    <div data-testid="stats-tab">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('woStats.month')}</Typography.Text>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${period}-01`)}
          onChange={(d) => d && setPeriod(d.format('YYYY-MM'))}
          data-testid="stats-month"
        />
        <Typography.Text type="secondary">{t('woStats.monthKeys')}</Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={() => void exportBook()}
          data-testid="stats-export"
        >
          {t('woStats.export')}
          <KeyHint keys={EXPORT_KEY} />
        </Button>
      </Space>
      {stats.isPending ? (
        <Spin />
      ) : stats.isError ? (
        <Empty description={stats.error.message} />
      ) : (
        <MonthView stats={stats.data} />
      )}
    </div>
  )
}

function Summary({ stats }: { stats: WorkOrderMonthStats }) {
  const { t } = useI18n()
  const r = stats.repairs
  const rate = rateE2(r.visited, r.completed)
  const short = rate !== null && rate < 10000
  return (
    <Row gutter={12}>
      <Col span={6}>
        <Card size="small" data-testid="stats-follow-up">
          <Statistic
            title={t('woStats.sum.followUpRate')}
            value={percentText(rate)}
            styles={{ content: { fontSize: 40, fontWeight: 700, color: short ? colors.owed : colors.paid } }}
          />
          <Typography.Text type="secondary">
            {r.completed === 0
              ? t('woStats.noneCompleted')
              : t('woStats.followUpHint', { completed: r.completed, visited: r.visited })}
          </Typography.Text>
        </Card>
      </Col>
      <Col span={18}>
        <Card size="small">
          <Row gutter={12} data-testid="stats-summary">
            {(
              [
                ['repairs', r.total],
                ['paid', r.paid],
                ['completed', r.completed],
                ['satisfied', r.satisfied],
                ['reworks', r.reworks],
                ['services', stats.services.total],
                ['complaints', stats.complaints.total],
                ['invalid', stats.complaints.invalid],
                ['closed', stats.complaints.closed]
              ] as const
            ).map(([key, value]) => (
              <Col span={4} key={key} style={{ marginBottom: 8 }}>
                <Statistic title={t(`woStats.sum.${key}`)} value={value} data-testid={`stats-sum-${key}`} />
              </Col>
            ))}
            <Col span={8}>
              <Statistic
                title={t('woStats.sum.serviceFee')}
                value={formatFen(stats.services.feeFen)}
                data-testid="stats-sum-fee"
              />
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  )
}

function MonthView({ stats }: { stats: WorkOrderMonthStats }) {
  const { t } = useI18n()
  const settings = useApiQuery(api.repairs.settings, {})
  const card = (title: string, body: React.ReactNode, extra?: React.ReactNode) => (
    <Card size="small" title={title} extra={extra} style={{ marginTop: 12 }}>
      {body}
    </Card>
  )
  return (
    <>
      <Summary stats={stats} />
      <Row gutter={12}>
        <Col span={8}>
          {card(t('woStats.chart.repairsByCategory'), <CategoryChart rows={stats.repairs.byCategory} />)}
        </Col>
        <Col span={6}>
          {card(t('woStats.chart.complaintsBySeverity'), <SeverityChart rows={stats.complaints.bySeverity} />)}
        </Col>
        <Col span={10}>{card(t('woStats.chart.trend'), <TrendChart trend={stats.trend} />)}</Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          {card(
            t('woStats.table.repairSteps'),
            <StepTable rows={stats.repairs.steps} prefix="woStats.repairStep" testId="stats-repair-steps" />
          )}
        </Col>
        <Col span={12}>
          {card(
            t('woStats.table.complaintSteps'),
            <StepTable rows={stats.complaints.steps} prefix="woStats.complaintStep" testId="stats-complaint-steps" />
          )}
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          {card(t('woStats.table.sources'), <CountTable rows={stats.repairs.bySource} testId="stats-sources" />)}
        </Col>
        <Col span={6}>
          {card(
            t('woStats.chart.repairsByCategory'),
            <CountTable rows={stats.repairs.byCategory} testId="stats-categories" />
          )}
        </Col>
        <Col span={6}>
          {card(
            t('woStats.table.services'),
            <CountTable rows={stats.services.byItem} testId="stats-services" />,
            <Typography.Text type="secondary">
              {t('woStats.fee', { amount: formatFen(stats.services.feeFen) })}
            </Typography.Text>
          )}
        </Col>
        <Col span={6}>
          {card(
            t('woStats.table.complaintCategories'),
            <CountTable rows={stats.complaints.byCategory} testId="stats-complaint-categories" />
          )}
        </Col>
      </Row>
      {card(
        t('woStats.table.recurring'),
        <RecurringTable rows={stats.recurring} />,
        settings.data && (
          <Typography.Text type="secondary">{t('woStats.recurringRule', settings.data.recurring)}</Typography.Text>
        )
      )}
    </>
  )
}
