import { useState } from 'react'
import { Alert, Button, Checkbox, Input, Space, Table, Tag } from 'antd'
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { CheckinParty } from '@shared/checkin/api'
import { useI18n } from '../../../lib/i18n'
import { RelationDialog } from '../../households/RelationDialogs'
import { useCheckinPrints } from '../paper/use-checkin-prints'
import type { StepProps } from '../StepPanel'
import { PrintButton } from './PrintButton'

/**
 * 住户登记: the household's persons as households holds them; owners, co-owners, family, tenants
 * and the agent are added through households' own dialog (its validation), then the clerk
 * confirms the printed form was checked and signed.
 */
export function RegistrationStep({ view, value, onChange, saveDraft }: StepProps<'registration'>) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const prints = useCheckinPrints()
  const [adding, setAdding] = useState(false)
  const agentCase = view.steps.identity?.case === 'agent'
  const noAgent = agentCase && !view.parties.some((p) => p.relation === 'agent')
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Table<CheckinParty>
        rowKey="relationId"
        size="small"
        pagination={false}
        dataSource={view.parties}
        data-testid="checkin-parties"
        locale={{ emptyText: t('checkin.noParties') }}
        columns={[
          { title: t('checkin.partyRelation'), width: 110, render: (_, p) => <Tag>{t(`relation.${p.relation}`)}</Tag> },
          { title: t('checkin.partyName'), dataIndex: 'name' },
          { title: t('checkin.partyPhone'), dataIndex: 'phoneMasked' },
          { title: t('checkin.poaTo'), render: (_, p) => p.poaTo ?? '' }
        ]}
      />
      {noAgent && <Alert type="info" showIcon title={t('checkin.addAgentHint')} />}
      <Space wrap>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="checkin-add-party">
          {t('checkin.addParty')}
        </Button>
        <PrintButton
          icon={<PrinterOutlined />}
          label={t('checkin.printRegistration')}
          print={async () => {
            if (await saveDraft()) await prints.printRegistration(view.id)
          }}
          testId="checkin-print-registration"
        />
      </Space>
      <Checkbox
        checked={value.confirmed}
        onChange={(e) => onChange({ ...value, confirmed: e.target.checked })}
        data-testid="registration-confirmed"
      >
        {t('checkin.registrationConfirmed')}
      </Checkbox>
      <Input
        maxLength={200}
        placeholder={t('checkin.notes')}
        value={value.notes ?? ''}
        onChange={(e) => onChange({ ...value, notes: e.target.value })}
      />
      {adding && (
        <RelationDialog
          roomId={view.roomId}
          onClose={() => {
            setAdding(false)
            void queryClient.invalidateQueries({ queryKey: [api.checkin.get.name] })
          }}
        />
      )}
    </Space>
  )
}
