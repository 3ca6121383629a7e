import { maskPhone } from '../../../../shared/domain/phone'
import { KEY_CLERKS } from '../../../../shared/keys/api'
import { roleAllowed } from '../../../../shared/kernel/roles'
import type { SearchFind, SearchProvider } from '../../core/search'
import { borrowersByPhoneTail, roomByKeyTag } from './queries'

/** Key custody's part of the global search. */
export const keySearch: SearchProvider = (sqlite, { text, compact }, { role, limit }) => {
  const store = { sqlite }
  const finds: SearchFind[] = []
  // A key tag (K + 5) finds the key's room; the tag itself does not reveal it.
  if (/^K[0-9A-Z]{5}$/i.test(text)) {
    for (const r of roomByKeyTag.all(store, text.toUpperCase())) {
      finds.push({ rank: 0, roomId: r.roomId, personId: null, match: 'keyTag', matchedText: r.tagCode })
    }
  }
  // The roles that lend keys also find key borrowers by their phone (ranked with phone tails): by
  // its last 4 digits or the whole number only, as households' phones (longer tails rebuild a mask).
  if (role && roleAllowed(role, KEY_CLERKS) && /^(\d{4}|\d{11})$/.test(compact)) {
    for (const r of borrowersByPhoneTail.all(store, { pattern: `%${compact}`, limit })) {
      finds.push({
        rank: 6,
        roomId: r.roomId,
        personId: null,
        match: 'keyPhone',
        matchedText: maskPhone(r.phone),
        borrower: { name: r.name, keySetId: r.keySetId }
      })
    }
  }
  return finds
}
