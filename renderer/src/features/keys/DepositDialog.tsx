import { useEffect, useRef, useState } from 'react'
import { App, Button, Divider, Form, Input, Modal, Result, Select, Space, Typography, type RefSelectProps } from 'antd'
import { EnvironmentOutlined, PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { KEY_PURPOSES, type KeyKind, type KeyPurpose, type KeySetView } from '@shared/keys/api'
import { ApiFailure, call } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { AuthorizedFields, authorizedPayload, type AuthorizedRow } from './AuthorizedFields'
import { DepositPiecesList } from './DepositPiecesList'
import { HookPicker, type HookChoice } from './HookPicker'
import { EnterSubmits, keyRefresh } from './KeyActionDialogs'
import { hookPlace } from './key-labels'
import { useKeyPrints } from './use-key-prints'
import { now } from '@renderer/lib/clock'

interface Values {
  room: string
  depositorId: number
  pieces: { kind: KeyKind; count: number }[]
  purpose: KeyPurpose
  authorized?: AuthorizedRow[]
  notes?: string
}

interface Props {
  /** A room already known (from the household's 钥匙 tab). */
  room?: { id: number; code: string }
  /** An empty hook clicked on the cabinet view. */
  hook?: HookChoice
  onClose: () => void
  onOpen: (keySetId: number) => void
}

const today = () => now().format('YYYY-MM-DD')

/**
 * 存入钥匙: the room, who leaves the keys (an owner, or an agent whose power of attorney is
 * current), the pieces, the purpose, a free hook, who may take them. Then the entrustment with
 * the commitment and the tag label print.
 */
export function DepositDialog({ room: initialRoom, hook: initialHook, onClose, onOpen }: Props) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [room, setRoom] = useState<{ id: number; code: string } | null>(initialRoom ?? null)
  const [hook, setHook] = useState<HookChoice | null>(initialHook ?? null)
  const [picking, setPicking] = useState(false)
  const [done, setDone] = useState<KeySetView | null>(null)
  const purpose = Form.useWatch('purpose', form) ?? 'renovation'
  const household = useApiQuery(api.households.get, { roomId: room?.id ?? 0 }, { enabled: room !== null })
  const cabinets = useApiQuery(api.keys.cabinets, {})
  const suggestion = useApiQuery(api.keys.suggestHook, {}, { enabled: !initialHook, staleTime: 0 })
  const deposit = useApiMutation(api.keys.deposit, keyRefresh)
  const prints = useKeyPrints()
  const depositorBox = useRef<RefSelectProps>(null)
  // After a room is found, the depositor comes next: focused once the box is enabled for that room.
  const [focusDepositor, setFocusDepositor] = useState(false)
  useEffect(() => {
    if (!focusDepositor || !room) return
    depositorBox.current?.focus()
    setFocusDepositor(false)
  }, [focusDepositor, room])

  useEffect(() => {
    if (!hook && suggestion.data) setHook(suggestion.data)
  }, [hook, suggestion.data])

  const day = today()
  const eligible = (household.data?.current ?? [])
    .filter((r) => r.relation === 'owner' || r.relation === 'coowner' || r.relation === 'agent')
    .map((r) => {
      const lapsed = r.relation === 'agent' && !((r.poaFrom ?? '') <= day && day <= (r.poaTo ?? ''))
      return {
        value: r.person.id,
        label: `${r.person.name}（${t(`relation.${r.relation}`)}${lapsed ? ` · ${t('keys.poaLapsed')}` : ''}）`,
        disabled: lapsed
      }
    })

  // One owner: chosen already.
  useEffect(() => {
    const usable = eligible.filter((o) => !o.disabled)
    if (usable.length === 1 && !form.getFieldValue('depositorId')) form.setFieldValue('depositorId', usable[0]!.value)
  }, [household.data])

  async function findRoom(q: string) {
    if (!q.trim() || q.trim() === room?.code) return
    const hits = await call(api.search.global, { q: q.trim(), limit: 5 }).catch(() => [])
    const hit =
      hits.find((h) => h.roomId !== null && (h.match === 'roomCode' || h.match === 'roomNumber')) ??
      hits.find((h) => h.roomId !== null)
    form.setFieldValue('depositorId', undefined)
    if (!hit?.roomId || !hit.roomCode) {
      setRoom(null)
      form.setFields([{ name: 'room', errors: [t('keys.roomNotFound')] }])
      return
    }
    setRoom({ id: hit.roomId, code: hit.roomCode })
    form.setFields([{ name: 'room', value: hit.roomCode, errors: [] }])
    setFocusDepositor(true)
  }

  async function submit(v: Values) {
    if (!room) return form.setFields([{ name: 'room', errors: [t('keys.roomNotFound')] }])
    if (!hook) return void message.error(t('keys.noFreeHook'))
    try {
      const set = await deposit.mutateAsync({
        roomId: room.id,
        depositorId: v.depositorId,
        pieces: v.pieces,
        purpose: v.purpose,
        cabinetId: hook.cabinetId,
        hookRow: hook.row,
        hookColumn: hook.column,
        authorized: authorizedPayload(v.authorized),
        notes: v.notes?.trim() ?? ''
      })
      setDone(set)
      await prints.entrustment(set)
      await prints.label(set)
    } catch (error) {
      if (error instanceof ApiFailure && error.error.code === 'APPROVAL_REQUIRED') return
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const cabinetName = cabinets.data?.find((c) => c.id === hook?.cabinetId)?.name ?? ''
  if (done) {
    return (
      <Modal open width={640} footer={null} onCancel={onClose} destroyOnHidden data-testid="deposit-done">
        <Result
          status="success"
          title={t('keys.deposited', { tag: done.tagCode })}
          subTitle={t('keys.depositedHint', { place: hookPlace(done.cabinetName, done.hookRow, done.hookColumn) })}
          extra={
            <Space wrap style={{ justifyContent: 'center' }}>
              <Button
                icon={<PrinterOutlined />}
                onClick={() => void prints.entrustment(done)}
                data-testid="deposit-print-entrustment"
              >
                {t('keys.printEntrustment')}
              </Button>
              <Button
                icon={<PrinterOutlined />}
                onClick={() => void prints.label(done)}
                data-testid="deposit-print-label"
              >
                {t('keys.printLabel')}
              </Button>
              <Button onClick={() => onOpen(done.id)} data-testid="deposit-open">
                {t('keys.openSet')}
              </Button>
              <Button type="primary" onClick={onClose} autoFocus>
                {t('keys.finish')}
              </Button>
            </Space>
          }
        />
      </Modal>
    )
  }

  return (
    <Modal
      open
      width={980}
      title={t('keys.depositTitle')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('keys.depositSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={deposit.isPending}
      destroyOnHidden
      data-testid="deposit-dialog"
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', paddingRight: 8 } }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{
          room: initialRoom?.code ?? '',
          pieces: [{ kind: 'door', count: 1 }],
          purpose: 'renovation',
          authorized: []
        }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1.4fr', columnGap: 20 }}>
          <Form.Item
            name="room"
            label={t('keys.room')}
            rules={[{ required: true, message: t('field.required') }]}
            extra={
              room && household.data
                ? t('keys.roomOwners', {
                    owners:
                      household.data.current
                        .filter((r) => r.relation === 'owner' || r.relation === 'coowner')
                        .map((r) => r.person.name)
                        .join('、') || '—'
                  })
                : t('keys.roomHint')
            }
          >
            <Input
              autoFocus={!initialRoom}
              placeholder="3-2-1502"
              maxLength={30}
              onBlur={(e) => void findRoom(e.target.value)}
              onPressEnter={(e) => {
                e.preventDefault()
                void findRoom(e.currentTarget.value)
              }}
              data-testid="deposit-room"
            />
          </Form.Item>
          <Form.Item
            name="depositorId"
            label={t('keys.depositor')}
            rules={[{ required: true, message: t('field.required') }]}
            extra={t('keys.depositorHint')}
          >
            <Select
              ref={depositorBox}
              options={eligible}
              disabled={!room}
              loading={household.isFetching}
              placeholder={room ? t('keys.pickDepositor') : t('keys.roomFirst')}
              notFoundContent={t('keys.noOwners')}
              data-testid="deposit-depositor"
            />
          </Form.Item>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1.4fr', columnGap: 20 }}>
          <div>
            <Typography.Text strong>{t('keys.pieces')}</Typography.Text>
            <DepositPiecesList />
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
            <Form.Item name="purpose" label={t('keys.purpose')}>
              <Select
                options={KEY_PURPOSES.map((p) => ({ value: p, label: t(`keys.purpose.${p}`) }))}
                data-testid="deposit-purpose"
              />
            </Form.Item>
            <Form.Item label={t('keys.hook')}>
              <Space>
                <span style={{ fontSize: 16, fontWeight: 600 }} data-testid="deposit-hook">
                  {hook ? hookPlace(cabinetName, hook.row, hook.column) : t('keys.noFreeHook')}
                </span>
                <Button
                  icon={<EnvironmentOutlined />}
                  onClick={() => setPicking(true)}
                  data-testid="deposit-change-hook"
                >
                  {t('keys.changeHook')}
                </Button>
              </Space>
            </Form.Item>
          </div>
        </div>
        <Divider titlePlacement="start" style={{ margin: '8px 0 12px' }}>
          {t('keys.authorized')}
        </Divider>
        <AuthorizedFields purpose={purpose} />
        <Form.Item name="notes" label={t('keys.note')} style={{ marginTop: 16 }}>
          <Input maxLength={200} data-testid="deposit-notes" />
        </Form.Item>
        <EnterSubmits />
      </Form>
      {picking && <HookPicker value={hook} onPick={setHook} onClose={() => setPicking(false)} />}
    </Modal>
  )
}
