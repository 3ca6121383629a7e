import { dirname } from 'node:path'
import type { Store } from '../../../../db/open'
import { DEFAULT_LOCALE } from '../../../../shared/kernel/locale'
import type { OutputOf, Procedure } from '../../../../shared/kernel/procedure'
import { permitsContract } from '../../../../shared/permits/api'
import type { ServiceContext } from '../../core/context'
import { appRegistry } from '../../core/core'
import type { AnyHandler } from '../../core/handler'
import type { Registry } from '../../core/registry'
import type { Session } from '../../core/sessions'
import { demoDesk, type DemoDesk } from '../../tools/demo/desk'

/**
 * A step whose handler has a `prepare` (renovations.apply and addWorker write scans and photos to
 * disk before their transaction) cannot go through desk.call, which runs inside the day's
 * synchronous transaction. So the prepare runs at planning time instead, as the router runs it
 * before a transaction: once with no input, for what it hands a step that sends no file, and once
 * per scan the demo does send (`prepareFiles`, the file written to the data folder then). The step
 * itself goes through a second demo desk whose registry has those handlers without `prepare`,
 * handing `run` what was prepared — the same schema, role check, audit rows and clock (moved to
 * the main desk's moment before each call). Every other step goes through desk.call.
 */

/** What a prepare handed over for one step's files. */
export interface Prepared {
  value: unknown
}

export async function demoCaller(store: Store, desk: DemoDesk) {
  const registry = appRegistry()
  // The prepares read only the uploads, the data folder and the locale (for a refusal's message).
  const fileCtx = { env: { version: 'demo', dataDir: dirname(store.file) }, locale: DEFAULT_LOCALE } as ServiceContext
  const nothing = new Map<string, unknown>()
  const withoutPrepare = new Map<string, AnyHandler>()
  let handing: Prepared | null = null
  for (const procedure of Object.values(permitsContract).flatMap((group) => Object.values(group))) {
    const handler = registry.handler(procedure.name)
    if (!handler?.prepare) continue
    nothing.set(procedure.name, await handler.prepare(fileCtx, {}))
    withoutPrepare.set(procedure.name, {
      procedure,
      run: (ctx, input) => handler.run(ctx, input, handing ? handing.value : nothing.get(procedure.name))
    })
  }
  const prepareless: Registry = { ...registry, handler: (name) => withoutPrepare.get(name) ?? registry.handler(name) }
  const filelessDesk = demoDesk(
    store,
    { hash: () => Promise.reject(new Error('the permits demo signs no one in')), verify: () => Promise.resolve(false) },
    desk.now(),
    prepareless
  )

  /** desk.call, or the same with the prepare done ahead (nothing, or `prepared`'s files). */
  function call<P extends Procedure>(
    procedure: P,
    input: unknown,
    session: Session,
    approval?: string,
    prepared?: Prepared
  ): OutputOf<P> {
    if (!withoutPrepare.has(procedure.name)) return desk.call(procedure, input, session, approval)
    filelessDesk.at(desk.now())
    handing = prepared ?? null
    try {
      return filelessDesk.call(procedure, input, session, approval)
    } finally {
      handing = null
    }
  }

  /** Runs the step's prepare now for the files it will send (only the file fields are read). */
  async function prepareFiles(procedure: Procedure, files: Record<string, unknown>): Promise<Prepared> {
    const handler = registry.handler(procedure.name)
    if (!handler?.prepare) throw new Error(`${procedure.name} takes no files`)
    return { value: await handler.prepare(fileCtx, files) }
  }

  return { call, prepareFiles }
}
export type DemoCaller = Awaited<ReturnType<typeof demoCaller>>
export type DemoCall = DemoCaller['call']
