/**
 * Room codes (楼栋 / 单元 / 房号) as clerks type them into the search box, and as they are shown.
 * Stored form: '3-2-1502', or '3-1502' when a building has a single unit.
 */
import { toHalfWidth } from './money'

export interface RoomParts {
  building: string
  unit: string | null
  room: string
}

export type RoomCodeReason = 'unrecognized'

export const reasonMessages: Readonly<Record<RoomCodeReason, string>> = {
  unrecognized: '无法识别的房号，请按“楼栋-单元-房号”输入，如 3-2-1502 或 3栋2单元1502'
}

// Building: digits, or a letter optionally followed by digits ('A', 'B1'). Unit: 1–2 digits.
// Room: 3–4 digits (floor + two-digit door), optionally after a letter ('B101', basement).
const BUILDING = '([A-Z]\\d{0,3}|\\d{1,3})'
const UNIT = '(\\d{1,2})'
const ROOM = '([A-Z]?\\d{3,4})'
const SEP = '[\\s\\-/_]+'
const BUILDING_MARK = '(?:号楼|栋|幢|座|号|#)'
const UNIT_MARK = '(?:单元|单)'

/**
 * Each part must end with its own marker (栋, 单元) or a separator, so markers cannot be swapped
 * ('3单元2栋' is refused, not misread) and run-together digits ('321502', a phone number) never
 * match. A bare number ('1502') is refused too: it is as likely the tail of a phone number.
 */
const ROOM_QUERY = new RegExp(
  `^${BUILDING}(?:\\s*${BUILDING_MARK}[\\s\\-/_]*|${SEP})` +
    `(?:${UNIT}(?:\\s*${UNIT_MARK}[\\s\\-/_]*|${SEP}))?` +
    `${ROOM}\\s*(?:室|房|号)?$`
)

/** Traditional characters and the dashes an IME may produce, so one pattern serves all. */
function normalizeQuery(text: string): string {
  return toHalfWidth(text)
    .trim()
    .toUpperCase()
    .replace(/棟/g, '栋')
    .replace(/單/g, '单')
    .replace(/號/g, '号')
    .replace(/樓/g, '楼')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}

/** '03' → '3'; null for zero, which numbers no building, unit or floor. */
function dropLeadingZeros(digits: string): string | null {
  const trimmed = digits.replace(/^0+/, '')
  return trimmed === '' ? null : trimmed
}

/**
 * '3-2-1502', '3栋2单元1502室', 'A座2单元1502', '3#2-1502', '3/2/1502', '3-1502' … → parts, or null
 * when the text is not recognisably a room (the search box then treats it as a name or phone).
 * Leading zeros go everywhere ('03-02-0901' → 3-2-901) because codes are stored without them.
 */
export function parseRoomQuery(text: string): RoomParts | null {
  const m = ROOM_QUERY.exec(normalizeQuery(text))
  if (!m) return null
  const [, rawBuilding = '', rawUnit, rawRoom = ''] = m
  const building = /^\d/.test(rawBuilding) ? dropLeadingZeros(rawBuilding) : rawBuilding
  const unit = rawUnit === undefined ? null : dropLeadingZeros(rawUnit)
  const room = /^\d/.test(rawRoom) ? dropLeadingZeros(rawRoom) : rawRoom
  if (building === null || (unit === null && rawUnit !== undefined)) return null
  // A typed '0012' would be floor 0: not a room, most likely a mistake.
  if (room === null || (/^\d/.test(room) && floorOf(room) === null)) return null
  return { building, unit, room }
}

/** The stored form: '3-2-1502', or '3-1502' without a unit. */
export function formatRoomCode(parts: RoomParts): string {
  return parts.unit === null ? `${parts.building}-${parts.room}` : `${parts.building}-${parts.unit}-${parts.room}`
}

/** The form printed on notices and receipts, in the counter's language. */
export function displayRoom(parts: RoomParts, locale: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN'): string {
  const { building, unit, room } = parts
  if (locale === 'en')
    return unit === null ? `Bldg ${building}, Rm ${room}` : `Bldg ${building}, Unit ${unit}, Rm ${room}`
  const [b, u] = locale === 'zh-TW' ? ['棟', '單元'] : ['栋', '单元']
  return unit === null ? `${building}${b}${room}` : `${building}${b}${unit}${u}${room}`
}

/** Floor from a numeric room: all but the last two digits ('1502' → 15, '101' → 1). */
export function floorOf(room: string): number | null {
  if (!/^\d{3,4}$/.test(room)) return null
  const floor = Number(room.slice(0, -2))
  return floor >= 1 ? floor : null
}
