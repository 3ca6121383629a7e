import { Tag } from 'antd'
import type {
  ComplaintSeverity,
  ComplaintStatus,
  ComplaintStep,
  ComplaintSummary
} from '@shared/workorders/complaints-api'
import type { StepDeadline, Urgency } from '@shared/workorders/deadlines'
import { colors, stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { when } from '../work-order-labels'

/**
 * The complaints' colours, from the palette's state tags (lib/colors): a step past due red, due
 * soon or today orange, upcoming plain; done green, done late volcano — as the work orders show them.
 */
export const URGENCY_COLOR: Record<Urgency, string> = {
  overdue: stateTag.bad,
  dueSoon: stateTag.attention,
  dueToday: stateTag.attention,
  upcoming: stateTag.neutral,
  late: 'volcano',
  done: stateTag.good
}

/** 重大 red, 重要 orange, 一般 plain. */
export const SEVERITY_COLOR: Record<ComplaintSeverity, string> = {
  major: stateTag.bad,
  important: stateTag.attention,
  minor: stateTag.neutral
}

/** Waiting orange, in hand blue, told and visited green. */
const STATUS_COLOR: Record<ComplaintStatus, string> = {
  open: stateTag.attention,
  handling: stateTag.info,
  resolved: stateTag.info,
  closed: stateTag.good,
  visited: stateTag.good
}

/** A row past due is tinted as money owed is; the number is written in its next step's colour. */
export function rowTint(next: ComplaintSummary['next']): string | undefined {
  return next?.urgency === 'overdue' ? colors.owedBg : undefined
}

export function urgencyText(next: ComplaintSummary['next']): string | undefined {
  if (!next) return undefined
  if (next.urgency === 'overdue') return colors.owed
  if (next.urgency === 'dueSoon' || next.urgency === 'dueToday') return colors.attention
  return undefined
}

export function SeverityTag({ severity }: { severity: ComplaintSeverity }) {
  const { t } = useI18n()
  return (
    <Tag color={SEVERITY_COLOR[severity]} data-testid="complaint-severity">
      {t(`complaints.severity.${severity}`)}
    </Tag>
  )
}

export function ComplaintStatusTag({ complaint }: { complaint: Pick<ComplaintSummary, 'status' | 'id' | 'invalid'> }) {
  const { t } = useI18n()
  return (
    <span data-testid={`complaint-status-${complaint.id}`} style={{ whiteSpace: 'nowrap' }}>
      <Tag color={STATUS_COLOR[complaint.status]}>{t(`complaints.status.${complaint.status}`)}</Tag>
      {complaint.invalid && <Tag>{t('complaints.invalid')}</Tag>}
    </span>
  )
}

/** One step's deadline: 上报 11-22 23:59 in its urgency's colour, the urgency named. */
export function ComplaintDueTag({ due, testId }: { due: StepDeadline<ComplaintStep> | null; testId?: string }) {
  const { t } = useI18n()
  if (!due) return <span data-testid={testId}>—</span>
  return (
    <Tag
      color={URGENCY_COLOR[due.urgency]}
      data-testid={testId}
      data-urgency={due.urgency}
      style={{ whiteSpace: 'normal' }}
    >
      {t(`complaints.step.${due.step}`)} {when(due.dueAt)} · {t(`complaints.urgency.${due.urgency}`)}
    </Tag>
  )
}
