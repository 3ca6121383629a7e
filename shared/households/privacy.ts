import { z } from 'zod'
import { mutation } from '../kernel/procedure'
import { ANY_ROLE } from '../kernel/roles'
import { id } from '../kernel/fields'

/*
 * Every reveal is a mutation: it leaves an audit row on the person's (or the key's) room timeline.
 * Access is checked by the service, not the contract, so that a refusal is audited too.
 */
export const privacyApi = {
  /** Shows one masked value in full. Allowed to the roles named in settings (default supervisor and up). */
  reveal: mutation<{ value: string }>()(
    'privacy.reveal',
    z.strictObject({
      personId: id,
      field: z.enum(['idNumber', 'phone', 'emergencyPhone']),
      index: z.number().int().min(0).max(3).default(0)
    }),
    ANY_ROLE
  ),
  /** A key borrower's phone: one on a set's authorised list, or the one given at a hand-out; for the roles that lend keys. */
  revealKeyPhone: mutation<{ value: string; name: string }>()(
    'privacy.revealKeyPhone',
    z.strictObject({ source: z.enum(['authorization', 'movement']), id }),
    ANY_ROLE
  )
}
