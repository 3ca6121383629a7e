import type { z } from 'zod'
import type { Role } from './roles'

/**
 * One procedure of the contract. `output` exists only in the type system (it is never set):
 * the renderer's client and the main-process router both read the input schema and the
 * output type from here, so nothing is typed twice.
 */
export interface Procedure<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly name: string
  readonly kind: 'query' | 'mutation'
  readonly input: I
  /** 'public': no session needed (sign-in, setup). Otherwise the roles that may call it. */
  readonly access: 'public' | readonly Role[]
  /**
   * A mutation whose result must not be kept for request-id replay (it carries a secret such
   * as a session token). Repeats of these are harmless by nature.
   */
  readonly noReplay?: boolean
  readonly output?: O
}

type Access = Procedure['access']
interface Options {
  noReplay?: boolean
}

export function query<O>() {
  return <I extends z.ZodType>(name: string, input: I, access: Access): Procedure<I, O> => ({
    name,
    kind: 'query',
    input,
    access
  })
}

export function mutation<O>() {
  return <I extends z.ZodType>(name: string, input: I, access: Access, options: Options = {}): Procedure<I, O> => ({
    name,
    kind: 'mutation',
    input,
    access,
    ...options
  })
}

export type InputOf<P> = P extends Procedure<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<P> = P extends Procedure<infer I, unknown> ? z.output<I> : never
export type OutputOf<P> = P extends Procedure<z.ZodType, infer O> ? O : never
