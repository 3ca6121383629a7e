import { useState } from 'react'
import { Button, Descriptions, Drawer, Space, Spin, Tag, Timeline, Typography } from 'antd'
import { api } from '@shared/api'
import type { LedgerView } from '@shared/handover/ledger-types'
import { localDateTime } from '@shared/kernel/calendar'
import { useApiQuery } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useRefocus } from '../../../lib/use-refocus'
import { useI18n } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { ConvertDialog, TextStepDialog, type TextStep } from './LedgerDialogs'
import {
  convertedRoute,
  KeyHint,
  LEDGER_ACTION_KEYS,
  ledgerActionAllowed,
  LedgerStatusTag,
  mono,
  UrgencyTag,
  type LedgerAction
} from './ledger-labels'

const ACTIONS = Object.keys(LEDGER_ACTION_KEYS) as LedgerAction[]
const ACTION_LABEL = {
  answer: 'ledgerScreen.drawer.answer',
  close: 'ledgerScreen.drawer.close',
  note: 'ledgerScreen.drawer.note',
  toRepair: 'ledgerScreen.drawer.toRepair',
  toComplaint: 'ledgerScreen.drawer.toComplaint'
} as const

function Facts({ e }: { e: LedgerView }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  return (
    <Descriptions size="small" column={2} bordered>
      <Descriptions.Item label={t('ledgerScreen.col.at')}>{localDateTime(e.at)}</Descriptions.Item>
      <Descriptions.Item label={t('ledgerScreen.drawer.shift')}>
        {t(`shift.kind.${e.shiftKind}`)} · {e.staffName}
      </Descriptions.Item>
      <Descriptions.Item label={t('ledgerScreen.form.channel')}>{t(`ledger.channel.${e.channel}`)}</Descriptions.Item>
      <Descriptions.Item label={t('ledgerScreen.form.category')}>
        {t(`ledger.category.${e.category}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('ledgerScreen.form.callerName')}>{e.callerName || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('ledgerScreen.form.callerPhone')}>
        <span data-testid="ledger-drawer-phone">{e.callerPhone || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('ledgerScreen.form.room')}>
        {e.roomId !== null ? (
          <Button type="link" size="small" onClick={() => navigate(`households/${e.roomId}`)}>
            {e.roomCode}
          </Button>
        ) : (
          '—'
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('ledgerScreen.form.department')}>{e.department || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('ledgerScreen.col.content')} span={2}>
        <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{e.content}</Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('ledgerScreen.col.promisedAt')} span={2}>
        {e.promisedAt ? (
          <Space size={4}>
            {localDateTime(e.promisedAt)}
            <UrgencyTag urgency={e.urgency} />
          </Space>
        ) : (
          '—'
        )}
      </Descriptions.Item>
      {e.status === 'answered' && (
        <Descriptions.Item label={t('ledgerScreen.form.answer')} span={2}>
          <Space orientation="vertical" size={2}>
            <span data-testid="ledger-drawer-answer">{e.answer}</span>
            <Typography.Text type="secondary">
              {t('ledgerScreen.drawer.answeredBy', {
                name: e.answeredBy ?? '',
                at: localDateTime(e.answeredAt ?? e.at)
              })}
              {e.answeredOnTime !== null && (
                <Tag color={e.answeredOnTime ? 'green' : 'red'} style={{ marginInlineStart: 8 }}>
                  {t(e.answeredOnTime ? 'ledgerScreen.drawer.onTime' : 'ledgerScreen.drawer.late')}
                </Tag>
              )}
            </Typography.Text>
          </Space>
        </Descriptions.Item>
      )}
    </Descriptions>
  )
}

function Events({ e }: { e: LedgerView }) {
  const { t } = useI18n()
  return (
    <Timeline
      items={e.events.map((v) => ({
        key: v.id,
        children: (
          <span>
            {localDateTime(v.at)} · {t(`ledger.event.${v.kind}`)} · {v.staffName}
            {v.note && <Typography.Text type="secondary"> — {v.note}</Typography.Text>}
          </span>
        )
      }))}
    />
  )
}

type Dialog = { kind: 'text'; step: TextStep } | { kind: 'convert'; to: 'repair' | 'complaint' }

/**
 * One entry (`#/handover/ledger/<id>`): its facts, the answer, what it became (a link to the work
 * order or complaint), its history; the steps on fixed keys — Alt+A 答复, Alt+X 关闭, Alt+N 备注,
 * Alt+R 转报修, Alt+C 转投诉.
 */
export function LedgerDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const query = useApiQuery(api.ledger.get, { id }, { staleTime: 0 })
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const { actions, refocus } = useRefocus(dialog !== null || query.isFetching)
  const e = query.data
  const run = (action: LedgerAction): void | false => {
    if (!e || dialog || !ledgerActionAllowed(e.status, action)) return false
    if (action === 'toRepair') return setDialog({ kind: 'convert', to: 'repair' })
    if (action === 'toComplaint') return setDialog({ kind: 'convert', to: 'complaint' })
    setDialog({ kind: 'text', step: action })
  }
  const bindings: Record<string, () => void | false> = {}
  for (const a of ACTIONS) bindings[LEDGER_ACTION_KEYS[a]] = () => run(a)
  useHotkeys(bindings)
  const closeDialog = () => {
    setDialog(null)
    refocus()
  }
  const title = e ? (
    <Space size={12}>
      <span style={{ ...mono, fontSize: 18, fontWeight: 700 }} data-testid="ledger-drawer-number">
        {e.number}
      </span>
      <LedgerStatusTag entry={e} testId="ledger-drawer-status" />
    </Space>
  ) : (
    t('ledgerScreen.drawer.title')
  )
  return (
    <Drawer open size={760} title={title} onClose={onClose} destroyOnHidden data-testid="ledger-drawer">
      {query.isPending ? (
        <Spin />
      ) : !e ? (
        <Typography.Text type="danger">{query.error?.message}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <div ref={actions} tabIndex={-1} style={{ outline: 'none' }}>
            <Space wrap size={[6, 6]}>
              {ACTIONS.map((a) => (
                <Button
                  key={a}
                  size="small"
                  type={a === 'answer' && e.status === 'open' ? 'primary' : 'default'}
                  disabled={!ledgerActionAllowed(e.status, a)}
                  onClick={() => run(a)}
                  data-testid={`ledger-${a}`}
                >
                  {t(ACTION_LABEL[a])}
                  <KeyHint keys={LEDGER_ACTION_KEYS[a]} />
                </Button>
              ))}
            </Space>
          </div>
          {e.converted && (
            <Button
              type="link"
              onClick={() => navigate(convertedRoute(e.converted!))}
              data-testid="ledger-converted-link"
              style={{ paddingInline: 0 }}
            >
              {t('ledgerScreen.drawer.converted', { number: e.converted.number })}
            </Button>
          )}
          <Facts e={e} />
          <Typography.Title level={5}>{t('ledgerScreen.drawer.events')}</Typography.Title>
          <Events e={e} />
        </Space>
      )}
      {e && dialog?.kind === 'text' && <TextStepDialog entry={e} step={dialog.step} onClose={closeDialog} />}
      {e && dialog?.kind === 'convert' && <ConvertDialog entry={e} kind={dialog.to} onClose={closeDialog} />}
    </Drawer>
  )
}
