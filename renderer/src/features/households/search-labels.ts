import type { SearchHit } from '@shared/households/search'
import { displayRoom } from '@shared/domain/room-code'
import type { Locale } from '@shared/kernel/locale'

/** '3栋2单元1502' for a hit's room, in the reader's language. */
export function hitRoom(hit: SearchHit, locale: Locale): string | null {
  if (!hit.buildingCode || !hit.roomNumber) return null
  return displayRoom({ building: hit.buildingCode, unit: hit.unitCode, room: hit.roomNumber }, locale)
}
