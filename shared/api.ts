import type { Procedure } from './kernel/procedure'
import { sharedCapabilities, type MergedContract } from './capabilities'

/**
 * The whole contract: every capability's groups (shared/capabilities.ts lists them), merged into one
 * object whose type keeps each procedure's input and output. The core's registry checks that every
 * procedure has a handler and that no group is brought twice.
 */
export const api: MergedContract = Object.assign({}, ...sharedCapabilities.map((capability) => capability.contract))

export type Api = typeof api

export function allProcedures(): Procedure[] {
  const list: Procedure[] = []
  for (const group of Object.values(api)) list.push(...(Object.values(group) as Procedure[]))
  return list
}
