import { useEffect, useRef, useState } from 'react'
import { Alert, Button, Card, Input, List, Space, Tag, Typography, type InputRef } from 'antd'
import { CameraOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { GateCheckRow } from '@shared/permits/gate-api'
import { useApiQuery } from '../../../lib/api/hooks'
import { stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { useMe } from '../../foundation/auth/session'
import { KeyHint, mono } from '../renovations/renovation-labels'
import type { PermitsTabProps } from '../tabs'
import { CameraScan } from './CameraScan'
import { useGateCheck } from './use-gate-check'
import { VERDICT_COLOR, VerdictPanel } from './VerdictPanel'

/** Whether focus went nowhere in particular (a click on the page, a button): the scan field takes it back. */
const focusIsLoose = () => {
  const el = document.activeElement
  return !el || el === document.body || el.tagName === 'BUTTON'
}

/** The last checks at this desk and the gates, newest first. */
function RecentChecks() {
  const { t } = useI18n()
  const recent = useApiQuery(api.gate.recent, { limit: 20 }, { staleTime: 0, retry: false })
  return (
    <Card size="small" title={t('gateScreen.recent')} data-testid="gate-recent">
      <List<GateCheckRow>
        size="small"
        dataSource={recent.data ?? []}
        locale={{ emptyText: t('gateScreen.recentEmpty') }}
        renderItem={(row) => (
          <List.Item data-testid={`gate-recent-${row.id}`} data-verdict={row.verdict}>
            <Space size={8} wrap>
              <Typography.Text type="secondary">{dayjs(row.at).format('HH:mm:ss')}</Typography.Text>
              <Tag color={VERDICT_COLOR[row.verdict]}>{t(`gate.verdict.${row.verdict}`)}</Tag>
              <span style={mono}>{row.number ?? row.input.slice(0, 24)}</span>
              {row.offline && <Tag>{t('gateScreen.offlineTag')}</Tag>}
              <Typography.Text type="secondary">{row.staffName}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  )
}

/** When the kept register was read, and the offline releases still to send. */
function GateStatus({ asOf, queued }: { asOf: string | null; queued: number }) {
  const { t } = useI18n()
  return (
    <Space size={16} wrap>
      <Typography.Text type="secondary" data-testid="gate-register-time">
        {asOf ? t('gateScreen.registerAsOf', { time: dayjs(asOf).format('HH:mm') }) : t('gateScreen.noRegister')}
      </Typography.Text>
      {queued > 0 && (
        <Tag color={stateTag.attention} data-testid="gate-queued">
          {t('gateScreen.queued', { count: queued })}
        </Tag>
      )}
      <Typography.Text type="secondary">{t('gateScreen.keys')}</Typography.Text>
    </Space>
  )
}

/**
 * 放行核验: one field that always has the focus. A USB scanner types the QR code's text and Enter;
 * a guard types the number and the check code. The verdict fills the screen in its colour with a
 * beep; F8 confirms a valid slip, Esc clears. Without the desk, the verdict comes from the kept
 * register under a 离线核验 banner.
 */
export function GateTab(_props: PermitsTabProps) {
  const { t } = useI18n()
  const me = useMe()
  const gate = useGateCheck()
  const [text, setText] = useState('')
  const [camera, setCamera] = useState(false)
  const field = useRef<InputRef>(null)
  const refocus = () => setTimeout(() => !camera && focusIsLoose() && field.current?.focus(), 0)

  useEffect(() => {
    if (!camera) field.current?.focus()
  }, [camera, gate.result])

  function submit(value: string) {
    setText('')
    void gate.check(value)
  }
  useHotkeys({
    F8: () => void gate.redeem(me.displayName),
    Escape: () => {
      setText('')
      gate.clear()
    }
  })

  const slipToConfirm = gate.result?.verdict === 'valid' && gate.result.kind === 'slip'
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 340px', gap: 16 }}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Space.Compact block>
          <Input
            ref={field}
            size="large"
            value={text}
            autoFocus
            onChange={(e) => setText(e.target.value)}
            onPressEnter={(e) => submit(e.currentTarget.value)}
            onBlur={refocus}
            placeholder={t('gateScreen.inputPlaceholder')}
            style={{ fontSize: 22, ...mono }}
            data-testid="gate-input"
          />
          <Button size="large" icon={<CameraOutlined />} onClick={() => setCamera(true)} data-testid="gate-camera-open">
            {t('gateScreen.camera')}
          </Button>
        </Space.Compact>
        <GateStatus asOf={gate.register?.asOf ?? null} queued={gate.queued} />
        {gate.result?.offline && (
          <Alert type="warning" showIcon title={t('gateScreen.offlineBanner')} data-testid="gate-offline" />
        )}
        {gate.result && <VerdictPanel result={gate.result} />}
        {slipToConfirm && (
          <Button
            type="primary"
            size="large"
            loading={gate.busy}
            onClick={() => void gate.redeem(me.displayName)}
            data-testid="gate-redeem"
          >
            {t('gateScreen.redeem')}
            <KeyHint keys="F8" />
          </Button>
        )}
      </Space>
      <RecentChecks />
      {camera && (
        <CameraScan
          onClose={() => setCamera(false)}
          onScan={(scanned) => {
            setCamera(false)
            void gate.check(scanned)
          }}
        />
      )}
    </div>
  )
}
