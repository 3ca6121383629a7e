import type { Procedure } from '../../../shared/kernel/procedure'
import { KERNEL_ERROR_CODES } from '../../../shared/kernel/errors'
import type { HandoverProvider } from './handover'
import type { SearchProvider } from './search'
import type { AnyHandler } from './handler'

/** Contract groups by name, each a map of procedures: `{ keys: keysApi }`. */
export type ContractGroups = Readonly<Record<string, Readonly<Record<string, Procedure>>>>

/**
 * What one capability brings to the core: its contract groups (from shared/<cap>/api.ts), the
 * handlers that implement them, the error codes it raises (shared/<cap>/errors.ts) and what it
 * adds to the global search. Procedure
 * names come from the contract; nothing here repeats them. The demo and bench steps a capability
 * also defines belong to the tools (tools/capability.ts), so the core never loads them.
 */
export interface Capability {
  name: string
  api: ContractGroups
  handlers: readonly AnyHandler[]
  errorCodes: readonly string[]
  search?: SearchProvider
  /** Its sections of the shift handover (money, keys, open matters). */
  handover?: HandoverProvider
}

export interface Registry<C extends Capability = Capability> {
  capabilities: readonly C[]
  /** Every handler, in the capabilities' order. */
  handlers: readonly AnyHandler[]
  handler(name: string): AnyHandler | undefined
  /** The capabilities' search providers, in their order. */
  searchProviders: readonly SearchProvider[]
  /** The capabilities' handover sections, in their order. */
  handoverProviders: readonly HandoverProvider[]
  procedureNames(): string[]
}

export class RegistryError extends Error {
  override name = 'RegistryError'
}

/** Who claimed a name first, so the second claim can name both. */
function claim(claims: Map<string, string>, what: string, key: string, owner: string): void {
  const first = claims.get(key)
  if (first !== undefined) throw new RegistryError(`${what} "${key}" is claimed twice: by ${first} and by ${owner}`)
  claims.set(key, owner)
}

/**
 * The contract's procedures by name. A procedure's name is its group and key ('keys.borrow'), so
 * with each group claimed once no two procedures can share a name.
 */
function collectProcedures(capabilities: readonly Capability[]): Map<string, Procedure> {
  const groups = new Map<string, string>()
  const procedures = new Map<string, Procedure>()
  for (const capability of capabilities) {
    for (const [groupName, group] of Object.entries(capability.api)) {
      claim(groups, 'contract group', groupName, `capability ${capability.name}`)
      for (const [key, procedure] of Object.entries(group)) {
        const listedAs = `${groupName}.${key}`
        if (procedure.name !== listedAs) {
          throw new RegistryError(
            `capability ${capability.name}: the procedure listed as ${listedAs} is named "${procedure.name}"; a procedure's name is its group and key`
          )
        }
        procedures.set(procedure.name, procedure)
      }
    }
  }
  return procedures
}

/** Every handler implements exactly one contract procedure — the very object — and every procedure has one. */
function matchHandlers(
  capabilities: readonly Capability[],
  procedures: Map<string, Procedure>
): Map<string, AnyHandler> {
  const byName = new Map<string, AnyHandler>()
  const owners = new Map<string, string>()
  for (const capability of capabilities) {
    for (const handler of capability.handlers) {
      const name = handler.procedure.name
      const procedure = procedures.get(name)
      if (!procedure) {
        throw new RegistryError(
          `capability ${capability.name} has a handler for ${name}, which no capability's contract lists`
        )
      }
      if (procedure !== handler.procedure) {
        throw new RegistryError(
          `capability ${capability.name}: the handler for ${name} was made for a procedure object that is not the one in the contract (build it with handle(api.<group>.<key>, …))`
        )
      }
      claim(owners, 'the handler of procedure', name, `capability ${capability.name}`)
      byName.set(name, handler)
    }
  }
  const missing = [...procedures.keys()].filter((name) => !byName.has(name))
  if (missing.length) throw new RegistryError(`no handler for ${missing.join(', ')}`)
  return byName
}

/** The contract the renderer calls is exactly the groups the capabilities bring. */
function checkContract(capabilities: readonly Capability[], contract: ContractGroups): void {
  const brought = new Map<string, { owner: string; group: ContractGroups[string] }>()
  for (const capability of capabilities) {
    for (const [groupName, group] of Object.entries(capability.api))
      brought.set(groupName, { owner: capability.name, group })
  }
  for (const [groupName, group] of Object.entries(contract)) {
    const own = brought.get(groupName)
    if (!own) throw new RegistryError(`contract group "${groupName}" of shared/api.ts is brought by no capability`)
    if (own.group !== group)
      throw new RegistryError(`capability ${own.owner}: its group "${groupName}" is not the object shared/api.ts lists`)
  }
  for (const [groupName, { owner }] of brought) {
    if (!(groupName in contract))
      throw new RegistryError(
        `capability ${owner} brings contract group "${groupName}", which shared/api.ts does not list`
      )
  }
}

function checkErrorCodes(capabilities: readonly Capability[]): void {
  const owners = new Map<string, string>(
    KERNEL_ERROR_CODES.map((code) => [code, 'the kernel (shared/kernel/errors.ts)'])
  )
  for (const capability of capabilities) {
    for (const code of capability.errorCodes) claim(owners, 'error code', code, `capability ${capability.name}`)
  }
}

/**
 * The one place the capabilities come together. Refuses to start — throws a RegistryError that
 * names the culprit — when a capability name, contract group or error code is claimed twice (a
 * capability's code may not be the kernel's either), a procedure is not named after its group and
 * key (two could then share a name), a handler has no procedure or a procedure no handler or two,
 * or a handler was built for a different procedure object than the contract's. `contract`, when given, is the whole contract
 * the renderer calls (shared/api.ts): each of its groups must be one a capability brings.
 */
export function createRegistry<C extends Capability>(
  capabilities: readonly C[],
  contract?: ContractGroups
): Registry<C> {
  const names = new Map<string, string>()
  capabilities.forEach((capability, index) =>
    claim(names, 'capability name', capability.name, `entry ${index + 1} of the list`)
  )
  const procedures = collectProcedures(capabilities)
  if (contract) checkContract(capabilities, contract)
  const byName = matchHandlers(capabilities, procedures)
  checkErrorCodes(capabilities)
  return {
    capabilities,
    handlers: [...byName.values()],
    handler: (name) => byName.get(name),
    searchProviders: capabilities.flatMap((capability) => (capability.search ? [capability.search] : [])),
    handoverProviders: capabilities.flatMap((capability) => (capability.handover ? [capability.handover] : [])),
    procedureNames: () => [...byName.keys()]
  }
}
