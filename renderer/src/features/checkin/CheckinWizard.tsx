import { useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { Alert, Button, Card, Space, Steps, Typography } from 'antd'
import { ArrowLeftOutlined, ArrowRightOutlined, PauseOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { CheckinView } from '@shared/checkin/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { useHotkeys } from '../../lib/keyboard'
import { now } from '../../lib/clock'
import { initialDrafts, stepLabel, WIZARD_STEPS, type Drafts } from './step-drafts'
import { StepPanel } from './StepPanel'
import { useWizardFlow } from './use-wizard-flow'
import { WizardHeader } from './WizardHeader'

/** `#/checkin/<id>`: one check-in, opened at its first step not yet complete. */
export function CheckinWizard({ checkinId }: { checkinId: number }) {
  const view = useApiQuery(api.checkin.get, { checkinId }, { staleTime: 0 })
  if (view.isError) return <Alert type="error" showIcon title={view.error.message} data-testid="checkin-load-error" />
  if (!view.data) return null
  return <WizardBody key={view.data.id} initial={view.data} />
}

/** Keys of the wizard, shown on its buttons; none is taken by the shell or another page. */
export const WIZARD_KEYS = { next: 'Alt+N', back: 'Alt+B', pause: 'Alt+P' } as const

/** Enter in a plain field moves on; not in a list, a date, a text area or the payment form. */
function entersNext(event: ReactKeyboardEvent): boolean {
  const el = event.target as HTMLElement
  if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.nativeEvent.isComposing)
    return false
  if (el.tagName !== 'INPUT' || el.getAttribute('role') === 'combobox') return false
  // A date picker takes Enter for the typed date, the payment form for paying.
  return el.closest('[data-enter-own], .ant-picker, .ant-select') === null
}

function WizardBody({ initial }: { initial: CheckinView }) {
  const { t } = useI18n()
  const live = useApiQuery(api.checkin.get, { checkinId: initial.id }, { staleTime: 0 })
  const view = live.data ?? initial
  const [drafts, setDrafts] = useState<Drafts>(() => initialDrafts(initial, now().format('YYYY-MM-DD')))
  const flow = useWizardFlow(view, drafts)
  const { current, error, open } = flow
  useHotkeys(
    {
      [WIZARD_KEYS.next]: () => (current === 'finish' ? false : void flow.next()),
      [WIZARD_KEYS.back]: () => void flow.back(),
      [WIZARD_KEYS.pause]: () => void flow.pause()
    },
    { enabled: open }
  )
  const completed = new Set(view.completedSteps)
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="checkin-wizard">
      <WizardHeader view={view} />
      <Card size="small">
        <Steps
          size="small"
          titlePlacement="vertical"
          current={flow.index}
          onChange={(i) => void flow.goTo(WIZARD_STEPS[i]!)}
          data-testid="checkin-steps"
          items={WIZARD_STEPS.map((step) => ({
            title: stepLabel(t, step),
            status:
              step === current
                ? error
                  ? 'error'
                  : 'process'
                : step !== 'finish' && completed.has(step)
                  ? 'finish'
                  : 'wait'
          }))}
        />
      </Card>
      <Card
        size="small"
        title={<span data-testid="checkin-step-title">{stepLabel(t, current)}</span>}
        onKeyDown={(e) => {
          if (!open || current === 'finish' || !entersNext(e)) return
          e.preventDefault()
          void flow.next()
        }}
      >
        <StepPanel
          step={current}
          view={view}
          drafts={drafts}
          onChange={(step, data) => setDrafts((d) => ({ ...d, [step]: data }))}
          onJump={(step) => void flow.goTo(step)}
          saveDraft={() => flow.save(false)}
        />
        {error && (
          <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} data-testid="checkin-step-error" />
        )}
      </Card>
      {open && <WizardButtons flow={flow} />}
    </Space>
  )
}

/** 暂停 on the left, 上一步 and 下一步 on the right, each with its key. */
function WizardButtons({ flow }: { flow: ReturnType<typeof useWizardFlow> }) {
  const { t } = useI18n()
  const key = (k: string) => <Typography.Text type="secondary">{k}</Typography.Text>
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <Button
        icon={<PauseOutlined />}
        onClick={() => void flow.pause()}
        disabled={flow.busy}
        data-testid="checkin-pause"
      >
        {t('checkin.pause')} {key(WIZARD_KEYS.pause)}
      </Button>
      <Space>
        <Button
          icon={<ArrowLeftOutlined />}
          onClick={() => void flow.back()}
          disabled={flow.busy || flow.index === 0}
          data-testid="checkin-back"
        >
          {t('checkin.back')} {key(WIZARD_KEYS.back)}
        </Button>
        {flow.current !== 'finish' && (
          <Button type="primary" onClick={() => void flow.next()} loading={flow.busy} data-testid="checkin-next">
            {t('checkin.next')} <span style={{ opacity: 0.75 }}>{WIZARD_KEYS.next}</span>
            <ArrowRightOutlined />
          </Button>
        )}
      </Space>
    </Space>
  )
}
