import { openStore } from '../../../../db/open'
import { householdsContract } from '../../../../shared/households/api'
import { HOUSEHOLDS_ERROR_CODES } from '../../../../shared/households/errors'
import type { CapabilityDefinition } from '../../tools/capability'
import { estateHandlers } from './estate'
import { estateImportHandlers } from './estate-import'
import { documentTypeHandlers } from './document-types'
import { householdHandlers } from './households'
import { documentHandlers } from './documents'
import { searchHandlers } from './search'
import { privacyHandlers } from './privacy'

/** The estate (buildings, units, rooms), households and persons with their documents, search, privacy. */
export const households: CapabilityDefinition = {
  name: 'households',
  api: householdsContract,
  handlers: [
    ...estateHandlers,
    ...estateImportHandlers,
    ...documentTypeHandlers,
    ...householdHandlers,
    ...documentHandlers,
    ...searchHandlers,
    ...privacyHandlers
  ],
  errorCodes: HOUSEHOLDS_ERROR_CODES,
  demo: {
    // The estate as if imported from the developer's list, before the history starts.
    seed: async ({ store, since, rooms }) => {
      const { seedEstate } = await import('./demo')
      return seedEstate(store, since, rooms)
    }
  },
  bench: async ({ dataDir }) => {
    const { benchSearch } = await import('./bench')
    const store = await openStore(dataDir)
    const search = benchSearch(store.sqlite)
    store.sqlite.close()
    const failures = search.worstP95 > 20 ? [`search p95 ${search.worstP95.toFixed(2)} ms > 20 ms`] : []
    return { lines: search.lines, failures }
  }
}
