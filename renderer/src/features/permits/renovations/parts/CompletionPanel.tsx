import { useState } from 'react'
import { Alert, Button, Space, Table, Tag, Typography } from 'antd'
import { CheckSquareOutlined, RollbackOutlined } from '@ant-design/icons'
import type { RenovationView } from '@shared/permits/api'
import { stateTag } from '../../../../lib/colors'
import { useHotkeys } from '../../../../lib/keyboard'
import { useI18n } from '../../../../lib/i18n'
import { useMe } from '../../../foundation/auth/session'
import { Section } from '../drawer-sections'
import { KeyHint, mono, StandingTag, when } from '../renovation-labels'
import { InspectDialog } from './InspectDialog'
import { PaperButtons } from './PaperButtons'
import { completionShown, counterMay, mayInspect, mayRefund, papersOut } from './part-rules'
import { RefundDialog } from './RefundDialog'

/** The latest failed inspection's items, while the renovation waits for another one. */
function lastFailure(r: RenovationView): { at: string; items: string[] } | null {
  if (r.inspection) return null
  const failed = r.events.find((e) => e.kind === 'inspectionFailed')
  const items = failed?.details?.failed
  return failed && Array.isArray(items) ? { at: failed.at, items: items.map(String) } : null
}

/** 验收结果: passed with its checklist, or the items that failed last time. */
function InspectionResult({ renovation: r }: { renovation: RenovationView }) {
  const { t } = useI18n()
  const failure = lastFailure(r)
  if (r.inspection)
    return (
      <Alert
        type="success"
        showIcon
        title={t('renovationParts.inspectionPassed', { by: r.inspection.by, at: when(r.inspection.at) })}
        description={r.inspection.remarks || undefined}
        data-testid="renovation-inspection"
      />
    )
  if (!failure) return null
  return (
    <Alert
      type="warning"
      showIcon
      title={t('renovationParts.inspectionFailedAt', { at: when(failure.at) })}
      description={failure.items.join('、')}
      data-testid="renovation-inspection"
    />
  )
}

/** The papers still out, each with 收回 / 挂失 in one click. */
function PapersOutTable({ out, counter }: { out: ReturnType<typeof papersOut>; counter: boolean }) {
  const { t } = useI18n()
  return (
    <Table
      size="small"
      rowKey={({ paper }) => paper.id}
      pagination={false}
      dataSource={out}
      data-testid="renovation-papers-out"
      columns={[
        {
          title: t('renovationParts.paperKind'),
          key: 'kind',
          render: (_: unknown, o) => t(`papers.kind.${o.paper.kind}`)
        },
        {
          title: t('renovationParts.paperNumber'),
          key: 'number',
          render: (_: unknown, o) => <span style={mono}>{o.paper.number}</span>
        },
        { title: t('renovationParts.holder'), key: 'holder', render: (_: unknown, o) => o.holder },
        {
          title: t('renovationParts.standing'),
          key: 'standing',
          render: (_: unknown, o) => <StandingTag paper={o.paper} />
        },
        {
          title: '',
          key: 'steps',
          render: (_: unknown, o) => (
            <PaperButtons
              paper={o.paper}
              holder={o.holder}
              canRevoke={false}
              disabled={!counter}
              testId={`paper-out-${o.paper.number}`}
            />
          )
        }
      ]}
    />
  )
}

/**
 * 验收与退保证金: the papers still out (收回 / 挂失 in one click), 验收 (F8) on the office's
 * checklist, and 退还保证金 (F10) once inspected — or after a withdrawal with the deposit paid.
 */
export function CompletionPanel({ renovation: r }: { renovation: RenovationView }) {
  const { t } = useI18n()
  const role = useMe().role
  const [dialog, setDialog] = useState<'inspect' | 'refund' | null>(null)
  const counter = counterMay(role)
  const canInspect = counter && mayInspect(r)
  const canRefund = counter && mayRefund(r)
  useHotkeys({
    F8: () => (canInspect && !dialog ? setDialog('inspect') : false),
    F10: () => (canRefund && !dialog ? setDialog('refund') : false)
  })
  if (!completionShown(r) && !r.refund) return null
  const out = papersOut(r)
  return (
    <Section
      title={t('renovationParts.completionTitle')}
      testId="renovation-completion"
      extra={
        <Space size={6}>
          <Button
            size="small"
            icon={<CheckSquareOutlined />}
            disabled={!canInspect}
            onClick={() => setDialog('inspect')}
            data-testid="renovation-step-inspect"
          >
            {t('renovationParts.inspect')}
            <KeyHint keys="F8" />
          </Button>
          <Button
            size="small"
            icon={<RollbackOutlined />}
            type={canRefund ? 'primary' : 'default'}
            disabled={!canRefund}
            onClick={() => setDialog('refund')}
            data-testid="renovation-step-refund"
          >
            {t('renovationParts.refund')}
            <KeyHint keys="F10" />
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {out.length === 0 ? (
          <Tag color={stateTag.good} data-testid="renovation-papers-back">
            {t('renovationParts.allPapersBack')}
          </Tag>
        ) : (
          <>
            <Typography.Text strong data-testid="renovation-papers-out-count">
              {t('renovationParts.papersOut', { count: out.length })}
            </Typography.Text>
            <PapersOutTable out={out} counter={counter} />
          </>
        )}
        <InspectionResult renovation={r} />
      </Space>
      {dialog === 'inspect' && <InspectDialog renovation={r} onClose={() => setDialog(null)} />}
      {dialog === 'refund' && <RefundDialog renovation={r} onClose={() => setDialog(null)} />}
    </Section>
  )
}
