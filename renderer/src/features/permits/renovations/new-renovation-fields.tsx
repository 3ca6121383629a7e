import { useState } from 'react'
import { Alert, AutoComplete, Checkbox, DatePicker, Form, Input, Select, Space, Tag, Typography } from 'antd'
import type { FormInstance } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { RelationView } from '@shared/households/households'
import type { PermitSettings } from '@shared/permits/settings'
import { useApiQuery } from '../../../lib/api/hooks'
import { now } from '../../../lib/clock'
import { useI18n } from '../../../lib/i18n'
import { stateTag } from '../../../lib/colors'
import { UploadField } from './UploadField'
import type { UploadValue } from './renovation-labels'

export interface NewRenovationValues {
  room: string
  applicantPersonId?: number
  agentIdCopy?: UploadValue
  powerOfAttorney?: UploadValue
  contractor: { name: string; licenceNo: string; leader: string; phone: string }
  qualification?: UploadValue
  works: string[]
  description?: string
  approvalDocNo?: string
  approvalDoc?: UploadValue
  startsOn: Dayjs
  endsOn: Dayjs
}

const APPLYING = new Set(['owner', 'coowner', 'agent'])
const required = (message: string) => [{ required: true, whitespace: true, message }]

/** An agent may apply only while the power of attorney covers today. */
export const poaCurrent = (r: RelationView, today: string) =>
  r.relation !== 'agent' || (!!r.poaFrom && !!r.poaTo && r.poaFrom <= today && today <= r.poaTo)

/** Who may apply for the room: its current owners and co-owners, and its agents (with their POA's end). */
export function ApplicantField({ relations }: { relations: RelationView[] }) {
  const { t } = useI18n()
  const today = now().format('YYYY-MM-DD')
  const options = relations
    .filter((r) => APPLYING.has(r.relation))
    .map((r) => {
      const valid = poaCurrent(r, today)
      return {
        value: r.person.id,
        disabled: !valid,
        label: (
          <Space size={6} data-testid={`renovation-applicant-${r.person.id}`}>
            <span>{r.person.name}</span>
            <Tag>{t(`relation.${r.relation}`)}</Tag>
            {r.relation === 'agent' && (
              <Tag color={valid ? stateTag.info : stateTag.bad}>
                {t(valid ? 'renovationScreen.poaTo' : 'renovationScreen.poaExpired', { date: r.poaTo ?? '—' })}
              </Tag>
            )}
          </Space>
        )
      }
    })
  return (
    <Form.Item
      name="applicantPersonId"
      label={t('renovationScreen.applicant')}
      rules={[{ required: true, message: t('field.required') }]}
      extra={options.length === 0 ? t('renovationScreen.noApplicant') : undefined}
    >
      <Select options={options} data-testid="renovation-new-applicant" />
    </Form.Item>
  )
}

/** The agent's ID copy and power of attorney: they go to the household file. */
export function AgentUploads() {
  const { t } = useI18n()
  return (
    <Space size={24} wrap>
      <Form.Item name="agentIdCopy" label={t('renovationScreen.agentIdCopy')}>
        <UploadField testId="renovation-new-agent-id" />
      </Form.Item>
      <Form.Item name="powerOfAttorney" label={t('renovationScreen.powerOfAttorney')}>
        <UploadField testId="renovation-new-poa" />
      </Form.Item>
    </Space>
  )
}

/** The contractor: a known one (by name or licence) fills the rest; the qualification scan. */
export function ContractorFields({ form }: { form: FormInstance<NewRenovationValues> }) {
  const { t } = useI18n()
  const [q, setQ] = useState('')
  const known = useApiQuery(api.contractors.list, q.trim() ? { q: q.trim() } : {}, { enabled: q.trim().length > 0 })
  // By name (the field's text); a name known twice offers its first licence.
  const byName = new Map((known.data ?? []).map((c) => [c.name, c] as const))
  const options = [...byName.values()].map((c) => ({ value: c.name, label: `${c.name}  ${c.licenceNo}` }))
  const pick = (name: string) => {
    const c = byName.get(name)
    if (c) form.setFieldValue('contractor', { name: c.name, licenceNo: c.licenceNo, leader: c.leader, phone: c.phone })
  }
  return (
    <>
      <Space.Compact block style={{ gap: 12 }}>
        <Form.Item
          name={['contractor', 'name']}
          label={t('renovationScreen.contractorName')}
          style={{ flex: 2 }}
          rules={required(t('field.required'))}
        >
          <AutoComplete options={options} onSearch={setQ} onSelect={pick} data-testid="renovation-new-contractor" />
        </Form.Item>
        <Form.Item
          name={['contractor', 'licenceNo']}
          label={t('renovationScreen.licenceNo')}
          style={{ flex: 2 }}
          rules={required(t('field.required'))}
        >
          <Input maxLength={40} data-testid="renovation-new-licence" />
        </Form.Item>
      </Space.Compact>
      <Space.Compact block style={{ gap: 12 }}>
        <Form.Item
          name={['contractor', 'leader']}
          label={t('renovationScreen.leader')}
          style={{ flex: 1 }}
          rules={required(t('field.required'))}
        >
          <Input maxLength={30} data-testid="renovation-new-leader" />
        </Form.Item>
        <Form.Item
          name={['contractor', 'phone']}
          label={t('renovationScreen.leaderPhone')}
          style={{ flex: 1 }}
          rules={required(t('field.required'))}
        >
          <Input maxLength={20} data-testid="renovation-new-phone" />
        </Form.Item>
        <Form.Item name="qualification" label={t('renovationScreen.qualification')} style={{ flex: 1 }}>
          <UploadField testId="renovation-new-qualification" />
        </Form.Item>
      </Space.Compact>
    </>
  )
}

