import { useState } from 'react'
import { Button, Drawer, Space, Spin, Typography } from 'antd'
import { HomeOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { RenovationView } from '@shared/permits/api'
import { useApiQuery } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useRefocus } from '../../../lib/use-refocus'
import { useI18n } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { useMe } from '../../foundation/auth/session'
import { usePermitPrints } from '../paper/use-permit-prints'
import { CompletionPanel } from './parts/CompletionPanel'
import { ViolationsPanel } from './parts/ViolationsPanel'
import { WorkersPanel } from './parts/WorkersPanel'
import { BlockersList, PartiesSection, ReviewAndSigned, WorksSection } from './drawer-sections'
import { EventsTimeline, FeesSection, NotesSection, PermitSection } from './drawer-papers'
import { ChargeDialog, FeesPayPanel } from './RenovationCharge'
import { ExtendDialog, ReviewDialog, SignDialog, TextStepDialog } from './RenovationDialogs'
import { AmendDialog } from './AmendDialog'
import { IssueDialog } from './IssueDialog'
import {
  actionLabel,
  feesCharged,
  feesUnpaid,
  nextAction,
  RENOVATION_ACTIONS,
  RENOVATION_KEYS,
  renovationAllowed,
  renovationRoleMay,
  type RenovationAction
} from './renovation-actions'
import { KeyHint, mono, RenovationStatusTag } from './renovation-labels'

type Dialog = Exclude<RenovationAction, 'print'> | 'resume'

function StepDialog({ r, dialog, onClose }: { r: RenovationView; dialog: Dialog; onClose: (pay?: boolean) => void }) {
  const props = { renovation: r, onClose: () => onClose() }
  switch (dialog) {
    case 'amend':
      return <AmendDialog {...props} />
    case 'review':
      return <ReviewDialog {...props} />
    case 'sign':
      return <SignDialog {...props} />
    case 'charge':
      return <ChargeDialog renovation={r} onClose={(pay) => onClose(pay)} />
    case 'issue':
      return <IssueDialog {...props} />
    case 'extend':
      return <ExtendDialog {...props} />
    default:
      return <TextStepDialog {...props} step={dialog} />
  }
}

/** The steps on their keys; 吊销 is not shown to who may not revoke. */
function Actions({
  r,
  paying,
  onAction
}: {
  r: RenovationView
  paying: boolean
  onAction: (a: RenovationAction) => void
}) {
  const { t } = useI18n()
  const role = useMe().role
  const primary = nextAction(r)
  return (
    <Space wrap size={[6, 6]}>
      {RENOVATION_ACTIONS.filter((a) => a !== 'revoke' || renovationRoleMay(role, a)).map((action) => (
        <Button
          key={action}
          size="small"
          type={action === primary ? 'primary' : 'default'}
          disabled={
            !renovationRoleMay(role, action) || !renovationAllowed(r, action) || (paying && action === 'charge')
          }
          onClick={() => onAction(action)}
          data-testid={`renovation-${action}`}
        >
          {t(actionLabel(r, action))}
          <KeyHint keys={RENOVATION_KEYS[action]} />
        </Button>
      ))}
    </Space>
  )
}

function DrawerTitle({ r }: { r: RenovationView | undefined }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  if (!r) return <>{t('renovationScreen.title')}</>
  return (
    <Space size={12}>
      <span style={{ ...mono, fontSize: 18, fontWeight: 700 }} data-testid="renovation-number">
        {r.number}
      </span>
      <RenovationStatusTag status={r.status} testId="renovation-drawer-status" />
      <Button
        type="link"
        icon={<HomeOutlined />}
        onClick={() => navigate(`households/${r.roomId}`)}
        data-testid="renovation-room"
      >
        {r.roomCode}
      </Button>
    </Space>
  )
}

/**
 * One renovation (`#/permits/<id>`): what still stops the permit, the applicant and contractor, the
 * works, review and signed papers, the fees, the permit's editions, the workers, violations and
 * completion (their panels), the history and notes; the desk's steps on fixed keys.
 */
export function RenovationDrawer({ renovationId, onClose }: { renovationId: number; onClose: () => void }) {
  const query = useApiQuery(api.renovations.get, { renovationId }, { staleTime: 0 })
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [paying, setPaying] = useState(false)
  const r = query.data
  const role = useMe().role
  const prints = usePermitPrints()
  const { actions, refocus } = useRefocus(dialog !== null || query.isFetching)
  const run = (action: RenovationAction): void | false => {
    if (!r || dialog) return false
    // Ctrl+P with no permit yet is still the drawer's: the browser would print the screen.
    if (!renovationRoleMay(role, action) || !renovationAllowed(r, action)) return action === 'print' ? undefined : false
    // The browser's print dialog takes the focus: it comes back to the drawer's steps.
    if (action === 'print') return void prints.permit(r, 'A4').then(() => refocus())
    if (action === 'charge' && feesCharged(r) && feesUnpaid(r)) return setPaying(true)
    setDialog(action === 'suspend' && r.status === 'suspended' ? 'resume' : action)
  }
  const bindings: Record<string, () => void | false> = {}
  for (const a of RENOVATION_ACTIONS) bindings[RENOVATION_KEYS[a]] = () => run(a)
  useHotkeys(bindings)

  const closeDialog = (pay?: boolean) => {
    setDialog(null)
    if (pay) setPaying(true)
    else refocus()
  }

  return (
    <Drawer
      open
      size={960}
      title={<DrawerTitle r={r} />}
      onClose={onClose}
      destroyOnHidden
      data-testid="renovation-drawer"
    >
      {query.isPending ? (
        <Spin />
      ) : !r ? (
        <Typography.Text type="danger" data-testid="renovation-error">
          {query.error?.message}
        </Typography.Text>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <div ref={actions} tabIndex={-1} style={{ outline: 'none' }}>
            <Actions r={r} paying={paying} onAction={(a) => run(a)} />
          </div>
          <BlockersList renovation={r} />
          {paying && <FeesPayPanel renovation={r} onDone={() => setPaying(false)} />}
          <PartiesSection renovation={r} />
          <WorksSection renovation={r} />
          <ReviewAndSigned renovation={r} />
          <FeesSection
            renovation={r}
            canCharge={renovationAllowed(r, 'charge') && !paying}
            onCharge={() => run('charge')}
          />
          <PermitSection renovation={r} onPrint={() => run('print')} />
          <WorkersPanel renovation={r} />
          <ViolationsPanel renovation={r} />
          <CompletionPanel renovation={r} />
          <EventsTimeline events={r.events} />
          <NotesSection renovation={r} canNote={renovationRoleMay(role, 'note')} onNote={() => run('note')} />
        </Space>
      )}
      {r && dialog && <StepDialog r={r} dialog={dialog} onClose={closeDialog} />}
    </Drawer>
  )
}
