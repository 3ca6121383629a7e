import { useEffect, useRef, useState } from 'react'
import { Button, Card, Col, Empty, Input, Row, Space, Spin, Typography, type InputRef } from 'antd'
import {
  ExportOutlined,
  ImportOutlined,
  PlusOutlined,
  RollbackOutlined,
  ScanOutlined,
  WarningOutlined
} from '@ant-design/icons'
import { api } from '@shared/api'
import type { HookView } from '@shared/keys/api'
import { call } from '../../lib/api/client'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { useHotkeys } from '../../lib/keyboard'
import { CabinetGrid } from './CabinetGrid'
import { DepositDialog } from './DepositDialog'
import type { HookChoice } from './HookPicker'
import { KEY_ACTIONS, KeySetDrawer, type KeyAction } from './KeySetDrawer'
import { OverdueKeysCard } from './OverdueKeysCard'
import { Totals } from './CabinetTotals'
import { RoomSets, type Found } from './RoomKeySetsCard'

/**
 * 钥匙托管: `#/keys` is the cabinet view with the tag box and the overdue list; `#/keys/<id>`
 * opens a key set, `#/keys/<id>/<action>` opens it on an action. '/' focuses the tag box; a
 * scanner types the code and Enter.
 */
export function KeysSection() {
  const { t } = useI18n()
  const { params, navigate } = useRoute()
  const openId = Number(params[0])
  const openAction = KEY_ACTIONS.includes(params[1] as KeyAction) ? (params[1] as KeyAction) : undefined
  const cabinets = useApiQuery(api.keys.cabinets, {}, { staleTime: 0, refetchInterval: 60_000 })
  const counts = useApiQuery(api.keys.counts, {}, { staleTime: 0 })
  const input = useRef<InputRef>(null)
  const [q, setQ] = useState('')
  const [busy, setBusy] = useState(false)
  const [missing, setMissing] = useState(false)
  const [found, setFound] = useState<Found | null>(null)
  const [pending, setPending] = useState<KeyAction | null>(null)
  const [depositing, setDepositing] = useState<{ room?: { id: number; code: string }; hook?: HookChoice } | null>(null)

  const drawerOpen = Number.isInteger(openId) && openId > 0
  // The tag box takes the focus once the key set over it has gone (its focus trap with it).
  const [focusTagBox, setFocusTagBox] = useState(false)
  useEffect(() => {
    if (!focusTagBox || drawerOpen) return
    input.current?.focus({ cursor: 'all' })
    setFocusTagBox(false)
  }, [focusTagBox, drawerOpen])
  // Page keys: a dialog open over the page (not the drawer) keeps them for itself.
  // Escape closes the key set even when the focus fell back to the page after a dialog.
  useHotkeys({ Escape: () => (drawerOpen ? navigate('keys') : false) })
  useHotkeys(
    {
      // Over an open key set, '/' closes it for the next code.
      '/': () => {
        if (drawerOpen) navigate('keys')
        setFocusTagBox(true)
      }
    },
    { whileTyping: false }
  )

  const open = (id: number, action: KeyAction | null) => {
    navigate(action ? `keys/${id}/${action}` : `keys/${id}`)
    setPending(null)
    setQ('')
  }

  async function search(raw: string, action: KeyAction | null) {
    const text = raw.trim()
    if (!text) return
    setBusy(true)
    setMissing(false)
    setFound(null)
    try {
      if (text.length <= 12) {
        let sets = await call(api.keys.find, { tagCode: text })
        if (sets.length === 0 && text !== text.toUpperCase())
          sets = await call(api.keys.find, { tagCode: text.toUpperCase() })
        if (sets.length === 1) return open(sets[0]!.id, action)
      }
      const hits = await call(api.search.global, { q: text, limit: 5 })
      const hit =
        hits.find((h) => h.roomId !== null && (h.match === 'roomCode' || h.match === 'roomNumber')) ??
        hits.find((h) => h.roomId !== null)
      if (!hit?.roomId) return setMissing(true)
      const sets = await call(api.keys.find, { roomId: hit.roomId })
      const live = sets.filter((s) => s.status !== 'withdrawn')
      if (live.length === 1) return open(live[0]!.id, action)
      setFound({ roomId: hit.roomId, roomCode: hit.roomCode ?? text, sets })
    } catch {
      setMissing(true)
    } finally {
      setBusy(false)
    }
  }

  function act(action: KeyAction) {
    setPending(action)
    if (q.trim()) void search(q, action)
    else input.current?.focus({ cursor: 'all' })
  }

  function onHook(cabinetId: number, hook: HookView) {
    if (hook.keySetId) open(hook.keySetId, null)
    else setDepositing({ hook: { cabinetId, row: hook.row, column: hook.column } })
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card size="small" style={{ height: '100%' }}>
            <Input.Search
              ref={input}
              autoFocus
              size="large"
              allowClear
              value={q}
              loading={busy}
              prefix={<ScanOutlined />}
              placeholder={t('keys.searchPlaceholder')}
              onChange={(e) => {
                setQ(e.target.value)
                setMissing(false)
              }}
              onSearch={(v) => void search(v, pending)}
              onKeyDown={(e) => {
                // Codes and rooms never hold '/': here too it means "a new code", selecting the old one.
                if (e.key === '/') {
                  e.preventDefault()
                  input.current?.focus({ cursor: 'all' })
                }
              }}
              status={missing ? 'error' : undefined}
              data-testid="keys-search"
            />
            <Typography.Paragraph
              type={missing ? 'danger' : pending ? 'warning' : 'secondary'}
              style={{ margin: '6px 0 12px' }}
              data-testid="keys-search-hint"
            >
              {missing
                ? t('keys.searchMissing')
                : pending
                  ? t('keys.pendingAction', {
                      action: t(`keys.${pending === 'incident' ? 'incidentAction' : pending}`)
                    })
                  : t('keys.searchHint')}
            </Typography.Paragraph>
            <Space wrap>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDepositing({})}
                data-testid="keys-deposit"
              >
                {t('keys.deposit')}
              </Button>
              <Button icon={<ExportOutlined />} onClick={() => act('borrow')} data-testid="keys-borrow">
                {t('keys.borrow')}
              </Button>
              <Button icon={<ImportOutlined />} onClick={() => act('return')} data-testid="keys-return">
                {t('keys.return')}
              </Button>
              <Button icon={<RollbackOutlined />} onClick={() => act('withdraw')} data-testid="keys-withdraw">
                {t('keys.withdraw')}
              </Button>
              <Button icon={<WarningOutlined />} onClick={() => act('incident')} data-testid="keys-incident">
                {t('keys.incidentAction')}
              </Button>
            </Space>
            <Totals
              counts={counts.data ?? []}
              free={(cabinets.data ?? []).reduce(
                (sum, c) => sum + c.rows * c.columns - c.hooks.filter((h) => h.state !== 'empty').length,
                0
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <OverdueKeysCard small style={{ height: '100%' }} />
        </Col>
      </Row>
      {found && (
        <RoomSets
          found={found}
          onOpen={(id) => open(id, pending)}
          onDeposit={() => setDepositing({ room: { id: found.roomId, code: found.roomCode } })}
          onClose={() => setFound(null)}
        />
      )}
      {cabinets.isPending ? (
        <Spin />
      ) : (cabinets.data ?? []).length === 0 ? (
        <Card>
          <Empty description={cabinets.isError ? cabinets.error.message : t('keys.noCabinets')} />
        </Card>
      ) : (
        cabinets.data!.map((c) => {
          const n = counts.data?.find((x) => x.cabinetId === c.id)
          return (
            <Card
              key={c.id}
              size="small"
              title={
                <span style={{ fontSize: 16 }}>
                  {c.name}
                  <Typography.Text type="secondary" style={{ fontWeight: 400, marginLeft: 10, fontSize: 14 }}>
                    {t('keys.cabinetSizeValue', { rows: c.rows, columns: c.columns, n: c.rows * c.columns })}
                  </Typography.Text>
                </span>
              }
              extra={
                n && (
                  <span data-testid={`cabinet-counts-${c.id}`}>
                    {t('keys.cabinetCounts', {
                      setsIn: n.setsIn,
                      piecesIn: n.piecesIn,
                      setsOut: n.setsOut,
                      piecesOut: n.piecesOut,
                      overdue: n.overdue
                    })}
                  </span>
                )
              }
            >
              <CabinetGrid cabinet={c} onHook={(hook) => onHook(c.id, hook)} />
            </Card>
          )
        })
      )}
      {drawerOpen && (
        <KeySetDrawer key={openId} keySetId={openId} action={openAction} onClose={() => navigate('keys')} />
      )}
      {depositing && (
        <DepositDialog
          room={depositing.room}
          hook={depositing.hook}
          onClose={() => setDepositing(null)}
          onOpen={(id) => {
            setDepositing(null)
            open(id, null)
          }}
        />
      )}
    </Space>
  )
}
