import { useState } from 'react'
import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { RelationView } from '@shared/households/households'
import { RELATIONS, type Relation } from '@shared/domain/person-fields'
import { ApiFailure, call } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { personPayload, PersonFields } from './PersonFields'
import { now } from '@renderer/lib/clock'

const refresh = [api.households.get, api.households.timeline, api.estate.rooms, api.search.global]
const day = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : '')

/** Register a person's relation to the room: someone already on file, or a new person. */
export function RelationDialog({ roomId, onClose }: { roomId: number; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const [mode, setMode] = useState<'new' | 'existing'>('new')
  const [options, setOptions] = useState<{ value: number; label: string }[]>([])
  const relation: Relation | undefined = Form.useWatch('relation', form)
  const add = useApiMutation(api.households.addRelation, refresh)

  async function find(q: string) {
    if (!q.trim()) return setOptions([])
    const hits = await call(api.search.global, { q, limit: 10 }).catch(() => [])
    const seen = new Set<number>()
    setOptions(
      hits
        .filter((h) => h.personName && h.key.split(':')[1] !== '-')
        .map((h) => ({
          value: Number(h.key.split(':')[1]),
          label: `${h.personName}　${h.matchedText}${h.roomCode ? `　${h.roomCode}` : ''}`
        }))
        .filter((o) => !seen.has(o.value) && seen.add(o.value))
    )
  }

  async function submit(values: Record<string, unknown>) {
    const [from, to] = (values.poaPeriod as [Dayjs, Dayjs] | undefined) ?? []
    try {
      await add.mutateAsync({
        roomId,
        relation: values.relation as Relation,
        startedOn: day(values.startedOn as Dayjs),
        ...(mode === 'existing'
          ? { personId: values.personId as number }
          : { person: personPayload((values.person as Record<string, unknown>) ?? {}) }),
        poaScope: relation === 'agent' ? String(values.poaScope ?? '') : null,
        poaFrom: relation === 'agent' && from ? day(from) : null,
        poaTo: relation === 'agent' && to ? day(to) : null
      })
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  return (
    <Modal
      open
      width={720}
      title={t('household.addPerson')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      destroyOnHidden
      data-testid="relation-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ relation: 'owner', startedOn: now() }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item name="relation" label={t('household.relation')}>
            <Select
              options={RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
              data-testid="relation-select"
            />
          </Form.Item>
          <Form.Item
            name="startedOn"
            label={t('household.startedOn')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
        {relation === 'agent' && (
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
            <Form.Item
              name="poaScope"
              label={t('household.poa')}
              rules={[{ required: true, message: t('field.required') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="poaPeriod"
              label={t('household.poaPeriod')}
              rules={[{ required: true, message: t('field.required') }]}
            >
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </div>
        )}
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          optionType="button"
          style={{ marginBottom: 16 }}
          options={[
            { value: 'new', label: t('household.newPerson') },
            { value: 'existing', label: t('household.existingPerson') }
          ]}
        />
        {mode === 'existing' ? (
          <Form.Item name="personId" rules={[{ required: true, message: t('field.required') }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: (q) => void find(q) }}
              options={options}
              placeholder={t('household.pickPerson')}
            />
          </Form.Item>
        ) : (
          <PersonFields form={form} prefix={['person']} />
        )}
      </Form>
    </Modal>
  )
}

export function EndRelationDialog({ relation, onClose }: { relation: RelationView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const end = useApiMutation(api.households.endRelation, refresh)
  async function submit(values: { endedOn: Dayjs; reason: string }) {
    try {
      await end.mutateAsync({ relationId: relation.id, endedOn: day(values.endedOn), reason: values.reason })
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      title={`${t('household.endRelation')} · ${relation.person.name}（${t(`relation.${relation.relation}`)}）`}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={end.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ endedOn: now() }}>
        <Form.Item
          name="endedOn"
          label={t('household.endedOn')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('household.endReason')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input placeholder={t('household.endReasonPlaceholder')} maxLength={200} data-testid="end-reason" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

export function PersonEditDialog({ relation, onClose }: { relation: RelationView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const update = useApiMutation(api.households.updatePerson, refresh)
  const p = relation.person
  async function submit(values: Record<string, unknown>) {
    try {
      await update.mutateAsync({
        personId: p.id,
        person: personPayload((values.person as Record<string, unknown>) ?? {})
      })
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      width={720}
      title={`${t('household.editPerson')} · ${p.name}`}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{
          person: {
            kind: p.kind,
            name: p.name,
            gender: p.gender,
            idType: p.idType ?? 'resident',
            creditCode: p.creditCode,
            phones: [''],
            emergencyName: p.emergencyName,
            notes: p.notes
          }
        }}
      >
        <PersonFields form={form} prefix={['person']} />
      </Form>
    </Modal>
  )
}
