/** Staff roles at the service center. Identifiers are English; labels live in the i18n catalog. */
export const ROLES = ['clerk', 'cashier', 'supervisor', 'manager', 'admin', 'night'] as const
export type Role = (typeof ROLES)[number]

/** Counter work: everyone who serves residents. */
export const COUNTER_ROLES: readonly Role[] = ['clerk', 'cashier', 'supervisor', 'manager']
/**
 * 夜间值班员: the on-duty repairer who keeps the desk at night (17:30–08:30). They register calls,
 * repairs and complaints, lend keys in an emergency, check papers at the gate and hand over in the
 * morning; they take no money and run no check-in or permit (those wait for the day counter).
 */
export const NIGHT_ROLES: readonly Role[] = ['night']
/** Whoever may keep the counter at any hour: the day's counter roles and the night duty. */
export const DUTY_ROLES: readonly Role[] = [...COUNTER_ROLES, ...NIGHT_ROLES]
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
