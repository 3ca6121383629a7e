import type { ReleaseView } from '@shared/permits/releases-api'
import { paperDate, paperRoom, paperTime, type PaperWords } from './paper-kit'

/** What both sizes of 物品放行条 print, as the counter's language writes it. */
export function slipFacts(release: ReleaseView, w: PaperWords) {
  const { t } = w
  const pair = (label: Parameters<typeof t>[0], value: string) => t('permitPaper.pair', { label: t(label), value })
  const kind = t(`permitPaper.slip.applicant.${release.applicantKind}`)
  const consent = release.consent
    ? release.consent.kind === 'phone'
      ? t('permitPaper.slip.consent.phone', {
          owner: release.consent.ownerName,
          at: paperTime(w, release.consent.calledAt),
          by: release.consent.calledBy
        })
      : t('permitPaper.slip.consent.note', { owner: release.consent.ownerName })
    : ''
  const count = release.items.reduce((sum, i) => sum + i.quantity, 0)
  return {
    number: pair('permitPaper.label.number', release.number),
    room: pair('permitPaper.label.room', paperRoom(w, release.roomCode)),
    applicant: pair(
      'permitPaper.slip.label.applicant',
      t('permitPaper.slip.applicant', { name: release.applicantName, kind })
    ),
    phone: release.applicantPhone ? pair('permitPaper.label.phone', release.applicantPhone) : '',
    plate: pair('permitPaper.slip.label.plate', release.plate || t('permitPaper.slip.noPlate')),
    validOn: pair('permitPaper.slip.label.validOn', paperDate(w, release.validOn)),
    total: t('permitPaper.slip.total', { kinds: release.items.length, count }),
    consent,
    remarks: release.remarks ? pair('permitPaper.slip.label.remarks', release.remarks) : '',
    issued: pair(
      'permitPaper.slip.label.issuer',
      t('permitPaper.slip.issued', { by: release.createdBy, at: paperTime(w, release.createdAt) })
    )
  }
}
