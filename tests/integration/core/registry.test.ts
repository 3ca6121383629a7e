import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { api, allProcedures } from '../../../shared/api'
import { ERROR_CODES } from '../../../shared/errors'
import { sharedCapabilities } from '../../../shared/capabilities'
import { mutation, query } from '../../../shared/kernel/procedure'
import { appRegistry } from '../../../electron/main/core/core'
import { handle } from '../../../electron/main/core/handler'
import { createRegistry, RegistryError, type Capability } from '../../../electron/main/core/registry'
import { capabilities } from '../../../electron/main/services'

/** Small capabilities of real procedures, built fresh for each test so no object is shared by accident. */
function alphaGroup() {
  return {
    ping: query<string>()('alpha.ping', z.strictObject({}), 'public'),
    rename: mutation<null>()('alpha.rename', z.strictObject({ name: z.string() }), ['admin'])
  }
}

function capability(name: string, groups: Capability['api'], errorCodes: string[] = []): Capability {
  const handlers = Object.values(groups).flatMap((group) =>
    Object.values(group).map((procedure) => handle(procedure, { run: () => null as never }))
  )
  return { name, api: groups, handlers, errorCodes }
}

const refusal = (build: () => unknown) => {
  try {
    build()
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError)
    return (error as Error).message
  }
  throw new Error('the registry started')
}

describe('the app registry', () => {
  it('starts with every procedure of shared/api.ts, each served by a handler made for that very object', () => {
    const registry = appRegistry()
    const contract = allProcedures()
    expect(registry.procedureNames().sort()).toEqual(contract.map((p) => p.name).sort())
    for (const procedure of contract) expect(registry.handler(procedure.name)?.procedure).toBe(procedure)
    // The core's list (services/index.ts) and the shared one (shared/capabilities.ts) name the same capabilities in one order.
    expect(registry.capabilities.map((c) => c.name)).toEqual(sharedCapabilities.map((c) => c.name))
  })

  it('lists each capability error code once and in the combined ERROR_CODES', () => {
    const claimed = capabilities.flatMap((c) => c.errorCodes)
    expect(new Set(claimed).size).toBe(claimed.length)
    for (const code of claimed) expect(ERROR_CODES).toContain(code)
    expect(() => createRegistry(capabilities, api)).not.toThrow()
  })
})

describe('the registry refuses to start', () => {
  it('when a handler has no procedure in any contract', () => {
    const alpha = capability('alpha', { alpha: alphaGroup() })
    const stray = handle(query<string>()('ghost.walk', z.strictObject({}), 'public'), { run: () => 'boo' })
    const message = refusal(() => createRegistry([{ ...alpha, handlers: [...alpha.handlers, stray] }]))
    expect(message).toBe("capability alpha has a handler for ghost.walk, which no capability's contract lists")
  })

  it('when a contract procedure has no handler', () => {
    const alpha = capability('alpha', { alpha: alphaGroup() })
    const message = refusal(() => createRegistry([{ ...alpha, handlers: alpha.handlers.slice(0, 1) }]))
    expect(message).toBe('no handler for alpha.rename')
  })

  it('when two handlers serve one procedure', () => {
    const alpha = capability('alpha', { alpha: alphaGroup() })
    const message = refusal(() => createRegistry([{ ...alpha, handlers: [...alpha.handlers, alpha.handlers[0]!] }]))
    expect(message).toMatch(/the handler of procedure "alpha\.ping" is claimed twice/)
  })

  it("when a handler was made for a copy of the contract's procedure, not the procedure itself", () => {
    const group = alphaGroup()
    const alpha = capability('alpha', { alpha: group })
    const copy = handle({ ...group.ping }, { run: () => 'pong' })
    const message = refusal(() => createRegistry([{ ...alpha, handlers: [copy, ...alpha.handlers.slice(1)] }]))
    expect(message).toMatch(
      /^capability alpha: the handler for alpha\.ping was made for a procedure object that is not the one in the contract/
    )
  })

  it('when two capabilities claim one procedure name', () => {
    const alpha = capability('alpha', { alpha: alphaGroup() })
    const beta = capability('beta', { beta: { ping: query<string>()('alpha.ping', z.strictObject({}), 'public') } })
    const message = refusal(() => createRegistry([alpha, beta]))
    expect(message).toBe(
      'capability beta: the procedure listed as beta.ping is named "alpha.ping"; a procedure\'s name is its group and key'
    )
  })

  it('when two capabilities claim one contract group', () => {
    const message = refusal(() =>
      createRegistry([capability('alpha', { alpha: alphaGroup() }), capability('beta', { alpha: alphaGroup() })])
    )
    expect(message).toBe('contract group "alpha" is claimed twice: by capability alpha and by capability beta')
  })

  it('when two capabilities claim one error code, or a capability claims a kernel code', () => {
    const alpha = capability('alpha', { alpha: alphaGroup() }, ['ALPHA_FULL', 'SHARED_CODE'])
    const beta = capability('beta', {}, ['SHARED_CODE'])
    expect(refusal(() => createRegistry([alpha, beta]))).toBe(
      'error code "SHARED_CODE" is claimed twice: by capability alpha and by capability beta'
    )
    expect(refusal(() => createRegistry([capability('beta', {}, ['VALIDATION'])]))).toBe(
      'error code "VALIDATION" is claimed twice: by the kernel (shared/kernel/errors.ts) and by capability beta'
    )
  })

  it('when two capabilities share a name', () => {
    const message = refusal(() => createRegistry([capability('alpha', {}), capability('alpha', {})]))
    expect(message).toBe('capability name "alpha" is claimed twice: by entry 1 of the list and by entry 2 of the list')
  })

  it('when the whole contract has a group no capability brings, or a capability a group it lacks', () => {
    const group = alphaGroup()
    const alpha = capability('alpha', { alpha: group })
    const orphan = { extra: { go: query<string>()('extra.go', z.strictObject({}), 'public') } }
    expect(refusal(() => createRegistry([alpha], { alpha: group, ...orphan }))).toBe(
      'contract group "extra" of shared/api.ts is brought by no capability'
    )
    expect(refusal(() => createRegistry([alpha], {}))).toBe(
      'capability alpha brings contract group "alpha", which shared/api.ts does not list'
    )
    expect(refusal(() => createRegistry([alpha], { alpha: alphaGroup() }))).toBe(
      'capability alpha: its group "alpha" is not the object shared/api.ts lists'
    )
    expect(createRegistry([alpha], { alpha: group }).procedureNames()).toEqual(['alpha.ping', 'alpha.rename'])
  })
})
