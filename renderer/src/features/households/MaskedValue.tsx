import { useState } from 'react'
import { App, Button, Tooltip } from 'antd'
import { EyeOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { ApiFailure, call } from '../../lib/api/client'
import { useI18n } from '../../lib/i18n'

/** A masked ID number or phone; a role allowed to see it can reveal it once (the core audits it). */
export function MaskedValue(props: {
  masked: string
  personId: number
  field: 'idNumber' | 'phone' | 'emergencyPhone'
  index?: number
  mayReveal: boolean
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [full, setFull] = useState<string | null>(null)
  if (!props.masked) return null
  async function reveal() {
    try {
      const { value } = await call(api.privacy.reveal, {
        personId: props.personId,
        field: props.field,
        index: props.index ?? 0
      })
      setFull(value)
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {full ?? props.masked}
      {props.mayReveal && !full && (
        <Tooltip title={t('household.reveal')}>
          <Button
            type="text"
            size="small"
            icon={<EyeOutlined />}
            onClick={reveal}
            aria-label={t('household.reveal')}
            data-testid="reveal"
          />
        </Tooltip>
      )}
    </span>
  )
}
