import type Database from 'better-sqlite3'
import type { DemandLetter, NoticeLine, PaymentNotices } from '../../../../shared/fees/arrears'
import { addDays, DEMAND_LETTER_DEADLINE_DAYS, overdueAgeMonths } from '../../../../shared/fees/arrears-rules'
import { dueDate } from '../../../../shared/fees/periods'
import { toChineseCapital } from '../../../../shared/domain/money'
import { displayRoom } from '../../../../shared/domain/room-code'
import type { Locale } from '../../../../shared/kernel/locale'
import type { Db } from '../../../../db/open'
import { demandClock, ownerContacts, prepared, reminderStates, remindersOf, unpaidLines } from './arrears-records'
import { AppError } from '../../core/errors'
import { readSetting } from '../foundation/settings'

interface RoomPlace {
  roomId: number
  roomCode: string
  buildingCode: string
  unitCode: string
  number: string
}

function roomPlaces(sqlite: Database.Database, roomIds: readonly number[]): Map<number, RoomPlace> {
  const rows = prepared(
    sqlite,
    `SELECT r.id AS roomId, r.code AS roomCode, b.code AS buildingCode, u.code AS unitCode, r.number
     FROM rooms r JOIN buildings b ON b.id = r.building_id JOIN units u ON u.id = r.unit_id
     WHERE r.id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(roomIds)) as RoomPlace[]
  return new Map(rows.map((r) => [r.roomId, r]))
}

const show = (place: RoomPlace, locale: Locale) =>
  displayRoom({ building: place.buildingCode, unit: place.unitCode, room: place.number }, locale)
const sum = (lines: readonly NoticeLine[]) => lines.reduce((total, l) => total + l.amountFen, 0)

function letterhead(db: Db) {
  return { companyName: readSetting(db, 'companyName') ?? '', estateName: readSetting(db, 'estateName') ?? '' }
}

export interface NoticeRequest {
  period: string
  buildingId?: number
  roomIds?: number[]
  dueDay: number
  issuedOn?: string
}

/**
 * 付款请求书 for a period (sent on the 15th, due on the 20th): one per room that owes anything for
 * that period or before, every unpaid charge itemised, earlier arrears marked, the total in figures
 * and 大写. Rooms that owe nothing (paid ahead) get no notice.
 */
export function paymentNotices(
  db: Db,
  sqlite: Database.Database,
  request: NoticeRequest,
  today: string,
  locale: Locale
): PaymentNotices {
  const dueOn = dueDate(request.period, request.dueDay)
  const issuedOn = request.issuedOn ?? today
  const byRoom = unpaidLines(
    sqlite,
    { roomIds: request.roomIds, buildingId: request.buildingId, upToPeriod: { period: request.period, dueBy: dueOn } },
    issuedOn
  )
  const roomIds = [...byRoom.keys()]
  const places = roomPlaces(sqlite, roomIds)
  const owners = ownerContacts(sqlite, roomIds)
  const notices = roomIds
    .map((roomId) => ({ roomId, place: places.get(roomId)!, lines: byRoom.get(roomId)! }))
    .sort((a, b) => a.place.roomCode.localeCompare(b.place.roomCode, 'en', { numeric: true }))
    .map(({ roomId, place, lines }) => {
      const totalFen = sum(lines)
      return {
        roomId,
        roomCode: place.roomCode,
        roomDisplay: show(place, locale),
        ownerNames: owners.get(roomId)?.names ?? '',
        lines,
        totalFen,
        totalCapital: toChineseCapital(totalFen),
        overdueFen: sum(lines.filter((l) => l.overdue))
      }
    })
  return { ...letterhead(db), period: request.period, dueOn, issuedOn, notices }
}

/**
 * 催缴函 of one room: what is overdue, item by item with how long, the reminders already made,
 * and 15 days to pay. Asked for a room that owes nothing past due, it comes back with no lines
 * (and the page has nothing to print).
 */
export function demandLetter(
  db: Db,
  sqlite: Database.Database,
  roomId: number,
  today: string,
  locale: Locale
): DemandLetter {
  const place = roomPlaces(sqlite, [roomId]).get(roomId)
  if (!place) throw new AppError('NOT_FOUND', {}, { entity: 'room', id: roomId })
  const lines = (unpaidLines(sqlite, { roomIds: [roomId], overdueOn: today }, today).get(roomId) ?? []).map((l) => ({
    ...l,
    ageMonths: overdueAgeMonths(l.dueOn, today)
  }))
  const oldestDue = lines.reduce<string | null>(
    (oldest, l) => (oldest === null || l.dueOn < oldest ? l.dueOn : oldest),
    null
  )
  const totalFen = sum(lines)
  const clock =
    oldestDue === null ? { due: false } : demandClock(reminderStates(sqlite, [roomId]).get(roomId), oldestDue, today)
  return {
    ...letterhead(db),
    roomId,
    roomCode: place.roomCode,
    roomDisplay: show(place, locale),
    ownerNames: ownerContacts(sqlite, [roomId]).get(roomId)?.names ?? '',
    issuedOn: today,
    deadline: addDays(today, DEMAND_LETTER_DEADLINE_DAYS),
    lines,
    totalFen,
    totalCapital: toChineseCapital(totalFen),
    oldestDue,
    ageMonths: oldestDue === null ? 0 : overdueAgeMonths(oldestDue, today),
    reminders: remindersOf(sqlite, roomId),
    demandLetterDue: clock.due
  }
}
