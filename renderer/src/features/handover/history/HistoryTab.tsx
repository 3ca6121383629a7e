import { useEffect, useMemo, useState } from 'react'
import { App, Button, Card, Space, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { ApiFailure, call } from '../../../lib/api/client'
import { useApiQuery } from '../../../lib/api/hooks'
import { downloadFile } from '../../../lib/download'
import { useI18n } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { useMe } from '../../foundation/auth/session'
import { KeyHint } from '../ledger/ledger-labels'
import type { HandoverTabProps } from '../tabs'
import { HistoryDrawer } from './HistoryDrawer'
import { HistoryFilterBar, historyInput, NO_FILTERS, type HistoryFilters } from './history-filters'
import { HistoryTable } from './HistoryTable'

/** The export's fixed key, as on the statistics tab (Alt+X: 导出). */
export const EXPORT_KEY = 'Alt+X'

/**
 * ↑ ↓ move along the rows, Enter opens the selected one, Escape closes it (as the lists of
 * 报修投诉); the selection goes back to the first row whenever the filters change.
 */
function useHistoryKeys(rows: readonly { id: number }[], { openId, open }: HandoverTabProps, resetOn: unknown) {
  const drawerOpen = openId !== null
  const [index, setIndex] = useState(0)
  useEffect(() => setIndex(0), [resetOn])
  const selected = rows[Math.min(index, rows.length - 1)]
  useHotkeys({ Escape: () => (drawerOpen ? open(null) : false) })
  useHotkeys(
    {
      ArrowDown: () => setIndex((i) => Math.min(i + 1, rows.length - 1)),
      ArrowUp: () => setIndex((i) => Math.max(i - 1, 0)),
      // Enter on a focused button or link is that button's.
      Enter: (event) =>
        selected && !(event.target instanceof Element && event.target.closest('button, a')) ? open(selected.id) : false
    },
    { enabled: !drawerOpen, whileTyping: false }
  )
  return selected
}

/** Saves the filtered history as a workbook (handover.export), the same filters as the list without its limit. */
function useExport(input: ReturnType<typeof historyInput>) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [exporting, setExporting] = useState(false)
  async function run() {
    if (exporting) return
    setExporting(true)
    try {
      const file = await call(api.handover.export, input)
      downloadFile(file)
      message.success(t('handoverHistory.exported', { file: file.fileName }))
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    } finally {
      setExporting(false)
    }
  }
  return { exporting, run }
}

/**
 * 交接记录: past handovers, newest first, by the days handed over, the counter, a person on either
 * side and a number or a word of the notes; `#/handover/history/<id>` opens one in its drawer
 * (the sheet as signed, its acknowledgements, 补打 marked 副本). Alt+X exports what is listed.
 */
export function HistoryTab(props: HandoverTabProps) {
  const { t } = useI18n()
  const { counterId } = useMe().shift
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS)
  const input = useMemo(() => historyInput(filters, counterId), [filters, counterId])
  const list = useApiQuery(api.handover.list, input, { staleTime: 0 })
  const rows = list.data ?? []
  const selected = useHistoryKeys(rows, props, filters)
  const exporter = useExport(input)
  useHotkeys({ [EXPORT_KEY]: () => void exporter.run() })

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="history-tab">
      <Card size="small">
        <HistoryFilterBar filters={filters} onChange={setFilters} />
        <Space style={{ marginTop: 10 }} size={16}>
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.exporting}
            onClick={() => void exporter.run()}
            data-testid="history-export"
          >
            {t('handoverHistory.export')}
            <KeyHint keys={EXPORT_KEY} />
          </Button>
          <Typography.Text type="secondary" data-testid="history-count">
            {t('handoverHistory.count', { n: rows.length })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('handoverHistory.keysHint')}</Typography.Text>
        </Space>
      </Card>
      <Card size="small">
        <HistoryTable rows={rows} loading={list.isPending} selected={selected?.id} onOpen={(id) => props.open(id)} />
      </Card>
      {props.openId !== null && <HistoryDrawer key={props.openId} id={props.openId} onClose={() => props.open(null)} />}
    </Space>
  )
}
