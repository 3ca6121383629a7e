import ReactEChartsCore from 'echarts-for-react/esm/core'
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import type { CountBy, WorkOrderMonthStats } from '@shared/workorders/stats-api'
import { colors } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'

// Only the parts drawn here, through echarts/core: the full bundle would triple the page's size.
// None of them compiles code at run time, so the strict CSP (no eval) holds.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

const HEIGHT = 240
const SEVERITY_COLOR: Record<string, string> = {
  major: colors.owed,
  important: colors.attention,
  minor: colors.total
}

function Chart({ option, testId }: { option: echarts.EChartsCoreOption; testId: string }) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: HEIGHT }} />
    </div>
  )
}

/** 报修分类: one bar per category, largest first (the order the core sends). */
export function CategoryChart({ rows }: { rows: CountBy[] }) {
  const option = {
    grid: { left: 40, right: 16, top: 16, bottom: rows.length > 5 ? 56 : 40 },
    tooltip: { trigger: 'axis' },
    // Every category named, slanted when they are many, so neighbours never run into each other.
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 }
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: rows.map((r) => r.count), itemStyle: { color: colors.total }, barMaxWidth: 36 }]
  }
  return <Chart option={option} testId="stats-chart-categories" />
}

/** 投诉等级: a ring by severity, 重大 red, 重要 orange, 一般 blue. */
export function SeverityChart({ rows }: { rows: CountBy[] }) {
  const option = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['38%', '70%'],
        // Inside the ring: a narrow card has no room for labels beside it; the legend names them.
        label: { position: 'inside', formatter: '{c}', color: colors.bgContainer, fontWeight: 600 },
        data: rows.map((r) => ({ name: r.name, value: r.count, itemStyle: { color: SEVERITY_COLOR[r.key] } }))
      }
    ]
  }
  return <Chart option={option} testId="stats-chart-severity" />
}

/** 近六个月: repairs and complaints as bars, the follow-up rate as a line on its own axis. */
export function TrendChart({ trend }: { trend: WorkOrderMonthStats['trend'] }) {
  const { t } = useI18n()
  const repairs = t('woStats.col.repairs')
  const complaints = t('woStats.col.complaints')
  const rate = t('woStats.sum.followUpRate')
  const option = {
    grid: { left: 40, right: 48, top: 24, bottom: 48 },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: trend.map((m) => m.period) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }
    ],
    series: [
      { name: repairs, type: 'bar', data: trend.map((m) => m.repairs), itemStyle: { color: colors.total } },
      { name: complaints, type: 'bar', data: trend.map((m) => m.complaints), itemStyle: { color: colors.attention } },
      {
        name: rate,
        type: 'line',
        yAxisIndex: 1,
        data: trend.map((m) => (m.followUpRateE2 === null ? null : m.followUpRateE2 / 100)),
        itemStyle: { color: colors.paid }
      }
    ]
  }
  return <Chart option={option} testId="stats-chart-trend" />
}
