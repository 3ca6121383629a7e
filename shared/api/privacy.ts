import { z } from 'zod'
import { mutation } from './procedure'
import { ANY_ROLE } from '../roles'
import { id } from './fields'

export const privacyApi = {
  /**
   * Shows one masked value in full. Allowed to the roles named in settings (default supervisor and
   * up); every reveal is an audit row, so it is a mutation.
   */
  reveal: mutation<{ value: string }>()(
    'privacy.reveal',
    z.strictObject({ personId: id, field: z.enum(['idNumber', 'phone', 'emergencyPhone']), index: z.number().int().min(0).max(3).default(0) }),
    ANY_ROLE
  )
}
