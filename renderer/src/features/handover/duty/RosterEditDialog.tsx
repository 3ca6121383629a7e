import { useEffect } from 'react'
import { App, Form, Input, Modal, Select } from 'antd'
import { api } from '@shared/api'
import type { RosterKind, RosterRow } from '@shared/handover/types'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useI18n } from '../../../lib/i18n'
import { rosterKindKey } from './duty-words'

export interface RosterCell {
  day: string
  kind: RosterKind
  rows: RosterRow[]
}

interface Values {
  staffIds: number[]
  note: string
}

/** One cell of the week: who is on that kind of that day (the list replaces the cell's). */
export function RosterEditDialog({ cell, onClose }: { cell: RosterCell | null; onClose: () => void }) {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const staff = useApiQuery(api.duty.staff, {}, { enabled: cell !== null })
  const save = useApiMutation(api.duty.setRoster, [api.duty.roster, api.duty.today])
  useEffect(() => {
    if (cell) form.setFieldsValue({ staffIds: cell.rows.map((r) => r.staffId), note: cell.rows[0]?.note ?? '' })
  }, [cell, form])

  async function submit() {
    if (!cell) return
    const values = await form.validateFields()
    try {
      await save.mutateAsync({
        day: cell.day,
        kind: cell.kind,
        staffIds: values.staffIds ?? [],
        note: values.note ?? ''
      })
      message.success(t('dutyScreen.roster.saved'))
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof Error ? error.message : String(error))
    }
  }
  const options = (staff.data ?? []).map((s) => ({
    value: s.id,
    label: `${s.displayName}（${core(`role.${s.role}`)}）`
  }))
  return (
    <Modal
      open={cell !== null}
      destroyOnHidden
      title={cell ? t('dutyScreen.roster.editTitle', { day: cell.day, kind: t(rosterKindKey(cell.kind)) }) : ''}
      okText={`${t('common.save')} (Ctrl+Enter)`}
      onOk={submit}
      confirmLoading={save.isPending}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'roster-save' } as never}
    >
      <Form
        form={form}
        layout="vertical"
        // Captured before the staff list sees it: there Enter would also pick the highlighted name.
        onKeyDownCapture={(e) => {
          if (e.key !== 'Enter' || !e.ctrlKey) return
          e.preventDefault()
          e.stopPropagation()
          void submit()
        }}
      >
        <Form.Item name="staffIds" label={t('dutyScreen.roster.staff')}>
          <Select
            mode="multiple"
            autoFocus
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            loading={staff.isPending}
            data-testid="roster-staff"
          />
        </Form.Item>
        <Form.Item name="note" label={t('dutyScreen.roster.note')}>
          <Input maxLength={60} data-testid="roster-note" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
