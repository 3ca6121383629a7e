import { z } from 'zod'
import { query } from '../kernel/procedure'
import { ANY_ROLE } from '../kernel/roles'
import type { RoomStatus, RoomType } from '../domain/person-fields'

export type MatchKind =
  | 'roomCode'
  | 'roomNumber'
  | 'name'
  | 'pinyin'
  | 'phone'
  | 'phoneTail'
  | 'idNumber'
  | 'idTail'
  | 'creditCode'
  | 'company'
  | 'keyTag'
  | 'keyPhone'

/** One household found by the global search, ranked (exact room code first). */
export interface SearchHit {
  key: string
  roomId: number | null
  roomCode: string | null
  buildingCode: string | null
  unitCode: string | null
  roomNumber: string | null
  status: RoomStatus | null
  type: RoomType | null
  vip: boolean
  /** Current owners' names (业主 and 共有人), joined. */
  owners: string
  /** The person the query matched, when it matched a person. */
  personName: string | null
  match: MatchKind
  /** What matched, as shown (ID numbers and phones masked). */
  matchedText: string
  /** A key borrower found by their phone (match 'keyPhone'): the set to open. */
  keySetId?: number
}

export const searchApi = {
  global: query<SearchHit[]>()(
    'search.global',
    z.strictObject({
      q: z.string().trim().min(1, 'field.required').max(60, 'field.tooLong'),
      limit: z.number().int().min(1).max(50).default(12)
    }),
    ANY_ROLE
  )
}