/** The planned works from the settings' checklist; one needing approval asks for the authority's document. */
export function WorksFields({ settings, form }: { settings: PermitSettings; form: FormInstance<NewRenovationValues> }) {
  const { t } = useI18n()
  const chosen: string[] = Form.useWatch('works', form) ?? []
  const needsApproval = settings.works.some((w) => w.needsApproval && chosen.includes(w.key))
  return (
    <>
      <Form.Item
        name="works"
        label={t('renovationScreen.works')}
        rules={[{ required: true, type: 'array', min: 1, message: t('renovationScreen.worksRequired') }]}
      >
        <Checkbox.Group data-testid="renovation-new-works">
          <Space wrap size={[16, 6]}>
            {settings.works.map((w) => (
              <Checkbox key={w.key} value={w.key} data-testid={`renovation-work-${w.key}`}>
                {w.name}
                {w.needsApproval && (
                  <Tag color={stateTag.attention} style={{ marginInlineStart: 6 }}>
                    {t('renovationScreen.needsApproval')}
                  </Tag>
                )}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Form.Item>
      {needsApproval && (
        <Space.Compact block style={{ gap: 12 }} data-testid="renovation-new-approval">
          <Form.Item name="approvalDocNo" label={t('renovationScreen.approvalDocNo')} style={{ flex: 1 }}>
            <Input maxLength={60} data-testid="renovation-new-approval-no" />
          </Form.Item>
          <Form.Item name="approvalDoc" label={t('renovationScreen.approvalDoc')} style={{ flex: 1 }}>
            <UploadField testId="renovation-new-approval-doc" />
          </Form.Item>
        </Space.Compact>
      )}
      <Form.Item name="description" label={t('renovationScreen.description')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={500}
          data-testid="renovation-new-description"
        />
      </Form.Item>
    </>
  )
}

/** Start (today unless told) and end (at most maxDays after the start, as the settings say). */
export function DatesFields({ settings, form }: { settings: PermitSettings; form: FormInstance<NewRenovationValues> }) {
  const { t } = useI18n()
  const start: Dayjs | undefined = Form.useWatch('startsOn', form)
  const latest = (start ?? now()).add(settings.maxDays, 'day')
  return (
    <Space size={24} wrap>
      <Form.Item
        name="startsOn"
        label={t('renovationScreen.startsOn')}
        rules={[{ required: true, message: t('field.required') }]}
      >
        <DatePicker
          allowClear={false}
          onChange={(d: Dayjs | null) => {
            const end: Dayjs | undefined = form.getFieldValue('endsOn')
            if (d && (!end || end.isBefore(d) || end.isAfter(d.add(settings.maxDays, 'day'))))
              form.setFieldValue('endsOn', d.add(Math.min(30, settings.maxDays), 'day'))
          }}
          data-testid="renovation-new-start"
        />
      </Form.Item>
      <Form.Item
        name="endsOn"
        label={t('renovationScreen.endsOn')}
        rules={[{ required: true, message: t('field.required') }]}
        extra={t('renovationScreen.maxDays', { days: settings.maxDays })}
      >
        <DatePicker
          allowClear={false}
          disabledDate={(d) => (start ? d.isBefore(start, 'day') : false) || d.isAfter(latest, 'day')}
          data-testid="renovation-new-end"
        />
      </Form.Item>
    </Space>
  )
}

/** The rules the clerk reads to the applicant: allowed hours and prohibited works (as the permit restates them). */
export function RulesNotice({ settings }: { settings: PermitSettings }) {
  const { t } = useI18n()
  return (
    <Alert
      type="info"
      showIcon
      data-testid="renovation-new-rules"
      title={t('renovationScreen.rulesTitle')}
      description={
        <div>
          <Typography.Paragraph style={{ marginBottom: 6 }}>
            <Typography.Text strong>{t('renovationScreen.workingHours')}：</Typography.Text>
            {settings.workingHours}
          </Typography.Paragraph>
          <Typography.Text strong>{t('renovationScreen.prohibited')}：</Typography.Text>
          <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {settings.prohibited.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
        </div>
      }
    />
  )
}

/** Default dates: from today for 30 days (never past the settings' maximum). */
export const defaultDates = (maxDays: number) => {
  const start = now().startOf('day')
  return { startsOn: start, endsOn: start.add(Math.min(30, maxDays), 'day') }
}

export const isoOf = (d: Dayjs) => dayjs(d).format('YYYY-MM-DD')
