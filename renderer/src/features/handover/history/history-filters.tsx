import { DatePicker, Input, Select, Space } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useMe } from '../../foundation/auth/session'

/** What the history is filtered by: the days handed over, the counter, a person on either side, a number or a word. */
export interface HistoryFilters {
  range: [Dayjs, Dayjs] | null
  counter: 'all' | 'this'
  staffId: number | null
  text: string
}

export const NO_FILTERS: HistoryFilters = { range: null, counter: 'all', staffId: null, text: '' }

const DAY = 'YYYY-MM-DD'

/** The list's (and the export's) query: an empty filter asks nothing. */
export function historyInput(f: HistoryFilters, counterId: number) {
  return {
    ...(f.range ? { from: f.range[0].format(DAY), to: f.range[1].format(DAY) } : {}),
    ...(f.counter === 'this' ? { counterId } : {}),
    ...(f.staffId !== null ? { staffId: f.staffId } : {}),
    text: f.text.trim()
  }
}

export function HistoryFilterBar({
  filters,
  onChange
}: {
  filters: HistoryFilters
  onChange: (f: HistoryFilters) => void
}) {
  const { t } = useI18n()
  const me = useMe()
  const staff = useApiQuery(api.duty.staff, {})
  const set = (change: Partial<HistoryFilters>) => onChange({ ...filters, ...change })
  return (
    <Space wrap>
      <DatePicker.RangePicker
        value={filters.range}
        onChange={(range) => set({ range: range?.[0] && range[1] ? [range[0], range[1]] : null })}
        data-testid="history-filter-range"
      />
      <Select
        style={{ width: 200 }}
        value={filters.counter}
        onChange={(counter) => set({ counter })}
        options={[
          { value: 'all', label: t('handoverHistory.filter.allCounters') },
          { value: 'this', label: t('handoverHistory.filter.thisCounter', { name: me.shift.counterName }) }
        ]}
        data-testid="history-filter-counter"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 180 }}
        placeholder={t('handoverHistory.filter.staff')}
        value={filters.staffId ?? undefined}
        onChange={(staffId?: number) => set({ staffId: staffId ?? null })}
        options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))}
        data-testid="history-filter-staff"
      />
      <Input.Search
        allowClear
        style={{ width: 240 }}
        placeholder={t('handoverHistory.filter.text')}
        onSearch={(text) => set({ text })}
        data-testid="history-filter-text"
      />
    </Space>
  )
}
