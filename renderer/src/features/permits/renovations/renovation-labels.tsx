import { Tag } from 'antd'
import { api } from '@shared/api'
import type { PaperView, RenovationStatus } from '@shared/permits/api'
import { stateTag } from '../../../lib/colors'
import { readAsBase64 } from '../../../lib/download'
import { useI18n } from '../../../lib/i18n'

export { KeyHint, when, yuanText } from '../../workorders/work-order-labels'

/** What a renovation step changes on screen: the renovation, the lists, the room's file and timeline. */
export const refresh = [
  api.renovations.get,
  api.renovations.list,
  api.households.get,
  api.households.timeline,
  api.fees.account
]

/** Waiting at the desk orange, in works blue, stopped red, finished green, withdrawn grey. */
const STATUS_TAG: Record<RenovationStatus, string> = {
  applied: stateTag.attention,
  approved: stateTag.attention,
  rejected: stateTag.bad,
  active: stateTag.info,
  suspended: stateTag.bad,
  revoked: stateTag.bad,
  inspected: stateTag.good,
  closed: stateTag.good,
  cancelled: stateTag.neutral
}

export function RenovationStatusTag({ status, testId }: { status: RenovationStatus; testId?: string }) {
  const { t } = useI18n()
  return (
    <Tag color={STATUS_TAG[status]} data-testid={testId} data-status={status}>
      {t(`renovations.status.${status}`)}
    </Tag>
  )
}

const STANDING_TAG: Record<PaperView['standing'], string> = {
  valid: stateTag.good,
  notYetValid: stateTag.info,
  expired: stateTag.neutral,
  suspended: stateTag.bad,
  revoked: stateTag.bad,
  returned: stateTag.neutral,
  lost: stateTag.attention,
  used: stateTag.neutral
}

/** Where a paper stands today (有效, 已过期, 已作废…), as the gate would say it. */
export function StandingTag({ paper, testId }: { paper: PaperView; testId?: string }) {
  const { t } = useI18n()
  return (
    <Tag color={STANDING_TAG[paper.standing]} data-testid={testId} data-standing={paper.standing}>
      {t(`papers.standing.${paper.standing}`)}
    </Tag>
  )
}

export const UPLOAD_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const
export type UploadMime = (typeof UPLOAD_MIMES)[number]
/** A scan as the contract takes it (stored as the room's attachment). */
export interface UploadValue {
  fileName: string
  mime: UploadMime
  dataBase64: string
}

/** The file chosen, read as base64 as the household file's uploads send it; null for a type not taken. */
export async function uploadOf(file: File): Promise<UploadValue | null> {
  if (!(UPLOAD_MIMES as readonly string[]).includes(file.type)) return null
  return { fileName: file.name, mime: file.type as UploadMime, dataBase64: await readAsBase64(file) }
}

/** Monospace for numbers the counter reads out (ZS2026-000012, K7QX-M2PD). */
export const mono = { fontFamily: 'Consolas, monospace' } as const
