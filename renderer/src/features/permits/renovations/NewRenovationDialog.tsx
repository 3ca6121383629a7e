import { useState } from 'react'
import { Alert, App, Divider, Form, Input, Modal, Spin, type FormInstance } from 'antd'
import { api } from '@shared/api'
import type { InputOf } from '@shared/kernel/procedure'
import { call } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n } from '../../../lib/i18n'
import {
  AgentUploads,
  ApplicantField,
  ContractorFields,
  DatesFields,
  defaultDates,
  isoOf,
  RulesNotice,
  WorksFields,
  type NewRenovationValues
} from './new-renovation-fields'
import { KeyHint, refresh } from './renovation-labels'
import { useStepFailure } from './use-step-failure'

const FORM_FIELDS = [
  'room',
  'applicantPersonId',
  'agentIdCopy',
  'powerOfAttorney',
  'contractor',
  'qualification',
  'works',
  'description',
  'approvalDocNo',
  'approvalDoc',
  'startsOn',
  'endsOn'
]

type Room = { id: number; code: string }

/** The room typed (房号 or a name), found by the global search as 新建工作单 finds it. */
function useRoomLookup(form: FormInstance<NewRenovationValues>) {
  const { t } = useI18n()
  const [room, setRoom] = useState<Room | null>(null)
  async function find(q: string) {
    if (!q.trim() || q.trim() === room?.code) return
    const hits = await call(api.search.global, { q: q.trim(), limit: 5 }).catch(() => [])
    const hit =
      hits.find((h) => h.roomId !== null && (h.match === 'roomCode' || h.match === 'roomNumber')) ??
      hits.find((h) => h.roomId !== null)
    if (!hit?.roomId || !hit.roomCode) {
      setRoom(null)
      form.setFields([{ name: 'room', errors: [t('renovationScreen.roomNotFound')] }])
      return
    }
    setRoom({ id: hit.roomId, code: hit.roomCode })
    form.setFields([
      { name: 'room', value: hit.roomCode, errors: [] },
      { name: 'applicantPersonId', value: undefined }
    ])
  }
  return { room, find }
}

/** The contract's input from the form: trimmed texts, ISO dates, the scans only when given. */
function applyInputOf(v: NewRenovationValues, roomId: number, agent: boolean): InputOf<typeof api.renovations.apply> {
  const c = v.contractor
  return {
    roomId,
    applicantPersonId: v.applicantPersonId!,
    ...(agent && v.agentIdCopy ? { agentIdCopy: v.agentIdCopy } : {}),
    ...(agent && v.powerOfAttorney ? { powerOfAttorney: v.powerOfAttorney } : {}),
    contractor: { name: c.name.trim(), licenceNo: c.licenceNo.trim(), leader: c.leader.trim(), phone: c.phone.trim() },
    ...(v.qualification ? { qualification: v.qualification } : {}),
    works: v.works,
    description: v.description?.trim() ?? '',
    approvalDocNo: v.approvalDocNo?.trim() ?? '',
    ...(v.approvalDoc ? { approvalDoc: v.approvalDoc } : {}),
    startsOn: isoOf(v.startsOn),
    endsOn: isoOf(v.endsOn)
  }
}

/** Who applies: the room's current owners, co-owners and agents (the core checks the POA again). */
function Applicant({ room, form }: { room: Room; form: FormInstance<NewRenovationValues> }) {
  const household = useApiQuery(api.households.get, { roomId: room.id })
  const chosen = Form.useWatch('applicantPersonId', form)
  const current = household.data?.current ?? []
  const agent = current.some((r) => r.person.id === chosen && r.relation === 'agent')
  if (household.isPending) return <Spin size="small" />
  return (
    <>
      <ApplicantField relations={current} />
      {agent && <AgentUploads />}
    </>
  )
}

/** The room, typed and found by the global search (Enter or leaving the field looks it up). */
function RoomField({ room, find }: { room: Room | null; find: (q: string) => Promise<void> }) {
  const { t } = useI18n()
  return (
    <Form.Item
      name="room"
      label={t('renovationScreen.room')}
      rules={[{ required: true, whitespace: true, message: t('field.required') }]}
      extra={
        room && (
          <span data-testid="renovation-new-room-found">{t('renovationScreen.roomFound', { room: room.code })}</span>
        )
      }
    >
      <Input
        autoFocus
        placeholder={t('renovationScreen.roomPlaceholder')}
        onBlur={(e) => void find(e.target.value)}
        onPressEnter={(e) => (e.preventDefault(), void find(e.currentTarget.value))}
        data-testid="renovation-new-room"
      />
    </Form.Item>
  )
}

/**
 * F2 新建装修申请: the room and who applies, the contractor, the planned works (with the housing
 * authority's approval where a work needs it), the dates; the rules are restated for the clerk to
 * read out. F9 registers it; Escape leaves without saving. The new renovation opens in the drawer.
 */
export function NewRenovationDialog({ onClose }: { onClose: (createdId: number | null) => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<NewRenovationValues>()
  const settings = useApiQuery(api.renovations.settings, {})
  const apply = useApiMutation(api.renovations.apply, refresh)
  const { room, find } = useRoomLookup(form)
  const failed = useStepFailure(form, FORM_FIELDS, { roomId: 'room' })
  const household = useApiQuery(api.households.get, { roomId: room?.id ?? 0 }, { enabled: room !== null })

  async function submit(v: NewRenovationValues) {
    if (!room) return form.setFields([{ name: 'room', errors: [t('renovationScreen.roomNotFound')] }])
    const agent = (household.data?.current ?? []).some(
      (r) => r.person.id === v.applicantPersonId && r.relation === 'agent'
    )
    try {
      const created = await apply.mutateAsync(applyInputOf(v, room.id, agent))
      message.success(t('renovationScreen.created', { number: created.number }))
      onClose(created.id)
    } catch (error) {
      failed(error)
    }
  }
  useHotkeys({ F9: () => form.submit() }, { scope: 'dialog' })

  return (
    <Modal
      open
      width={820}
      title={t('renovationScreen.newTitle')}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      okText={
        <span>
          {t('renovationScreen.register')}
          <KeyHint keys="F9" />
        </span>
      }
      cancelText={t('common.cancel')}
      confirmLoading={apply.isPending}
      okButtonProps={{ ...({ 'data-testid': 'renovation-new-ok' } as Record<string, string>) }}
      destroyOnHidden
      data-testid="renovation-new-dialog"
    >
      {!settings.data ? (
        settings.error ? (
          <Alert type="error" showIcon title={settings.error.message} />
        ) : (
          <Spin />
        )
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          initialValues={{ works: [], ...defaultDates(settings.data.maxDays) }}
        >
          <RoomField room={room} find={find} />
          {room && <Applicant key={room.id} room={room} form={form} />}
          <Divider titlePlacement="start" plain>
            {t('renovationScreen.contractor')}
          </Divider>
          <ContractorFields form={form} />
          <Divider titlePlacement="start" plain>
            {t('renovationScreen.worksAndDates')}
          </Divider>
          <WorksFields settings={settings.data} form={form} />
          <DatesFields settings={settings.data} form={form} />
          <RulesNotice settings={settings.data} />
        </Form>
      )}
    </Modal>
  )
}
