import { useState, type ReactNode } from 'react'
import { App, Button, Card, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { InputOf } from '@shared/kernel/procedure'
import { formatFen } from '@shared/domain/money'
import { ApiFailure, call } from '../../../lib/api/client'
import { useI18n } from '../../../lib/i18n'
import { downloadFile } from '../../../lib/download'

/** Money in a table cell: right-aligned by the column, digits of equal width. */
export const money = (fen: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(fen)}</span>

/** The same report as an Excel workbook, made by the core. */
export function ExportButton({ input, disabled }: { input: InputOf<typeof api.reports.export>; disabled?: boolean }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  async function run() {
    setBusy(true)
    try {
      const file = await call(api.reports.export, input)
      downloadFile(file)
      message.success(t('reports.exported', { file: file.fileName }))
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      disabled={disabled}
      onClick={run}
      data-testid={`export-${input.report}`}
    >
      {t('reports.export')}
    </Button>
  )
}

/** A figure at the top of a report: what, how many, how much. */
export function Figure({
  title,
  value,
  note,
  color,
  testId
}: {
  title: string
  value: ReactNode
  note?: ReactNode
  color?: string
  testId?: string
}) {
  return (
    <Card size="small" styles={{ body: { padding: '10px 16px' } }} data-testid={testId}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div style={{ fontSize: 22, fontWeight: 600, color, fontVariantNumeric: 'tabular-nums', lineHeight: 1.4 }}>
        {value}
      </div>
      {note !== undefined && <Typography.Text>{note}</Typography.Text>}
    </Card>
  )
}

/** The toolbar above a report: its inputs on the left, the export on the right. */
export function Toolbar({ children, end }: { children: ReactNode; end?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '12px 16px', marginBottom: 16 }}>
      {children}
      <div style={{ flex: 1 }} />
      {end}
    </div>
  )
}
