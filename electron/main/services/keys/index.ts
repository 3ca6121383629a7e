import { keysContract } from '../../../../shared/keys/api'
import { KEYS_ERROR_CODES } from '../../../../shared/keys/errors'
import type { CapabilityDefinition } from '../../tools/capability'
import { keyHandlers } from './keys'
import { keySearch } from './search'
import { keysHandover } from './handover-section'

/** Minutes into the history when the supervisor sets up the key cabinets. */
const CABINETS_AFTER_MINUTES = 40

/** Key custody: cabinets and hooks, authorisations, deposits, hand-outs and returns; tags and borrowers in the search. */
export const keys: CapabilityDefinition = {
  name: 'keys',
  api: keysContract,
  handlers: keyHandlers,
  errorCodes: KEYS_ERROR_CODES,
  search: keySearch,
  handover: keysHandover,
  demo: {
    plan: async ({ store, desk, now, historyStart }) => {
      const { planKeys } = await import('./demo')
      return planKeys(store, desk, now, new Date(historyStart.getTime() + CABINETS_AFTER_MINUTES * 60_000))
    }
  }
}
