import { useState } from 'react'
import { App, Button, Popconfirm, Space } from 'antd'
import { api } from '@shared/api'
import type { PaperView } from '@shared/permits/api'
import { ApiFailure } from '../../../../lib/api/client'
import { useApiMutation } from '../../../../lib/api/hooks'
import { useI18n } from '../../../../lib/i18n'
import { refresh } from '../renovation-labels'
import { PaperEventDialog } from './PassDialogs'
import { isOut } from './part-rules'

/**
 * A paper still out, taken back in one click (收回), reported lost after a confirm (挂失), or —
 * where offered — revoked with a reason (作废). A paper already ended shows nothing.
 */
export function PaperButtons({
  paper,
  holder,
  canRevoke,
  disabled,
  testId
}: {
  paper: PaperView
  holder: string
  canRevoke: boolean
  disabled: boolean
  testId: string
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const record = useApiMutation(api.renovations.paperEvent, refresh)
  const [revoking, setRevoking] = useState(false)
  if (!isOut(paper)) return null
  async function at(event: 'returned' | 'lost') {
    try {
      await record.mutateAsync({ paperId: paper.id, event, note: '' })
      message.success(t(`renovationParts.paperDone.${event}`, { number: paper.number }))
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Space size={4}>
      <Button
        size="small"
        disabled={disabled}
        loading={record.isPending}
        onClick={() => void at('returned')}
        data-testid={`${testId}-return`}
      >
        {t('renovationParts.paperStep.returned')}
      </Button>
      <Popconfirm
        title={t('renovationParts.lostConfirm', { number: paper.number })}
        okText={t('renovationParts.paperStep.lost')}
        cancelText={t('common.cancel')}
        onConfirm={() => at('lost')}
        disabled={disabled}
      >
        <Button size="small" disabled={disabled} data-testid={`${testId}-lost`}>
          {t('renovationParts.paperStep.lost')}
        </Button>
      </Popconfirm>
      {canRevoke && (
        <Button
          size="small"
          danger
          disabled={disabled}
          onClick={() => setRevoking(true)}
          data-testid={`${testId}-revoke`}
        >
          {t('renovationParts.paperStep.revoked')}
        </Button>
      )}
      {revoking && (
        <PaperEventDialog paper={paper} holder={holder} event="revoked" onClose={() => setRevoking(false)} />
      )}
    </Space>
  )
}
