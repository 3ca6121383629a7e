import { Tag, Typography } from 'antd'
import type { AnswerUrgency, LedgerChannel, LedgerStatus, LedgerSummary } from '@shared/handover/ledger-types'
import { stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'

/** Open waits (orange), answered and converted are settled (green, blue), closed is grey. */
const STATUS_TAG: Record<LedgerStatus, string> = {
  open: stateTag.attention,
  answered: stateTag.good,
  converted: stateTag.info,
  closed: stateTag.neutral
}

export function LedgerStatusTag({ entry, testId }: { entry: Pick<LedgerSummary, 'status' | 'id'>; testId?: string }) {
  const { t } = useI18n()
  return (
    <Tag color={STATUS_TAG[entry.status]} data-testid={testId ?? `ledger-status-${entry.id}`}>
      {t(`ledger.status.${entry.status}`)}
    </Tag>
  )
}

const URGENCY_TAG: Record<Exclude<AnswerUrgency, 'none'>, string> = {
  overdue: stateTag.bad,
  dueSoon: stateTag.attention,
  upcoming: stateTag.neutral
}

export function UrgencyTag({ urgency }: { urgency: AnswerUrgency }) {
  const { t } = useI18n()
  if (urgency === 'none') return null
  return (
    <Tag color={URGENCY_TAG[urgency]} data-urgency={urgency}>
      {t(`ledgerScreen.urgency.${urgency}`)}
    </Tag>
  )
}

export const KeyHint = ({ keys }: { keys: string }) => (
  <Typography.Text keyboard style={{ marginInlineStart: 6, fontSize: 12 }}>
    {keys}
  </Typography.Text>
)

export const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }

/**
 * The fast form's own keys for the channel: Alt+Shift+1…5 (plain Alt+digit is the app menu's).
 * The order is the manual's: 来电, 来访, 信函, 传真, 其他.
 */
export const CHANNEL_KEYS: Record<LedgerChannel, string> = {
  phone: 'Alt+Shift+1',
  visit: 'Alt+Shift+2',
  letter: 'Alt+Shift+3',
  fax: 'Alt+Shift+4',
  other: 'Alt+Shift+5'
}

/** The drawer's steps on their keys, as the work-order and permit drawers do. */
export const LEDGER_ACTION_KEYS = {
  answer: 'Alt+A',
  close: 'Alt+X',
  note: 'Alt+N',
  toRepair: 'Alt+R',
  toComplaint: 'Alt+C'
} as const
export type LedgerAction = keyof typeof LEDGER_ACTION_KEYS

/** Which steps an entry in this status allows (the core checks the same). */
export function ledgerActionAllowed(status: LedgerStatus, action: LedgerAction): boolean {
  if (action === 'note') return status !== 'closed'
  return status === 'open'
}

/** Where the screen opens what an entry became. */
export const convertedRoute = (converted: NonNullable<LedgerSummary['converted']>) =>
  converted.kind === 'complaint' ? `workorders/complaints/${converted.id}` : `workorders/${converted.id}`
