import { z } from 'zod'
import { mutation, query } from '../kernel/procedure'
import { ANY_ROLE, COUNTER_ROLES } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import { isoDate, phoneField } from '../domain/person-fields'
import type { PaperView } from './renovation-types'
import { upload } from './upload'

/**
 * 物品放行条: goods leaving the estate. The applicant is verified: an owner of the room; a tenant
 * with the owner's consent on record (a phone call — when, who called, who answered — or a signed
 * note); a shop or company by its representative. One slip (FX…, gapless per year), valid on one
 * day (default today), used once: the gate's confirmation redeems it.
 */

export const RELEASE_APPLICANTS = ['owner', 'tenant', 'company'] as const
export type ReleaseApplicant = (typeof RELEASE_APPLICANTS)[number]
export const CONSENT_KINDS = ['phone', 'note'] as const
export type ConsentKind = (typeof CONSENT_KINDS)[number]

export interface ReleaseItem {
  name: string
  quantity: number
}

export interface ReleaseSummary {
  id: number
  number: string
  roomId: number
  roomCode: string
  applicantKind: ReleaseApplicant
  applicantName: string
  itemsText: string
  plate: string
  validOn: string
  /** The slip's standing: valid, used (with when and by whom), expired, revoked. */
  paper: PaperView
  usedAt: string | null
  usedBy: string | null
  createdAt: string
  createdBy: string
}

export interface ReleaseView extends ReleaseSummary {
  applicantPersonId: number | null
  /** Masked unless the role may see phones. */
  applicantPhone: string
  items: ReleaseItem[]
  consent: {
    kind: ConsentKind
    ownerName: string
    /** Phone: when the owner was called and who called; note: the signed note's attachment. */
    calledAt: string | null
    calledBy: string
    attachmentId: number | null
    note: string
  } | null
  remarks: string
}

const consentInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('phone'),
    ownerName: text(30),
    calledAt: z.string().datetime({ offset: true }),
    calledBy: text(30),
    note: optionalText(200).default('')
  }),
  z.strictObject({
    kind: z.literal('note'),
    ownerName: text(30),
    note: optionalText(200).default(''),
    scan: upload.optional()
  })
])

export const releaseInput = z.strictObject({
  roomId: id,
  applicantKind: z.enum(RELEASE_APPLICANTS),
  /** Owner and tenant: their person on the room. A company's representative is typed. */
  applicantPersonId: id.optional(),
  applicantName: optionalText(30).default(''),
  applicantPhone: z.union([z.literal(''), phoneField]).default(''),
  consent: consentInput.optional(),
  items: z
    .array(z.strictObject({ name: text(40), quantity: z.number().int().min(1).max(9999) }))
    .min(1, 'field.required')
    .max(30),
  plate: optionalText(12).default(''),
  /** Default today; not in the past. */
  validOn: isoDate.optional(),
  remarks: optionalText(200).default('')
})

export const releasesApi = {
  list: query<ReleaseSummary[]>()(
    'releases.list',
    z.strictObject({
      /** Issued on this local date. */
      date: isoDate.optional(),
      roomId: id.optional(),
      limit: z.number().int().min(1).max(500).default(200)
    }),
    ANY_ROLE
  ),
  get: query<ReleaseView>()('releases.get', z.strictObject({ releaseId: id }), ANY_ROLE),
  create: mutation<ReleaseView>()('releases.create', releaseInput, COUNTER_ROLES),
  revoke: mutation<ReleaseView>()(
    'releases.revoke',
    z.strictObject({ releaseId: id, reason: text(200) }),
    COUNTER_ROLES
  )
}
