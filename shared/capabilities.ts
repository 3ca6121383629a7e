import type { Catalogs } from './kernel/i18n'
import type { Procedure } from './kernel/procedure'
import { foundation } from './foundation'
import { households } from './households'
import { fees } from './fees'
import { keys } from './keys'
import { workorders } from './workorders'
import { checkin } from './checkin'
import { permits } from './permits'
import { handover } from './handover'
import { office } from './office'

/**
 * What one capability puts in the shared contract, from its shared/<cap>/index.ts: its contract
 * groups (api.ts), the error codes it raises (errors.ts) and the core's words for it (messages.ts).
 */
export interface SharedCapability {
  readonly name: string
  readonly contract: Readonly<Record<string, Readonly<Record<string, Procedure>>>>
  readonly errorCodes: readonly string[]
  readonly messages: Catalogs<string>
}

/**
 * Every capability of the shared contract, one line each. shared/api.ts, shared/errors.ts and
 * shared/messages.ts derive from this list, keeping each capability's literal types.
 */
export const sharedCapabilities = [
  foundation,
  households,
  fees,
  keys,
  workorders,
  checkin,
  permits,
  handover,
  office
] as const

type Listed = (typeof sharedCapabilities)[number]

/** `A | B` → `A & B`: the capabilities' parts, each with its own keys, as one object type. */
type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void
  ? I
  : never
/** Spells an intersection of objects out as one object type, so editors show `{ system, setup, … }`. */
type Flatten<T> = { [K in keyof T]: T[K] }

/** Every capability's contract groups merged into one object type. */
export type MergedContract = Flatten<UnionToIntersection<Listed['contract']>>
/** Every capability's error codes, as a union of literals. */
export type CapabilityErrorCode = Listed['errorCodes'][number]
