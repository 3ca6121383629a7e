/** Staff roles at the service center. Identifiers are English; labels live in the i18n catalog. */
export const ROLES = ['clerk', 'cashier', 'supervisor', 'manager', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** Counter work: everyone who serves residents. */
export const COUNTER_ROLES: readonly Role[] = ['clerk', 'cashier', 'supervisor', 'manager']
/** Who may approve on the spot what a clerk may not do alone (客服主管 / 管理处主任). */
export const SUPERVISORS: readonly Role[] = ['supervisor', 'manager']
export const MANAGERS: readonly Role[] = ['manager']
/** System administration: staff accounts, estate settings. */
export const ADMINS: readonly Role[] = ['admin']
/** Every role; for procedures any signed-in person may call. */
export const ANY_ROLE: readonly Role[] = ROLES

export function roleAllowed(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role)
}
