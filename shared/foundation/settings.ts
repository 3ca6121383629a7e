import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ADMINS, ANY_ROLE, ROLES, type Role } from '../kernel/roles'
import { idleLockMinutes, text } from '../kernel/fields'

export interface EstateSettings {
  companyName: string
  estateName: string
  counterName: string
  idleLockMinutes: number
  /** Roles that may reveal a masked ID number or phone (each reveal is audited). */
  revealRoles: Role[]
  /** Roles that may reveal an owner's phone from the arrears list to make a 催缴 call (audited). */
  callRevealRoles: Role[]
  /** This counter's receipt prefix; '{year}' becomes the year ('SJ{year}' → SJ2026000001). */
  receiptPrefix: string
}

export const settingsApi = {
  get: query<EstateSettings>()('settings.get', z.strictObject({}), ANY_ROLE),
  update: mutation<EstateSettings>()(
    'settings.update',
    z.strictObject({
      companyName: text(60),
      estateName: text(60),
      counterName: text(30),
      idleLockMinutes,
      revealRoles: z.array(z.enum(ROLES)).max(ROLES.length),
      // Optional: a caller that does not know the setting leaves it as it is.
      callRevealRoles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
      receiptPrefix: z
        .string()
        .trim()
        .regex(/^[A-Z]{1,4}(\{year\})?[A-Z0-9-]{0,4}$/, 'field.receiptPrefix')
    }),
    ADMINS
  )
}
