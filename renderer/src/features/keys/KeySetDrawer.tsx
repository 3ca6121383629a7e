import { useEffect, useRef, useState } from 'react'
import { Alert, Button, Descriptions, Drawer, Space, Spin, Tag, Typography } from 'antd'
import { ExportOutlined, ImportOutlined, PrinterOutlined, RollbackOutlined, WarningOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { KeySetView } from '@shared/keys/api'
import { KEY_CLERKS } from '@shared/keys/api'
import { roleAllowed } from '@shared/kernel/roles'
import { useApiQuery } from '../../lib/api/hooks'
import { useMe } from '../foundation/auth/session'
import { Revealable } from '../households/Revealable'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { BorrowDialog } from './KeyActionDialogs'
import { IncidentDialog, ReturnDialog, WithdrawDialog } from './KeyCloseDialogs'
import { hookPlace, STATE_STYLE, when } from './key-labels'
import { lastHandout } from './key-prints'
import { useKeyPrints } from './use-key-prints'
import { AuthorizedTable, revealPhone } from './KeySetAuthorizedTable'
import { History } from './KeySetHistory'

export const KEY_ACTIONS = ['borrow', 'return', 'withdraw', 'incident'] as const
export type KeyAction = (typeof KEY_ACTIONS)[number]

/** Which actions the set's state allows: 借出 and 取回 while in the cabinet, 归还 while out. */
export function allowed(set: KeySetView, action: KeyAction): boolean {
  if (action === 'borrow' || action === 'withdraw') return set.status === 'in'
  if (action === 'return') return set.status === 'out' || set.status === 'overdue'
  return set.status !== 'withdrawn' || set.incidents.length > 0
}

/**
 * One key set: where it hangs, what it is, who left it, who may take it (current ones marked),
 * the open hand-out, the history with staff and approver, and the counter's actions.
 */
export function KeySetDrawer({
  keySetId,
  action,
  onClose
}: {
  keySetId: number
  action?: KeyAction
  onClose: () => void
}) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  // The roles that lend keys may see a borrower's phone to call them back (each reveal audited).
  const mayLend = roleAllowed(useMe().role, KEY_CLERKS)
  const query = useApiQuery(api.keys.get, { keySetId }, { staleTime: 0 })
  const prints = useKeyPrints()
  const [dialog, setDialog] = useState<KeyAction | null>(null)
  const set = query.data

  // After a dialog, the keyboard goes on from the set's first action (借出 ↔ 归还 swap under it).
  // The focus waits for the set's fresh answer, so it lands on the buttons that are really shown.
  const actions = useRef<HTMLDivElement>(null)
  const [refocus, setRefocus] = useState(false)
  const closeDialog = () => {
    setDialog(null)
    setRefocus(true)
  }
  useEffect(() => {
    if (!refocus || dialog !== null || query.isFetching) return
    actions.current?.querySelector('button')?.focus()
    setRefocus(false)
  }, [refocus, dialog, query.isFetching])

  // `#/keys/<id>/<action>` opens the action at once (the page's 借出 / 归还 / 取回 / 登记事件 buttons).
  useEffect(() => {
    if (set && action && allowed(set, action)) setDialog(action)
  }, [set?.id, action])

  const title = set ? (
    <Space size={12}>
      <span style={{ fontFamily: 'Consolas, monospace', fontSize: 20, fontWeight: 700 }} data-testid="keyset-tag">
        {set.tagCode}
      </span>
      <Tag
        color={STATE_STYLE[set.status].tag}
        style={{ fontSize: 14, padding: '2px 10px' }}
        data-testid="keyset-status"
      >
        {t(`keys.status.${set.status}`)}
      </Tag>
    </Space>
  ) : (
    t('keys.keySet')
  )

  return (
    <Drawer
      open
      size={780}
      title={title}
      onClose={onClose}
      destroyOnHidden
      data-testid="keyset-drawer"
      extra={
        set && (
          <div ref={actions}>
            <Actions set={set} onAction={setDialog} />
          </div>
        )
      }
    >
      {query.isPending ? (
        <Spin />
      ) : !set ? (
        <Typography.Text type="danger">{query.error?.message}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={20} style={{ width: '100%' }}>
          {set.borrow && (
            <Alert
              type={set.status === 'overdue' ? 'error' : 'info'}
              showIcon
              data-testid="keyset-borrow"
              title={
                <span>
                  {t('keys.outWith', { name: set.borrow.personName, n: set.borrow.count })}{' '}
                  <Revealable
                    masked={set.borrow.phoneMasked}
                    allowed={mayLend}
                    label={t('keys.revealPhone')}
                    testId="borrow-phone-masked"
                    reveal={revealPhone('movement', set.borrow.movementId)}
                  />
                </span>
              }
              description={`${t('keys.borrowedAt')} ${when(set.borrow.at)} · ${t('keys.dueBack')} ${when(set.borrow.expectedReturnAt)}${set.borrow.purpose ? ` · ${t(`keys.purpose.${set.borrow.purpose}`)}` : ''}`}
            />
          )}
          <Descriptions bordered size="small" column={2} data-testid="keyset-facts" styles={{ label: { width: 110 } }}>
            <Descriptions.Item label={t('keys.hook')}>
              {hookPlace(set.cabinetName, set.hookRow, set.hookColumn)}
            </Descriptions.Item>
            <Descriptions.Item label={t('keys.room')}>
              <Button
                type="link"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => navigate(`households/${set.roomId}`)}
                data-testid="keyset-room"
              >
                {set.roomCode}
              </Button>
            </Descriptions.Item>
            <Descriptions.Item label={t('keys.pieces')} span={2}>
              {set.pieces.map((p) => `${t(`keys.kind.${p.kind}`)} × ${p.count}`).join('、')}
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                {t('keys.inCustody', { n: set.pieceCount })}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('keys.depositor')}>{set.depositorName}</Descriptions.Item>
            <Descriptions.Item label={t('keys.purpose')}>{t(`keys.purpose.${set.purpose}`)}</Descriptions.Item>
            <Descriptions.Item label={t('keys.depositedAt')}>{when(set.depositedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('keys.withdrawnAt')}>{when(set.withdrawnAt)}</Descriptions.Item>
            {set.notes && (
              <Descriptions.Item label={t('keys.note')} span={2}>
                {set.notes}
              </Descriptions.Item>
            )}
          </Descriptions>
          <section>
            <Typography.Title level={5}>{t('keys.authorized')}</Typography.Title>
            <AuthorizedTable rows={set.authorizations} mayLend={mayLend} />
          </section>
          <section>
            <Typography.Title level={5}>{t('keys.history')}</Typography.Title>
            <History set={set} />
          </section>
          <Space wrap>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => void prints.signOut(set)}
              disabled={!lastHandout(set)}
              data-testid="print-sign-out"
            >
              {t('keys.printSignOut')}
            </Button>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => void prints.entrustment(set)}
              data-testid="print-entrustment"
            >
              {t('keys.printEntrustment')}
            </Button>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => void prints.label(set)}
              disabled={set.status === 'withdrawn'}
              data-testid="print-label"
            >
              {t('keys.printLabel')}
            </Button>
          </Space>
        </Space>
      )}
      {set && dialog === 'borrow' && <BorrowDialog set={set} onClose={closeDialog} />}
      {set && dialog === 'return' && <ReturnDialog set={set} onClose={closeDialog} />}
      {set && dialog === 'withdraw' && <WithdrawDialog set={set} onClose={closeDialog} />}
      {set && dialog === 'incident' && <IncidentDialog set={set} onClose={closeDialog} />}
    </Drawer>
  )
}

function Actions({ set, onAction }: { set: KeySetView; onAction: (a: KeyAction) => void }) {
  const { t } = useI18n()
  return (
    <Space>
      {allowed(set, 'borrow') && (
        <Button
          type="primary"
          icon={<ExportOutlined />}
          onClick={() => onAction('borrow')}
          data-testid="action-borrow"
          autoFocus
        >
          {t('keys.borrow')}
        </Button>
      )}
      {allowed(set, 'return') && (
        <Button
          type="primary"
          icon={<ImportOutlined />}
          onClick={() => onAction('return')}
          data-testid="action-return"
          autoFocus
        >
          {t('keys.return')}
        </Button>
      )}
      {allowed(set, 'withdraw') && (
        <Button icon={<RollbackOutlined />} onClick={() => onAction('withdraw')} data-testid="action-withdraw">
          {t('keys.withdraw')}
        </Button>
      )}
      {allowed(set, 'incident') && (
        <Button icon={<WarningOutlined />} onClick={() => onAction('incident')} data-testid="action-incident">
          {t('keys.incidentAction')}
        </Button>
      )}
    </Space>
  )
}
