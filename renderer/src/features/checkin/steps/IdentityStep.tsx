import { Alert, Checkbox, DatePicker, Input, Radio, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import {
  CHECKIN_CASES,
  REQUIRED_DOCUMENTS,
  missingDocuments,
  type CheckinCase,
  type CheckinDocument
} from '@shared/checkin/rules'
import { useI18n } from '../../../lib/i18n'
import type { StepProps } from '../StepPanel'
import { ScanButton } from './ScanButton'
import { CHECKIN_DOCUMENTS } from '@shared/checkin/rules'

type Identity = StepProps<'identity'>['value']

/** The documents of a case, keeping what was already ticked or scanned for a document both cases ask for. */
function withCase(value: Identity, next: CheckinCase): Identity {
  const had = new Map(value.documents.map((d) => [d.key, d]))
  return {
    ...value,
    case: next,
    documents: REQUIRED_DOCUMENTS[next].map((key) => had.get(key) ?? { key, verified: false, attachmentId: null }),
    poa: next === 'agent' ? (value.poa ?? null) : null
  }
}

/** 验明资料: who is checking in, each required document ticked as seen (a scan optional), the agent's power of attorney. */
export function IdentityStep({ view, value, onChange }: StepProps<'identity'>) {
  const { t } = useI18n()
  const docs = value.documents
  const missing = missingDocuments(
    value.case,
    docs.map((d) => ({ key: d.key as CheckinDocument, verified: d.verified }))
  )
  const setDoc = (key: string, change: Partial<Identity['documents'][number]>) =>
    onChange({ ...value, documents: docs.map((d) => (d.key === key ? { ...d, ...change } : d)) })
  return (
    <Space orientation="vertical" size={14} style={{ width: '100%' }}>
      <Radio.Group
        value={value.case}
        onChange={(e) => onChange(withCase(value, e.target.value as CheckinCase))}
        optionType="button"
        buttonStyle="solid"
        data-testid="checkin-case"
        options={CHECKIN_CASES.map((c) => ({ value: c, label: t(`audit.checkin.case.${c}`) }))}
      />
      <div data-testid="checkin-documents">
        {docs.map((d) => (
          <Space key={d.key} style={{ display: 'flex', padding: '4px 0' }}>
            <Checkbox
              checked={d.verified}
              onChange={(e) => setDoc(d.key, { verified: e.target.checked })}
              data-testid={`doc-${d.key}`}
            >
              {t(`audit.checkin.doc.${d.key as CheckinDocument}`)}
            </Checkbox>
            <ScanButton
              roomId={view.roomId}
              typeKey={CHECKIN_DOCUMENTS[d.key as CheckinDocument].typeKey}
              attachmentId={d.attachmentId ?? null}
              onAttached={(attachmentId) => setDoc(d.key, { attachmentId, verified: true })}
            />
          </Space>
        ))}
      </div>
      {value.case === 'agent' && <PoaFields value={value} onChange={onChange} />}
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="checkin-missing"
          title={t('checkin.missingDocuments', {
            list: missing.map((k) => t(`audit.checkin.doc.${k}`)).join(t('audit.checkin.listSeparator'))
          })}
        />
      ) : (
        <Typography.Text type="success" data-testid="checkin-missing-none">
          {t('checkin.documentsComplete')}
        </Typography.Text>
      )}
      <Input
        maxLength={200}
        placeholder={t('checkin.notes')}
        value={value.notes ?? ''}
        onChange={(e) => onChange({ ...value, notes: e.target.value })}
      />
    </Space>
  )
}

/** The agent's power of attorney: what it covers and from when to when (the core checks it runs today). */
function PoaFields({ value, onChange }: { value: Identity; onChange: (value: Identity) => void }) {
  const { t } = useI18n()
  const poa = value.poa ?? { scope: '', from: '', to: '' }
  return (
    <Space wrap align="start">
      <Input
        style={{ width: 320 }}
        maxLength={200}
        placeholder={t('checkin.poaScope')}
        value={poa.scope}
        onChange={(e) => onChange({ ...value, poa: { ...poa, scope: e.target.value } })}
        data-testid="poa-scope"
      />
      <span data-testid="poa-period">
        <DatePicker.RangePicker
          value={poa.from && poa.to ? [dayjs(poa.from), dayjs(poa.to)] : null}
          placeholder={[t('checkin.poaFrom'), t('checkin.poaTo')]}
          onChange={(range) =>
            onChange({
              ...value,
              poa: { ...poa, from: range?.[0]?.format('YYYY-MM-DD') ?? '', to: range?.[1]?.format('YYYY-MM-DD') ?? '' }
            })
          }
        />
      </span>
    </Space>
  )
}
