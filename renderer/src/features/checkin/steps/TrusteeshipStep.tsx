import { Alert, DatePicker, Form, Input, Radio, Space } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useI18n } from '../../../lib/i18n'
import { now } from '../../../lib/clock'
import { useCheckinPrints } from '../paper/use-checkin-prints'
import type { StepProps } from '../StepPanel'
import { PrintButton } from './PrintButton'

const day = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null)

/** 房屋托管: asked every time, before the fees (its period prices the property fee); when the owner will not live there yet, the agreement's date and the period. */
export function TrusteeshipStep({ view, value, onChange, saveDraft }: StepProps<'trusteeship'>) {
  const { t } = useI18n()
  const prints = useCheckinPrints()
  const today = now().format('YYYY-MM-DD')
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Radio.Group
        value={value.wanted}
        optionType="button"
        buttonStyle="solid"
        data-testid="trusteeship-wanted"
        onChange={(e) =>
          onChange(
            e.target.value
              ? {
                  ...value,
                  wanted: true,
                  agreementSignedOn: value.agreementSignedOn ?? today,
                  from: value.from ?? today
                }
              : { ...value, wanted: false, agreementSignedOn: null, from: null, to: null }
          )
        }
        options={[
          { value: false, label: t('checkin.trusteeshipNo') },
          { value: true, label: t('audit.checkin.step.trusteeship') }
        ]}
      />
      {value.wanted && (
        <>
          <Form layout="inline">
            <Form.Item label={t('checkin.trusteeshipSignedOn')}>
              <DatePicker
                value={value.agreementSignedOn ? dayjs(value.agreementSignedOn) : null}
                onChange={(d) => onChange({ ...value, agreementSignedOn: day(d) })}
                data-testid="trusteeship-signed-on"
              />
            </Form.Item>
            <Form.Item label={t('checkin.trusteeshipPeriod')}>
              <span data-testid="trusteeship-period">
                <DatePicker.RangePicker
                  allowEmpty={[false, true]}
                  value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
                  onChange={(r) => onChange({ ...value, from: day(r?.[0]), to: day(r?.[1]) })}
                />
              </span>
            </Form.Item>
          </Form>
          <Alert type="info" showIcon title={t('checkin.trusteeshipReadingsHint')} />
          <Alert type="info" showIcon title={t('checkin.trusteeshipFeesHint')} data-testid="trusteeship-fees-hint" />
          <Input
            maxLength={200}
            placeholder={t('checkin.notes')}
            value={value.notes ?? ''}
            onChange={(e) => onChange({ ...value, notes: e.target.value })}
          />
          <PrintButton
            icon={<PrinterOutlined />}
            label={t('checkin.printTrusteeship')}
            print={async () => {
              if (await saveDraft()) await prints.printTrusteeshipAgreement(view.id)
            }}
            testId="checkin-print-trusteeship"
          />
        </>
      )}
    </Space>
  )
}
