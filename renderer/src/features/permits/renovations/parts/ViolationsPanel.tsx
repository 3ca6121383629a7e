import { useState } from 'react'
import { Button, Table, Tag, Typography } from 'antd'
import { WarningOutlined } from '@ant-design/icons'
import type { RenovationView, ViolationView } from '@shared/permits/api'
import { stateTag } from '../../../../lib/colors'
import { useHotkeys } from '../../../../lib/keyboard'
import { useI18n } from '../../../../lib/i18n'
import { useMe } from '../../../foundation/auth/session'
import { Section } from '../drawer-sections'
import { KeyHint, when, yuanText } from '../renovation-labels'
import { counterMay, mayRecordViolation } from './part-rules'
import { RectifyDialog, ViolationDialog } from './ViolationDialogs'

type Dialog = { kind: 'record' } | { kind: 'rectify'; violation: ViolationView }

/** 已整改 with when, else 整改 for who may record it. */
function RectifiedCell({
  violation: v,
  canRectify,
  onRectify
}: {
  violation: ViolationView
  canRectify: boolean
  onRectify: () => void
}) {
  const { t } = useI18n()
  if (v.rectifiedAt)
    return (
      <Tag color={stateTag.good} title={v.rectifyNote}>
        {t('renovationParts.rectifiedAt', { at: when(v.rectifiedAt) })}
      </Tag>
    )
  if (!canRectify) return <Tag color={stateTag.attention}>{t('renovationParts.notRectified')}</Tag>
  return (
    <Button size="small" onClick={onRectify} data-testid={`violation-rectify-${v.id}`}>
      {t('renovationParts.rectify')}
    </Button>
  )
}

/** 违规: what was found on the works, the deductions from the deposit, and whether it was put right (F9 records one). */
export function ViolationsPanel({ renovation: r }: { renovation: RenovationView }) {
  const { t } = useI18n()
  const role = useMe().role
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const canRecord = counterMay(role) && mayRecordViolation(r)
  useHotkeys({ F9: () => (canRecord && !dialog ? setDialog({ kind: 'record' }) : false) })
  if (r.violations.length === 0 && !mayRecordViolation(r)) return null
  const open = r.violations.filter((v) => v.rectifiedAt === null).length
  return (
    <Section
      title={t('renovationParts.violationsTitle')}
      testId="renovation-violations"
      extra={
        <Button
          size="small"
          icon={<WarningOutlined />}
          disabled={!canRecord}
          onClick={() => setDialog({ kind: 'record' })}
          data-testid="renovation-record-violation"
        >
          {t('renovationParts.recordViolation')}
          <KeyHint keys="F9" />
        </Button>
      }
    >
      <Table<ViolationView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.violations}
        locale={{ emptyText: t('renovationParts.noViolations') }}
        columns={[
          { title: t('renovationParts.foundAt'), key: 'at', width: 140, render: (_: unknown, v) => when(v.foundAt) },
          { title: t('renovationParts.foundBy'), dataIndex: 'foundBy', width: 100 },
          { title: t('renovationParts.what'), dataIndex: 'what' },
          {
            title: t('renovationParts.deduction'),
            key: 'deduction',
            width: 150,
            render: (_: unknown, v) =>
              v.deductionFen > 0 ? (
                <span title={v.deductionReason}>{yuanText(v.deductionFen)}</span>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              )
          },
          {
            title: t('renovationParts.rectifiedCol'),
            key: 'rectified',
            width: 150,
            render: (_: unknown, v) => (
              <RectifiedCell
                violation={v}
                canRectify={canRecord}
                onRectify={() => setDialog({ kind: 'rectify', violation: v })}
              />
            )
          }
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="renovation-violation-totals">
        {t('renovationParts.violationTotals', {
          count: r.violations.length,
          open,
          amount: yuanText(r.deductionsFen)
        })}
      </Typography.Paragraph>
      {dialog?.kind === 'record' && <ViolationDialog renovation={r} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'rectify' && <RectifyDialog violation={dialog.violation} onClose={() => setDialog(null)} />}
    </Section>
  )
}
