import { useEffect } from 'react'
import { App, Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd'
import { api } from '@shared/api'
import type { CheckinSettings } from '@shared/checkin/settings'
import { METER_KINDS } from '@shared/checkin/rules'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { failureText } from '../failure-text'
import { AgreementsList, InspectionList, ItemsList } from './SettingsLists'

const MONTHLY = new Set(['perArea', 'fixedMonthly'])
const ONE_OFF = new Set(['oneOffFixed', 'oneOffPerArea', 'deposit'])

/**
 * 设置 → 入住办理 (supervisors and up): what owners sign and are handed, the inspection
 * checklist, the defect categories and where defects go, the meters to read, what is charged at
 * move-in, the trusteeship limits, and when, where and whom owners come to (printed on the notice).
 */
export function CheckinSettingsTab() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<CheckinSettings>()
  const settings = useApiQuery(api.checkin.settings, {}, { staleTime: 0 })
  const items = useApiQuery(api.fees.items, {})
  const save = useApiMutation(api.checkin.saveSettings, [api.checkin.settings, api.checkin.get])
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])
  const active = (items.data ?? []).filter((i) => i.active)
  const pick = (methods: Set<string>) =>
    active.filter((i) => methods.has(i.method)).map((i) => ({ value: i.id, label: i.name }))

  async function submit(values: CheckinSettings) {
    try {
      await save.mutateAsync(values)
      message.success(t('common.saved'))
    } catch (failure) {
      showFieldErrors(form, failure)
      message.error(failureText(failure))
    }
  }
  const section = (key: Parameters<typeof t>[0]) => (
    <Typography.Title level={5} style={{ marginTop: 16 }}>
      {t(key)}
    </Typography.Title>
  )
  return (
    <Form form={form} onFinish={submit} style={{ maxWidth: 980 }} data-testid="checkin-settings">
      {section('checkin.settings.agreements')}
      <AgreementsList />
      {section('checkin.settings.items')}
      <ItemsList />
      {section('checkin.settings.inspection')}
      <InspectionList />
      {section('checkin.settings.defects')}
      <Form.Item name="defectCategories" label={t('checkin.defectCategory')}>
        <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} style={{ width: 520 }} />
      </Form.Item>
      <Form.Item name="defectRoute" label={t('checkin.settings.defectRoute')}>
        <Radio.Group
          options={(['developer', 'maintenance'] as const).map((r) => ({ value: r, label: t(`checkin.route.${r}`) }))}
        />
      </Form.Item>
      {section('checkin.settings.metersAndFees')}
      <Form.Item name="requiredMeters" label={t('checkin.settings.requiredMeters')}>
        <Checkbox.Group options={METER_KINDS.map((k) => ({ value: k, label: t(`trusteeship.meter.${k}`) }))} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="prepayMonths" label={t('checkin.settings.prepayMonths')}>
          <InputNumber min={0} max={36} precision={0} />
        </Form.Item>
        <Form.Item name="prepayItemIds" label={t('checkin.prepayItem')}>
          <Select mode="multiple" style={{ width: 300 }} options={pick(MONTHLY)} />
        </Form.Item>
      </Space>
      <Form.Item name="oneOffItemIds" label={t('checkin.settings.oneOffItems')}>
        <Select mode="multiple" style={{ width: 520 }} options={pick(ONE_OFF)} />
      </Form.Item>
      {section('checkin.settings.trusteeship')}
      <Space wrap>
        {METER_KINDS.map((k) => (
          <Form.Item key={k} name={['trusteeshipLimits', k]} label={t(`trusteeship.meter.${k}`)}>
            <InputNumber min={0} max={100000} precision={0} addonAfter={t(`checkinPaper.unit.${k}`)} />
          </Form.Item>
        ))}
      </Space>
      {section('checkin.settings.office')}
      <OfficeFields />
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="checkin-settings-save">
          {t('common.save')}
        </Button>
      </Form.Item>
    </Form>
  )
}

/** When, where and whom owners come to: printed on the 入住通知单 (empty lines are filled in by hand). */
function OfficeFields() {
  const { t } = useI18n()
  return (
    <Space wrap>
      <Form.Item name={['office', 'hours']} label={t('checkin.settings.officeHours')}>
        <Input maxLength={40} style={{ width: 240 }} placeholder={t('checkin.settings.officeHoursHint')} />
      </Form.Item>
      <Form.Item name={['office', 'place']} label={t('checkin.settings.officePlace')}>
        <Input maxLength={60} style={{ width: 300 }} placeholder={t('checkin.settings.officePlaceHint')} />
      </Form.Item>
      <Form.Item name={['office', 'phone']} label={t('checkin.settings.officePhone')}>
        <Input maxLength={30} style={{ width: 180 }} />
      </Form.Item>
    </Space>
  )
}
