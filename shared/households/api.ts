import { estateApi } from './estate'
import { householdsApi } from './households'
import { searchApi } from './search'
import { privacyApi } from './privacy'

/** The households capability's contract groups: the estate, households and persons, search, privacy. */
export const householdsContract = {
  estate: estateApi,
  households: householdsApi,
  search: searchApi,
  privacy: privacyApi
} as const
