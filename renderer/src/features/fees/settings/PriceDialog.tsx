import { Alert, App, DatePicker, Form, Input, Modal, Table, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { FeeItemView } from '@shared/fees/fees'
import { formatPrice, parsePrice } from '@shared/fees/periods'
import { reasonKey } from '@shared/kernel/i18n'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { priceUnit, rateOn } from './fee-labels'
import { now } from '@renderer/lib/clock'
import { stateTag } from '@renderer/lib/colors'

interface Values {
  price: string
  effectiveFrom: Dayjs
}

type Rate = FeeItemView['rates'][number]

/**
 * 调整单价: a new price from a date, added to the item's history. Earlier months keep the price
 * they were billed at; a date that already has a price cannot be given another one.
 */
export function PriceDialog({ item, onClose }: { item: FeeItemView; onClose: () => void }) {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const from: Dayjs | undefined = Form.useWatch('effectiveFrom', form)
  const setPrice = useApiMutation(api.fees.setPrice, [api.fees.items, api.fees.account])
  const today = now().format('YYYY-MM-DD')
  const current = rateOn(item, today)
  const unit = priceUnit(t, item)

  async function submit(v: Values) {
    const effectiveFrom = v.effectiveFrom.format('YYYY-MM-DD')
    try {
      const saved = await setPrice.mutateAsync({ itemId: item.id, price: v.price, effectiveFrom })
      const added = saved.rates.find((r) => r.effectiveFrom === effectiveFrom)
      message.success(
        t('feeSettings.priceSaved', {
          name: saved.name,
          from: effectiveFrom,
          price: added ? formatPrice(added.priceE4) : v.price,
          unit
        })
      )
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const priceRule = {
    validator: (_: unknown, v: string | undefined) => {
      const r = parsePrice(v ?? '')
      return r.ok ? Promise.resolve() : Promise.reject(new Error(core(reasonKey('field.price', r.reason))))
    }
  }
  const dateRule = {
    validator: (_: unknown, v: Dayjs | undefined) => {
      if (!v) return Promise.reject(new Error(t('field.required')))
      const date = v.format('YYYY-MM-DD')
      const taken = item.rates.find((r) => r.effectiveFrom === date)
      return taken
        ? Promise.reject(new Error(t('feeSettings.dateTaken', { date, price: formatPrice(taken.priceE4) })))
        : Promise.resolve()
    }
  }
  const status = (r: Rate) =>
    r.effectiveFrom > today ? (
      <Tag color={stateTag.info}>{t('feeSettings.rateFuture')}</Tag>
    ) : r === current ? (
      <Tag color={stateTag.good}>{t('feeSettings.rateCurrent')}</Tag>
    ) : (
      <Tag>{t('feeSettings.ratePast')}</Tag>
    )

  return (
    <Modal
      open
      width={600}
      title={t('feeSettings.priceTitle', { name: item.name })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={setPrice.isPending}
      destroyOnHidden
      data-testid="price-dialog"
    >
      <Typography.Paragraph type="secondary">{t('feeSettings.priceIntro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ effectiveFrom: now().add(1, 'month').startOf('month') }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item name="price" label={t('feeSettings.newPrice')} rules={[priceRule]}>
            <Input
              inputMode="decimal"
              suffix={unit}
              placeholder={current ? formatPrice(current.priceE4) : '1.85'}
              autoFocus
              data-testid="price-input"
            />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('feeSettings.effectiveFrom')} rules={[dateRule]}>
            <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="price-from" />
          </Form.Item>
        </div>
      </Form>
      {from && from.format('YYYY-MM-DD') < today && (
        <Alert type="warning" showIcon title={t('feeSettings.pastDate')} style={{ marginBottom: 16 }} />
      )}
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('feeSettings.history')}
      </Typography.Title>
      <Table<Rate>
        rowKey="effectiveFrom"
        size="small"
        pagination={false}
        dataSource={item.rates}
        locale={{ emptyText: t('feeSettings.noHistory') }}
        data-testid="price-history"
        columns={[
          { title: t('feeSettings.effectiveFrom'), dataIndex: 'effectiveFrom', width: 140 },
          { title: t('feeSettings.firstPrice'), render: (_, r) => `${formatPrice(r.priceE4)} ${unit}` },
          { title: t('feeSettings.col.active'), width: 100, render: (_, r) => status(r) }
        ]}
      />
    </Modal>
  )
}
