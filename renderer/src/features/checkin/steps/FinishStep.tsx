import { useState } from 'react'
import { Alert, Button, Descriptions, Result, Space, Tag } from 'antd'
import { CheckCircleOutlined, PrinterOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { CheckinView } from '@shared/checkin/api'
import { CHECKIN_STEPS, type CheckinStep } from '@shared/checkin/rules'
import { formatFen } from '@shared/domain/money'
import { call } from '../../../lib/api/client'
import { useI18n, type Translate } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { stateTag } from '../../../lib/colors'
import { useRoute } from '../../../app/shell/route'
import { StatusTag } from '../../households/StatusTag'
import { failureText } from '../failure-text'
import { useCheckinPrints } from '../paper/use-checkin-prints'
import { stepLabel, type Drafts } from '../step-drafts'
import { PrintButton } from './PrintButton'

export const FINISH_KEY = 'Alt+N'

/** 完成: what was done at each step, 完成入住; afterwards the room's new status, the work orders and the papers. */
export function FinishStep({
  view,
  drafts,
  onJump
}: {
  view: CheckinView
  drafts: Drafts
  onJump: (step: CheckinStep) => void
}) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const done = new Set(view.completedSteps)
  const open = view.status === 'open'

  async function finish() {
    if (busy) return
    setBusy(true)
    try {
      const next = await call(api.checkin.finish, { checkinId: view.id })
      queryClient.setQueryData([api.checkin.get.name, { checkinId: view.id }], next)
      await queryClient.invalidateQueries({ queryKey: [api.checkin.open.name] })
      setError(null)
    } catch (failure) {
      setError(failureText(failure))
    } finally {
      setBusy(false)
    }
  }
  useHotkeys({ [FINISH_KEY]: () => void finish() }, { enabled: open })

  const summary = stepSummaries(t, view, drafts)

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {view.status === 'done' && <FinishedResult view={view} />}
      {view.status === 'cancelled' && (
        <Alert type="warning" showIcon title={t('checkin.cancelledNote', { reason: view.cancelReason ?? '' })} />
      )}
      <Descriptions size="small" column={1} bordered data-testid="checkin-summary">
        {CHECKIN_STEPS.map((step) => (
          <Descriptions.Item
            key={step}
            label={
              <Space>
                {stepLabel(t, step)}
                {done.has(step) ? (
                  <Tag color={stateTag.good}>{t('checkin.stepDone')}</Tag>
                ) : (
                  <Tag color={stateTag.bad} style={{ cursor: 'pointer' }} onClick={() => onJump(step)}>
                    {t('checkin.stepOpen')}
                  </Tag>
                )}
              </Space>
            }
          >
            {summary[step]}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {error && <Alert type="error" showIcon title={error} data-testid="checkin-finish-error" />}
      {open && (
        <Button
          type="primary"
          size="large"
          icon={<CheckCircleOutlined />}
          loading={busy}
          onClick={() => void finish()}
          data-testid="checkin-finish"
        >
          {t('checkin.finish')} <span style={{ opacity: 0.75 }}>{FINISH_KEY}</span>
        </Button>
      )}
    </Space>
  )
}

function FinishedResult({ view }: { view: CheckinView }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const prints = useCheckinPrints()
  return (
    <Result
      status="success"
      title={t('checkin.finished', { room: view.roomCode })}
      subTitle={
        <Space wrap>
          {t('checkin.newStatus')}
          <span data-testid="checkin-room-status">
            <StatusTag status={view.roomStatus} />
          </span>
          {view.workOrderIds.length > 0
            ? t('checkin.workOrdersMade', { n: view.workOrderIds.length })
            : t('checkin.noWorkOrders')}
        </Space>
      }
      extra={
        <Space wrap>
          <PrintButton
            icon={<PrinterOutlined />}
            label={t('checkin.printHandover')}
            print={() => prints.printHandoverForm(view.id)}
            testId="finished-print-handover"
          />
          {view.workOrderIds.length > 0 && (
            <Button onClick={() => navigate('workorders')}>{t('checkin.openWorkOrders')}</Button>
          )}
          <Button onClick={() => navigate(`households/${view.roomId}`)}>{t('checkin.openHousehold')}</Button>
          <Button type="primary" autoFocus onClick={() => navigate('checkin')} data-testid="checkin-next-room">
            {t('checkin.nextRoom')}
          </Button>
        </Space>
      }
    />
  )
}

/** One line per step for the summary, from what is on screen. */
function stepSummaries(t: Translate, view: CheckinView, drafts: Drafts): Record<CheckinStep, string> {
  const defects = drafts.inspection.lines.filter((l) => l.result === 'defect').length
  const separator = t('audit.checkin.listSeparator')
  return {
    identity: t(`audit.checkin.case.${drafts.identity.case}`),
    registration: view.parties.map((p) => `${t(`relation.${p.relation}`)} ${p.name}`).join(separator),
    agreements: t('checkin.summarySigned', { n: drafts.agreements.signed.length }),
    items: drafts.items.items
      .map((i) => `${view.settings.items.find((s) => s.key === i.key)?.name ?? i.key}×${i.count}`)
      .join(separator),
    meters: drafts.meters.readings
      .filter((r) => String(r.reading ?? '') !== '')
      .map((r) => `${t(`trusteeship.meter.${r.kind}`)} ${r.reading}`)
      .join(separator),
    inspection: defects === 0 ? t('checkin.summaryAllPass') : t('checkin.inspectionDefects', { n: defects }),
    fees: drafts.fees.skippedReason
      ? t('checkin.summarySkipped', { reason: drafts.fees.skippedReason })
      : view.receipts
          .filter((r) => drafts.fees.receiptIds.includes(r.id))
          .map((r) => `${r.code} ¥${formatFen(r.totalFen)}`)
          .join(separator),
    trusteeship: drafts.trusteeship.wanted ? t('audit.checkin.step.trusteeship') : t('checkin.trusteeshipNo')
  }
}
