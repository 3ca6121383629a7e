import { randomUUID } from 'node:crypto'
import { api, type Api } from '../../shared/api'
import type { ApiError, ApiResult } from '../../shared/kernel/errors'
import type { InputOf, OutputOf, Procedure } from '../../shared/kernel/procedure'
import type { CallMeta } from '../../electron/main/core/router'

/** What the client calls: the real Core (or anything with its `call`). */
export interface CoreCaller {
  call(name: string, input: unknown, meta?: unknown): Promise<ApiResult<unknown>>
}

/** Per call: an approval, a fixed request id (to replay), a locale, another session. */
export type CallOptions = Partial<CallMeta>

/** A procedure whose input may be left out (every field optional) takes it as optional. */
type Args<P> =
  Record<never, never> extends InputOf<P>
    ? [input?: InputOf<P>, options?: CallOptions]
    : [input: InputOf<P>, options?: CallOptions]

type Group<G, Wrap extends 'data' | 'result'> = {
  [N in keyof G]: (...args: Args<G[N]>) => Promise<Wrap extends 'data' ? OutputOf<G[N]> : ApiResult<OutputOf<G[N]>>>
}
type Client<Wrap extends 'data' | 'result'> = { [G in keyof Api]: Group<Api[G], Wrap> }

/** The core refused a call the test expected to succeed. */
export class ApiCallError extends Error {
  constructor(
    readonly procedure: string,
    readonly error: ApiError
  ) {
    super(`${procedure}: expected ok, got ${error.code}: ${error.message}`)
  }
}

export type TestClient = Client<'data'> & {
  /** The same procedures, answering the whole ApiResult: for tests of refusals. */
  attempt: Client<'result'>
}

function mapApi<Wrap extends 'data' | 'result'>(
  run: (procedure: Procedure, input: unknown, options?: CallOptions) => Promise<unknown>
): Client<Wrap> {
  const groups = Object.entries(api).map(([group, procedures]) => {
    const calls = Object.entries(procedures as Record<string, Procedure>).map(([name, procedure]) => [
      name,
      (input: unknown = {}, options?: CallOptions) => run(procedure, input, options)
    ])
    return [group, Object.fromEntries(calls)]
  })
  return Object.fromEntries(groups) as Client<Wrap>
}

/**
 * A client typed from the contract (shared/api.ts): `client.keys.saveCabinet(input)` takes that
 * procedure's input type and resolves with its output, or throws ApiCallError on a refusal;
 * `client.attempt.keys.saveCabinet(input)` resolves with the ApiResult. Calls go through the
 * real router by procedure name, as the renderer's do; a mutation carries a fresh request id
 * unless the options give one. `session` is read at each call, so a test may sign in again.
 */
export function testClient(core: CoreCaller, session: () => string | undefined): TestClient {
  const attempt = (procedure: Procedure, input: unknown, options: CallOptions = {}) => {
    const requestId = procedure.kind === 'mutation' ? randomUUID() : undefined
    return core.call(procedure.name, input, { session: session(), requestId, ...options })
  }
  const expectData = async (procedure: Procedure, input: unknown, options?: CallOptions) => {
    const result = await attempt(procedure, input, options)
    if (!result.ok) throw new ApiCallError(procedure.name, result.error)
    return result.data
  }
  return { ...mapApi<'data'>(expectData), attempt: mapApi<'result'>(attempt) }
}

/** A client of `core` with a fixed session token, or none (setup, sign-in, status). */
export const clientOf = (core: CoreCaller, token?: string): TestClient => testClient(core, () => token)
