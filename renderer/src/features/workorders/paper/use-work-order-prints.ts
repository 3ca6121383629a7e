import { App } from 'antd'
import { api } from '@shared/api'
import type { WorkOrderView } from '@shared/workorders/api'
import type { ServiceItem } from '@shared/workorders/repairs-api'
import { useApiQuery } from '../../../lib/api/hooks'
import { now } from '../../../lib/clock'
import { useI18n } from '../../../lib/i18n'
import { usePrint, type PrintSource } from '../../../lib/print/use-print'
import { priceListJob } from './price-list-print'
import { workOrderJob } from './work-order-print'

/** The papers of 报修投诉 sent to the printer with the estate's names; a failure is shown, never thrown. */
export function useWorkOrderPrints() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { print } = usePrint()
  const settings = useApiQuery(api.settings.get, {})
  const ctx = { companyName: settings.data?.companyName ?? '', estateName: settings.data?.estateName ?? '' }

  async function send(job: PrintSource) {
    const result = await print(job, { failedKey: 'workOrders.printFailed' })
    if (result?.via === 'pdf' && result.pdfPath) message.success(t('workOrders.printedPdf', { file: result.pdfPath }))
  }

  return {
    workOrder: (order: WorkOrderView) => send(() => workOrderJob(order, ctx)),
    priceList: (items: ServiceItem[]) => send(() => priceListJob(items, ctx, now().format('YYYY-MM-DD')))
  }
}
