import { useMemo } from 'react'
import { App } from 'antd'
import { api } from '@shared/api'
import type { CheckinView } from '@shared/checkin/api'
import type { PrintJob } from '@shared/kernel/bridge'
import { localDate } from '@shared/kernel/calendar'
import { call } from '../../../lib/api/client'
import { now } from '../../../lib/clock'
import { useI18n } from '../../../lib/i18n'
import { usePrint, type PrintSource } from '../../../lib/print/use-print'
import { handoverJob, type HandoverWorkOrder } from './handover-paper'
import { keySignOffJob } from './keys-paper'
import { noticesJob, type NoticeOptions } from './notice-paper'
import type { PaperContext } from './paper-kit'
import { registrationJob } from './registration-paper'
import { trusteeshipAgreementJob, type FeeShare } from './trusteeship-paper'

export interface CheckinPrints {
  /** 入住通知单 of a batch of rooms, one page each; hours, place and phone from the check-in settings unless given. */
  printNotices(roomIds: number[], options?: Omit<NoticeOptions, 'issuedOn'>): Promise<void>
  printRegistration(checkinId: number): Promise<void>
  printKeySignOff(checkinId: number): Promise<void>
  printHandoverForm(checkinId: number): Promise<void>
  printTrusteeshipAgreement(checkinId: number): Promise<void>
}

/** The estate's names as every paper heads them (settings.get, the query the key papers use). */
async function paperContext(): Promise<PaperContext> {
  const settings = await call(api.settings.get, {})
  return { companyName: settings.companyName, estateName: settings.estateName }
}

/** The work orders the check-in's defects became, read fresh so their numbers are printed. */
async function workOrdersOf(view: CheckinView): Promise<HandoverWorkOrder[]> {
  return Promise.all(view.workOrderIds.map((workOrderId) => call(api.workOrders.get, { workOrderId })))
}

/** The fees charged at a share while in trusteeship (物业费 70 %), as the fee items say. */
async function feeShares(): Promise<FeeShare[]> {
  const items = await call(api.fees.items, {})
  return items
    .filter((i) => i.active && i.trusteeshipPercent < 100)
    .map((i) => ({ name: i.name, percent: i.trusteeshipPercent }))
}

/**
 * The move-in papers, each built from fresh data through the typed client and sent through the
 * app's one print path (usePrint): Electron prints it and keeps the PDF, the browser shell opens
 * its dialog and keeps the page in prints/ (file names `checkin-<room>-<paper>`). A failure to
 * fetch or print is shown by usePrint, never thrown at the button.
 */
export function useCheckinPrints(): CheckinPrints {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { print } = usePrint()

  return useMemo<CheckinPrints>(() => {
    async function send(job: PrintSource) {
      const result = await print(job)
      if (result?.via === 'pdf' && result.pdfPath) message.success(t('printing.pdfKept', { path: result.pdfPath }))
    }
    const ofCheckin =
      (build: (view: CheckinView, ctx: PaperContext) => PrintJob | Promise<PrintJob>) => async (checkinId: number) =>
        send(async () => {
          const [view, ctx] = await Promise.all([call(api.checkin.get, { checkinId }), paperContext()])
          return build(view, ctx)
        })
    return {
      printNotices: async (roomIds, options = {}) => {
        if (roomIds.length === 0) return
        await send(async () => {
          const [notices, ctx, settings] = await Promise.all([
            call(api.checkin.notices, { roomIds }),
            paperContext(),
            call(api.checkin.settings, {})
          ])
          const { hours: officeHours, place, phone } = settings.office
          return noticesJob(notices, ctx, {
            officeHours,
            place,
            phone,
            ...options,
            issuedOn: localDate(now().toDate())
          })
        })
      },
      printRegistration: ofCheckin((view, ctx) => registrationJob(view, ctx)),
      printKeySignOff: ofCheckin((view, ctx) => keySignOffJob(view, ctx)),
      printHandoverForm: ofCheckin(async (view, ctx) => handoverJob(view, await workOrdersOf(view), ctx)),
      printTrusteeshipAgreement: ofCheckin(async (view, ctx) => trusteeshipAgreementJob(view, await feeShares(), ctx))
    }
  }, [message, print, t])
}
