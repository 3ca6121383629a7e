import type { AnyHandler } from '../../core/handler'
import { completionHandlers } from './worker-completion'
import { paperHandlers } from './worker-papers'
import { registerHandlers } from './worker-register'
import { violationHandlers } from './worker-violations'

/** Handlers of workers and their passes, paper events, violations, inspection and the deposit refund. */
export const workerHandlers: AnyHandler[] = [
  ...registerHandlers,
  ...paperHandlers,
  ...violationHandlers,
  ...completionHandlers
]
