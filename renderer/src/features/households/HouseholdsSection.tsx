import { useRoute } from '../../app/shell/route'
import { EstateBrowser } from './EstateBrowser'
import { HouseholdPage } from './HouseholdPage'

/** 住户: the estate browser, or one household's file when the address names a room. */
export function HouseholdsSection() {
  const { params } = useRoute()
  const roomId = Number(params[0])
  return Number.isInteger(roomId) && roomId > 0 ? <HouseholdPage key={roomId} roomId={roomId} /> : <EstateBrowser />
}
