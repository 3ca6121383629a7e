import type { Store } from '../../../db/open'
import type { PasswordHasher } from '../core/passwords'
import type { Capability } from '../core/registry'
import type { DemoDesk } from './demo/desk'
import type { DemoEvent } from './demo/schedule'

export interface DemoCounts {
  rooms: number
  persons: number
}

/** Before the desk opens: what a capability writes directly, at `since` (the office set up, the estate imported). */
export interface DemoSeedContext {
  store: Store
  passwords: PasswordHasher
  since: Date
  /** About how many rooms the estate should have. */
  rooms: number
}

/** The year of history the counter works through, planned as events the schedule plays day by day. */
export interface DemoPlanContext {
  store: Store
  desk: DemoDesk
  now: Date
  /** The first day of the history (services/fees/demo.ts). */
  historyStart: Date
}

export interface DemoSteps {
  seed?: (context: DemoSeedContext) => Promise<Partial<DemoCounts> | void>
  plan?: (context: DemoPlanContext) => Promise<DemoEvent[]>
}

export interface BenchContext {
  /** A data folder holding a freshly generated demo estate; no store is open on it. */
  dataDir: string
  passwords: PasswordHasher
  /** The bench's today: the demo was built at it (`--now`, else the moment the bench started). */
  now: Date
}

export interface BenchOutcome {
  lines: string[]
  /** One line per missed target. */
  failures: string[]
}

/**
 * What a capability adds to the demo generator and the bench. The steps load their code when
 * they run (dynamic import), so the app itself never loads demo or bench code.
 */
export interface CapabilityTools {
  demo?: DemoSteps
  bench?: (context: BenchContext) => Promise<BenchOutcome>
}

/** One capability's whole definition: what the core registers and what the tools run. */
export type CapabilityDefinition = Capability & CapabilityTools
