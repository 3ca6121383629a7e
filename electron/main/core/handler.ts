import type { OutputOf, ParsedInputOf, Procedure } from '../../../shared/kernel/procedure'
import type { ServiceContext } from './context'
import type { FailAfterCommit } from './errors'

/**
 * The implementation of one contract procedure.
 * `prepare` runs first, outside any transaction, for slow asynchronous work that must not hold
 * the write lock (scrypt, the backup API). `run` is synchronous and, for mutations, runs inside
 * one immediate transaction: an `await` there would commit half the work.
 */
export interface Handler<P extends Procedure = Procedure, Prep = unknown> {
  procedure: P
  prepare?: (ctx: ServiceContext, input: ParsedInputOf<P>) => Promise<Prep>
  run: (ctx: ServiceContext, input: ParsedInputOf<P>, prepared: Prep) => OutputOf<P> | FailAfterCommit
}

export function handle<P extends Procedure, Prep = undefined>(
  procedure: P,
  handler: Omit<Handler<P, Prep>, 'procedure'>
): Handler<P, Prep> {
  return { procedure, ...handler }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds handlers of every shape
export type AnyHandler = Handler<Procedure, any>
