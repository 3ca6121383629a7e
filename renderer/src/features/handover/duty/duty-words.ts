import type { DutyToday } from '@shared/handover/types'
import type { RosterKind } from '@shared/handover/types'
import type { TranslateKey } from '../../../lib/i18n'

/** The word of a roster column: the three shift kinds are the core's shift words, the fourth 总值班. */
export const rosterKindKey = (kind: RosterKind): TranslateKey =>
  kind === 'manager' ? 'duty.kind.manager' : `shift.kind.${kind}`

/** Who is on the shift of this moment (the header and the card lead with it). */
export const namesNow = (today: DutyToday): string[] => today.onDuty.find((d) => d.kind === today.kindNow)?.names ?? []
