import { mergeCatalogs, type CatalogKeyOf } from '@shared/kernel/i18n'
import { foundationScreenMessages } from '../features/foundation/messages'
import { householdsScreenMessages } from '../features/households/messages'
import { checkinScreenMessages } from '../features/checkin/messages'
import { feesScreenMessages } from '../features/fees/messages'
import { keysScreenMessages } from '../features/keys/messages'
import { workOrdersScreenMessages } from '../features/workorders/messages'
import { permitsScreenMessages } from '../features/permits/messages'
import { handoverScreenMessages } from '../features/handover/messages'
import { officeScreenMessages } from '../features/office/messages'

/**
 * The screens' words: each capability's features/<cap>/messages.ts, one line each. It is a list of its
 * own beside app/capabilities.ts because the manifests there import pages that call the typed `t`,
 * whose keys come from here: listing the catalogs with the manifests would make lib/translate.ts
 * load every page (an import cycle, and React in the catalog's unit test).
 */
export const screenCatalogs = mergeCatalogs(
  foundationScreenMessages,
  householdsScreenMessages,
  checkinScreenMessages,
  feesScreenMessages,
  keysScreenMessages,
  workOrdersScreenMessages,
  permitsScreenMessages,
  handoverScreenMessages,
  officeScreenMessages
)

export type CatalogKey = CatalogKeyOf<typeof screenCatalogs>
