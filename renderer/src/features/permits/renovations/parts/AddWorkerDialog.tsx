import { App, AutoComplete, Form, Input, Select } from 'antd'
import { api } from '@shared/api'
import { ID_TYPES, type IdType } from '@shared/domain/person-fields'
import { validateResidentId } from '@shared/domain/id-card'
import { validatePhone } from '@shared/domain/phone'
import { reasonKey } from '@shared/kernel/i18n'
import type { MessageKey } from '@shared/messages'
import type { RenovationView } from '@shared/permits/api'
import { useApiMutation } from '../../../../lib/api/hooks'
import { useI18n } from '../../../../lib/i18n'
import { EnterSubmits, StepModal } from '../../../workorders/WorkOrderDialogs'
import { refresh, type UploadValue } from '../renovation-labels'
import { useStepFailure } from '../use-step-failure'
import { PhotoField } from './PhotoField'

interface WorkerValues {
  name: string
  idType: IdType
  idNumber: string
  phone: string
  trade: string
  photo?: UploadValue
}

const FIELDS = ['name', 'idType', 'idNumber', 'phone', 'trade', 'photo'] as const
/** The trades a renovation crew is made of, offered as the clerk types (any other is taken). */
const TRADES = ['水电工', '泥瓦工', '木工', '油漆工', '杂工']

/** A form rule from a check that names the core's message for what is wrong (as PersonFields checks). */
const coreRule = (core: (key: MessageKey) => string) => (check: (v: string) => MessageKey | null) => ({
  validator: (_: unknown, value: string | undefined) => {
    const problem = value?.trim() ? check(value) : null
    return problem ? Promise.reject(new Error(core(problem))) : Promise.resolve()
  }
})

const workerInput = (renovationId: number, v: WorkerValues) => ({
  renovationId,
  name: v.name.trim(),
  idType: v.idType,
  idNumber: v.idNumber.trim(),
  phone: v.phone.trim(),
  trade: v.trade.trim(),
  ...(v.photo ? { photo: v.photo } : {})
})

/** 添加施工人员 (Alt+W): name, ID (checked as typed, as the core checks it), phone, trade, photo. */
export function AddWorkerDialog({ renovation: r, onClose }: { renovation: RenovationView; onClose: () => void }) {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<WorkerValues>()
  const add = useApiMutation(api.renovations.addWorker, refresh)
  const failed = useStepFailure(form, FIELDS)
  const idType: IdType | undefined = Form.useWatch('idType', form)
  const rule = coreRule(core)
  const required = [{ required: true, whitespace: true, message: t('field.required') }]

  async function submit(v: WorkerValues) {
    try {
      await add.mutateAsync(workerInput(r.id, v))
      message.success(t('renovationParts.workerAdded', { name: v.name.trim() }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }

  return (
    <StepModal
      title={`${r.number} ${t('renovationParts.addWorker')}`}
      okText={t('renovationParts.addWorker')}
      pending={add.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-worker-dialog"
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ idType: 'resident' }}>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item name="name" label={t('renovationParts.worker.name')} rules={required}>
            <Input autoFocus maxLength={30} data-testid="worker-name" />
          </Form.Item>
          <Form.Item name="trade" label={t('renovationParts.worker.trade')} rules={required}>
            <AutoComplete options={TRADES.map((trade) => ({ value: trade }))} data-testid="worker-trade" />
          </Form.Item>
          <Form.Item name="idType" label={t('person.idType')}>
            <Select
              options={ID_TYPES.map((v) => ({ value: v, label: t(`idType.${v}`) }))}
              data-testid="worker-id-type"
            />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t('person.idNumber')}
            dependencies={['idType']}
            validateFirst
            rules={[
              ...required,
              rule((v) => {
                if (idType !== 'resident') return null
                const checked = validateResidentId(v)
                return checked.ok ? null : reasonKey('field.id', checked.reason)
              })
            ]}
          >
            <Input maxLength={40} data-testid="worker-id-number" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('renovationParts.worker.phone')}
            validateFirst
            rules={[...required, rule((v) => (validatePhone(v).ok ? null : 'field.phone.malformed'))]}
          >
            <Input maxLength={20} data-testid="worker-phone" />
          </Form.Item>
          <Form.Item name="photo" label={t('renovationParts.worker.photo')}>
            <PhotoField />
          </Form.Item>
        </div>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}
