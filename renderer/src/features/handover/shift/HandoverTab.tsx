import { useState } from 'react'
import { Alert, Button, Col, Form, Row, Space } from 'antd'
import { api } from '@shared/api'
import type { HandoverSummary, HandoverRecordView } from '@shared/handover/types'
import type { MattersSection } from '@shared/handover/sections'
import { useApiQuery } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n, type TranslateKey } from '../../../lib/i18n'
import type { HandoverTabProps } from '../tabs'
import { AcceptPanel } from './AcceptPanel'
import { CashCount } from './CashCount'
import { CloseAloneDialog } from './CloseAloneDialog'
import { EMPTY_COUNT, keysOf, moneyOf, type CountValues } from './count-model'
import { SectionCard, SHIFT_KEYS } from './count-parts'
import { HandoverDone } from './HandoverDone'
import { KeysCount } from './KeysCount'
import { MattersPanel } from './MattersPanel'
import { MoneyPanel } from './MoneyPanel'
import { ShiftHeader } from './ShiftHeader'
import { ToolsCount } from './ToolsCount'
import { useHandoverSubmit } from './use-handover-submit'

const focusFirst = (selector: string) => {
  const input = document.querySelector<HTMLElement>(selector)
  input?.focus()
  if (input instanceof HTMLInputElement) input.select()
}

/** The sections the data gave, counted where they are counted; the summary's order is kept. */
function CountSections({ summary }: { summary: HandoverSummary }) {
  const { t } = useI18n()
  const money = moneyOf(summary)
  const keys = keysOf(summary)
  const matters = summary.sections.filter((s): s is MattersSection => s.kind === 'matters')
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <SectionCard
            title={t((money?.titleKey ?? 'handover.section.money') as TranslateKey)}
            testId="handover-money-card"
          >
            {money ? <MoneyPanel money={money} /> : t('shiftScreen.money.none')}
          </SectionCard>
        </Col>
        <Col xs={24} lg={12}>
          <SectionCard title={t('shiftScreen.cash.title')} hotkey={SHIFT_KEYS.cash} testId="handover-cash-card">
            <CashCount summary={summary} />
          </SectionCard>
        </Col>
      </Row>
      <SectionCard title={t('shiftScreen.keys.title')} hotkey={SHIFT_KEYS.keys} testId="handover-keys-card">
        {keys ? <KeysCount keys={keys} /> : t('shiftScreen.keys.noCabinets')}
      </SectionCard>
      <SectionCard title={t('handover.section.tools')} hotkey={SHIFT_KEYS.tools} testId="handover-tools-card">
        <ToolsCount tools={summary.tools} />
      </SectionCard>
      <MattersPanel sections={matters} />
    </Space>
  )
}

/** The form over one summary: rebuilt (keyed by the shift) when the summary is of another shift. */
function HandoverForm({
  summary,
  reload,
  onDone
}: {
  summary: HandoverSummary
  reload: () => void
  onDone: (record: HandoverRecordView) => void
}) {
  const [form] = Form.useForm<CountValues>()
  const [closing, setClosing] = useState(false)
  const submit = useHandoverSubmit(form, summary, { reload, onDone })
  const openClose = async () => {
    if (!submit.busy && (await submit.checkForClose())) setClosing(true)
  }
  useHotkeys({
    [SHIFT_KEYS.cash]: () => focusFirst('[data-testid="handover-cash-10000"]'),
    [SHIFT_KEYS.keys]: () => focusFirst('[data-testid^="handover-key-"]'),
    [SHIFT_KEYS.tools]: () => focusFirst('[data-testid="handover-tool-0"]'),
    [SHIFT_KEYS.notes]: () => focusFirst('[data-testid="handover-notes"]'),
    [SHIFT_KEYS.incoming]: () => focusFirst('[data-testid="handover-incoming-username"]'),
    [SHIFT_KEYS.accept]: () => void submit.submitAccept(),
    [SHIFT_KEYS.closeAlone]: () => void openClose()
  })
  const initial: CountValues = {
    ...EMPTY_COUNT,
    keys: (keysOf(summary)?.cabinets ?? []).map(() => ({ counted: '' })),
    tools: summary.tools.map(() => ({ counted: '', heldBy: '' }))
  }
  return (
    <Form form={form} layout="vertical" requiredMark={false} initialValues={initial} data-testid="handover-form">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <ShiftHeader summary={summary} onReload={reload} />
        <Row gutter={12}>
          <Col xs={24} xl={16}>
            <CountSections summary={summary} />
          </Col>
          <Col xs={24} xl={8}>
            <div style={{ position: 'sticky', top: 0 }}>
              <AcceptPanel
                summary={summary}
                error={submit.error}
                busy={submit.busy}
                onAccept={() => void submit.submitAccept()}
                onCloseAlone={() => void openClose()}
              />
            </div>
          </Col>
        </Row>
      </Space>
      {closing && (
        <CloseAloneDialog
          busy={submit.busy}
          onClose={() => setClosing(false)}
          onConfirm={async (reason) => {
            if (await submit.submitCloseAlone(reason)) setClosing(false)
          }}
        />
      )}
    </Form>
  )
}

/**
 * 交接班: the outgoing shift as the data has it — money, keys, tools, open matters — counted on
 * one page from the keyboard, the differences acknowledged, and the incoming person's sign-in to
 * accept it. The summary is the database's answer, quick enough that no spinner stands in for it.
 */
export function HandoverTab(_props: HandoverTabProps) {
  const { t } = useI18n()
  const summary = useApiQuery(api.handover.summary, {}, { staleTime: 0, refetchOnWindowFocus: false })
  // Kept here, above the form: the new session's summary (the incoming shift) replaces the form.
  const [done, setDone] = useState<HandoverRecordView | null>(null)
  if (done) return <HandoverDone record={done} />
  if (summary.error)
    return (
      <Alert
        type={summary.error.error.code === 'NO_OPEN_SHIFT' ? 'info' : 'error'}
        showIcon
        title={summary.error.message}
        data-testid="handover-unavailable"
        action={
          <Button size="small" onClick={() => void summary.refetch()}>
            {t('shiftScreen.reload')}
          </Button>
        }
      />
    )
  if (!summary.data) return null
  return (
    <div data-testid="handover-tab">
      <HandoverForm
        key={summary.data.shift.id}
        summary={summary.data}
        reload={() => void summary.refetch()}
        onDone={setDone}
      />
    </div>
  )
}
