import { Alert, Button, Descriptions, Tag } from 'antd'
import { ReloadOutlined } from '@ant-design/icons'
import type { HandoverSummary } from '@shared/handover/types'
import { localDateTime } from '@shared/kernel/calendar'
import { stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'

/**
 * Whose shift this is: the counter, the shift kind, the holder, when it opened and the time the
 * handover covers (from the previous handover; more than one shift when earlier ones were never
 * handed over). The previous handover's notes stay in view: they pass on until someone deals with them.
 */
export function ShiftHeader({ summary, onReload }: { summary: HandoverSummary; onReload: () => void }) {
  const { t } = useI18n()
  const { shift, previous } = summary
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3, xl: 5 }}
        data-testid="handover-header"
        extra={
          <Button icon={<ReloadOutlined />} onClick={onReload} data-testid="handover-reload">
            {t('shiftScreen.reload')}
          </Button>
        }
        items={[
          { key: 'counter', label: t('shiftScreen.header.counter'), children: shift.counterName },
          {
            key: 'kind',
            label: t('shiftScreen.header.kind'),
            children: <span data-testid="handover-kind">{t(`shift.kind.${shift.kind}`)}</span>
          },
          {
            key: 'holder',
            label: t('shiftScreen.header.holder'),
            children: <span data-testid="handover-holder">{shift.holderName}</span>
          },
          { key: 'opened', label: t('shiftScreen.header.openedAt'), children: localDateTime(shift.openedAt) },
          {
            key: 'period',
            label: t('shiftScreen.header.period'),
            children: (
              <span data-testid="handover-period">
                {t('shiftScreen.header.periodValue', {
                  from: localDateTime(summary.periodFrom),
                  to: localDateTime(summary.periodTo)
                })}
                {summary.shiftIds.length > 1 && (
                  <Tag color={stateTag.attention} style={{ marginInlineStart: 8 }}>
                    {t('shiftScreen.header.shifts', { count: summary.shiftIds.length })}
                  </Tag>
                )}
              </span>
            )
          }
        ]}
      />
      {previous && previous.notes && (
        <Alert
          style={{ marginTop: 8 }}
          type={previous.notesImportant ? 'warning' : 'info'}
          showIcon
          title={t('shiftScreen.header.previous', { number: previous.number, at: localDateTime(previous.at) })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{previous.notes}</span>}
          data-testid="handover-previous-notes"
        />
      )}
    </>
  )
}
