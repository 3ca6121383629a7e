import { useState } from 'react'
import { App, Button, Tooltip, Typography } from 'antd'
import { EyeOutlined } from '@ant-design/icons'
import { ApiFailure } from '../../lib/api/client'
import { useI18n } from '../../lib/i18n'

/**
 * A masked phone with an eye button for the roles allowed to see it: one press asks the core
 * (which audits the reveal) and shows the number, copyable for dialling.
 */
export function Revealable(props: {
  masked: string
  allowed: boolean
  reveal: () => Promise<string>
  label?: string
  testId?: string
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [full, setFull] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!props.masked) return <>—</>
  async function reveal() {
    setBusy(true)
    try {
      setFull(await props.reveal())
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }
  const label = props.label ?? t('household.reveal')
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={props.testId}>
      {full ? (
        <Typography.Text copyable data-testid="revealed">
          {full}
        </Typography.Text>
      ) : (
        props.masked
      )}
      {props.allowed && !full && (
        <Tooltip title={label}>
          <Button
            type="text"
            size="small"
            loading={busy}
            icon={<EyeOutlined />}
            onClick={() => void reveal()}
            aria-label={label}
            data-testid="reveal"
          />
        </Tooltip>
      )}
    </span>
  )
}
