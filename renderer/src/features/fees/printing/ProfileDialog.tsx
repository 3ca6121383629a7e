import { App, Col, Form, Input, InputNumber, Modal, Row, Select, Switch, Typography } from 'antd'
import { api } from '@shared/api'
import {
  DATA_LAYOUT_TEMPLATES,
  PRINT_LAYOUTS,
  PRINT_TEMPLATES,
  type PrinterProfile,
  type PrintLayout,
  type PrintTemplate
} from '@shared/fees/printing'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { ReceiptSample } from './ReceiptSample'

export const BLANK_PROFILE: PrinterProfile = {
  name: '',
  deviceName: '',
  template: 'form3',
  layout: 'full',
  offsetXmm: 0,
  offsetYmm: 0,
  usePaperBooks: false,
  default: false
}

/** One printer's settings, with the sample receipt moving as the offsets change. */
export function ProfileDialog({
  profile,
  estate,
  onClose
}: {
  profile: PrinterProfile & { isNew?: boolean }
  estate: { companyName: string; estateName: string }
  onClose: () => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<PrinterProfile>()
  const save = useApiMutation(api.printing.saveProfile, [api.printing.profiles])
  const template = (Form.useWatch('template', form) ?? profile.template) as PrintTemplate
  const layout = (Form.useWatch('layout', form) ?? profile.layout) as PrintLayout
  const offsetX = Form.useWatch('offsetXmm', form) ?? profile.offsetXmm
  const offsetY = Form.useWatch('offsetYmm', form) ?? profile.offsetYmm

  async function submit(values: PrinterProfile) {
    try {
      await save.mutateAsync({
        ...values,
        deviceName: values.deviceName ?? '',
        ...(profile.isNew ? {} : { previousName: profile.name })
      })
      message.success(t('common.saved'))
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  return (
    <Modal
      open
      width={980}
      title={t('printing.profiles.edit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      data-testid="profile-dialog"
    >
      <Row gutter={24}>
        <Col flex="400px">
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={profile}>
            <Form.Item
              name="name"
              label={t('printing.profile.name')}
              rules={[{ required: true, whitespace: true, message: t('field.required') }]}
            >
              <Input maxLength={40} autoFocus data-testid="profile-name" />
            </Form.Item>
            <Form.Item
              name="deviceName"
              label={t('printing.profile.deviceName')}
              extra={t('printing.profile.deviceHint')}
            >
              <Input maxLength={200} placeholder={t('printing.profile.systemDefault')} data-testid="profile-device" />
            </Form.Item>
            <Form.Item name="template" label={t('printing.profile.template')}>
              <Select
                options={PRINT_TEMPLATES.map((value) => ({ value, label: t(`printing.template.${value}`) }))}
                data-testid="profile-template"
              />
            </Form.Item>
            <Form.Item name="layout" label={t('printing.profile.layout')} extra={t('printing.profile.layoutHint')}>
              <Select
                options={PRINT_LAYOUTS.map((value) => ({
                  value,
                  label: t(`printing.layout.${value}`),
                  disabled: value === 'data' && !DATA_LAYOUT_TEMPLATES.includes(template)
                }))}
                data-testid="profile-layout"
              />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="offsetXmm" label={t('printing.profile.offsetX')}>
                  <InputNumber
                    min={-30}
                    max={30}
                    step={0.5}
                    precision={1}
                    style={{ width: '100%' }}
                    data-testid="profile-offset-x"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="offsetYmm" label={t('printing.profile.offsetY')}>
                  <InputNumber
                    min={-30}
                    max={30}
                    step={0.5}
                    precision={1}
                    style={{ width: '100%' }}
                    data-testid="profile-offset-y"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
              {t('printing.profile.offsetHint')}
            </Typography.Paragraph>
            <Row gutter={12}>
              <Col span={14}>
                <Form.Item
                  name="usePaperBooks"
                  label={t('printing.profile.usePaperBooks')}
                  valuePropName="checked"
                  extra={t('printing.profile.usePaperBooksHint')}
                >
                  <Switch data-testid="profile-paper-books" />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name="default" label={t('printing.profile.default')} valuePropName="checked">
                  <Switch data-testid="profile-default" />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Col>
        <Col flex="auto">
          <Typography.Text type="secondary">{t('printing.profile.preview')}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <ReceiptSample
              template={template}
              layout={layout}
              offsetXmm={offsetX ?? 0}
              offsetYmm={offsetY ?? 0}
              companyName={estate.companyName}
              estateName={estate.estateName}
              widthPx={template === 'thermal80' ? 300 : 520}
            />
          </div>
        </Col>
      </Row>
    </Modal>
  )
}
