import { useMemo } from 'react'
import { App } from 'antd'
import { api } from '@shared/api'
import type { ReleaseView } from '@shared/permits/releases-api'
import type { RenovationView } from '@shared/permits/api'
import { call } from '../../../lib/api/client'
import { now } from '../../../lib/clock'
import { useI18n, type Translate } from '../../../lib/i18n'
import { usePrint, type PrintSource } from '../../../lib/print/use-print'
import { agreementJob, safetyLetterJob } from './letter-print'
import { noticeJob } from './notice-print'
import type { PaperContext, PaperWords } from './paper-kit'
import { passesToPrint, permitToPrint, slipRefusal, type Refusal } from './paper-rules'
import { passesJob, type PassCardData } from './pass-print'
import { permitJob } from './permit-print'
import { slipJob } from './slip-print'

export interface PermitPrints {
  /** 装修施工许可证, A4 to post on the door or A5; refused (with a message) for a suspended or revoked renovation. */
  permit(renovation: RenovationView, size: 'A4' | 'A5'): Promise<void>
  /** 施工人员临时出入证: ID-card-size cards (85.6 × 54 mm), ten on an A4 sheet; the passes named. */
  passes(renovation: RenovationView, passIds: readonly number[]): Promise<void>
  /** 装修施工通知: one copy for each department the renovation notifies, when works start (A5 unless asked). */
  notice(renovation: RenovationView, size?: 'A4' | 'A5'): Promise<void>
  /** 装修管理协议 for the owner's signature. */
  agreement(renovation: RenovationView): Promise<void>
  /** 安全责任书 for the contractor's signature. */
  safetyLetter(renovation: RenovationView): Promise<void>
  /** 物品放行条: 80 mm thermal (to the counter's thermal printer when one is set up) or A6. */
  slip(release: ReleaseView, size: '80mm' | 'A6'): Promise<void>
}

/** The refusal in the counter's words, its kind, status and standing translated. */
export function refusalText(t: Translate, refusal: Refusal): string {
  switch (refusal.key) {
    case 'permitPaper.refused.renovation':
      return t(refusal.key, {
        number: refusal.number,
        status: t(`renovations.status.${refusal.status}`),
        kind: t(`papers.kind.${refusal.kind}`)
      })
    case 'permitPaper.refused.paper':
      return t(refusal.key, {
        number: refusal.number,
        kind: t(`papers.kind.${refusal.kind}`),
        standing: t(`papers.standing.${refusal.standing}`)
      })
    case 'permitPaper.refused.noPermit':
      return t(refusal.key, { number: refusal.number })
    case 'permitPaper.refused.noPasses':
      return t(refusal.key)
  }
}

/** The estate's names as every paper heads them (settings.get, as the other papers read them). */
async function paperContext(): Promise<PaperContext> {
  const settings = await call(api.settings.get, {})
  return { companyName: settings.companyName, estateName: settings.estateName }
}

/**
 * The hours and prohibited works the papers restate: the renovation's own once a permit fixed
 * them, the office's current rules before (the agreement is signed before the permit).
 */
async function withRules(renovation: RenovationView): Promise<RenovationView> {
  if (renovation.workingHours) return renovation
  const rules = await call(api.renovations.settings, {})
  return { ...renovation, workingHours: rules.workingHours, prohibited: rules.prohibited }
}

/** A worker's photo as a data: URL for the card; an empty frame when there is none or it cannot be read. */
async function photoOf(attachmentId: number | null): Promise<string | null> {
  if (attachmentId === null) return null
  try {
    const file = await call(api.households.attachment, { attachmentId })
    return file.mime.startsWith('image/') ? `data:${file.mime};base64,${file.dataBase64}` : null
  } catch {
    return null
  }
}

/** The counter's thermal printer (a printer profile of the 80 mm template), if one is set up. */
async function thermalDevice(): Promise<string | undefined> {
  const profiles = await call(api.printing.profiles, {})
  return profiles.find((p) => p.template === 'thermal80' && p.deviceName)?.deviceName
}

/**
 * The papers of 证件 sent through the app's one print path (usePrint): each is built from the
 * view given and fresh settings, in the counter's language. A paper that may not be printed is
 * refused with a message; a failure to build or print is shown, never thrown at the button.
 */
export function usePermitPrints(): PermitPrints {
  const { t, locale } = useI18n()
  const { message } = App.useApp()
  const { print } = usePrint()

  return useMemo<PermitPrints>(() => {
    const w: PaperWords = { t, locale }
    async function send(job: PrintSource) {
      const result = await print(job, { failedKey: 'permitPaper.printFailed' })
      if (result?.via === 'pdf' && result.pdfPath) message.success(t('printing.pdfKept', { path: result.pdfPath }))
    }
    const refuse = (refusal: Refusal) => {
      message.error(refusalText(t, refusal), 6)
    }
    return {
      permit: async (renovation, size) => {
        const chosen = permitToPrint(renovation)
        if ('refusal' in chosen) return refuse(chosen.refusal)
        await send(async () => permitJob(await withRules(renovation), chosen.permit, size, await paperContext(), w))
      },
      passes: async (renovation, passIds) => {
        const chosen = passesToPrint(renovation, passIds)
        if ('refusal' in chosen) return refuse(chosen.refusal)
        await send(async () => {
          const cards: PassCardData[] = await Promise.all(
            chosen.passes.map(async (p) => ({ ...p, photo: await photoOf(p.worker.photoAttachmentId) }))
          )
          return passesJob(renovation, cards, await paperContext(), w)
        })
      },
      notice: async (renovation, size = 'A5') => {
        await send(async () =>
          noticeJob(await withRules(renovation), size, await paperContext(), w, now().toISOString())
        )
      },
      agreement: async (renovation) => {
        await send(async () => agreementJob(await withRules(renovation), await paperContext(), w))
      },
      safetyLetter: async (renovation) => {
        await send(async () => safetyLetterJob(await withRules(renovation), await paperContext(), w))
      },
      slip: async (release, size) => {
        const refusal = slipRefusal(release)
        if (refusal) return refuse(refusal)
        await send(async () =>
          slipJob(release, size, await paperContext(), w, size === '80mm' ? await thermalDevice() : undefined)
        )
      }
    }
  }, [t, locale, message, print])
}
