import { and, asc, eq, sql } from 'drizzle-orm'
import { buildings, rooms, units } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import { api } from '../../../../shared/api'
import { parseArea } from '../../../../shared/domain/area'
import { message } from '../../../../shared/messages'
import { reasonKey } from '../../../../shared/kernel/i18n'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { ownersOf, roomCode, roomColumns, toSummary } from './room-records'

export function findOrCreateBuilding(db: Db, code: string, now: Date): number {
  const found = db.select({ id: buildings.id }).from(buildings).where(eq(buildings.code, code)).get()
  if (found) return found.id
  const sortKey = /^\d+$/.test(code) ? Number(code) : 10_000
  return db
    .insert(buildings)
    .values({ code, sortKey, createdAt: now.toISOString() })
    .returning({ id: buildings.id })
    .get().id
}

export function findOrCreateUnit(db: Db, buildingId: number, code: string): number {
  const found = db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.buildingId, buildingId), eq(units.code, code)))
    .get()
  if (found) return found.id
  return db.insert(units).values({ buildingId, code }).returning({ id: units.id }).get().id
}

const list = handle(api.estate.buildings, {
  run(ctx) {
    const counts = ctx.db
      .select({ unitId: rooms.unitId, n: sql<number>`count(*)` })
      .from(rooms)
      .groupBy(rooms.unitId)
      .all()
    const perUnit = new Map(counts.map((c) => [c.unitId, c.n]))
    const allUnits = ctx.db.select().from(units).orderBy(asc(units.code)).all()
    return ctx.db
      .select()
      .from(buildings)
      .orderBy(asc(buildings.sortKey), asc(buildings.code))
      .all()
      .map((b) => {
        const own = allUnits
          .filter((u) => u.buildingId === b.id)
          .map((u) => ({ id: u.id, code: u.code, rooms: perUnit.get(u.id) ?? 0 }))
          .sort((a, c) => a.code.localeCompare(c.code, 'en', { numeric: true }))
        return { id: b.id, code: b.code, units: own, rooms: own.reduce((s, u) => s + u.rooms, 0) }
      })
  }
})

const roomList = handle(api.estate.rooms, {
  run(ctx, input) {
    const rows = ctx.db
      .select(roomColumns)
      .from(rooms)
      .innerJoin(buildings, eq(buildings.id, rooms.buildingId))
      .innerJoin(units, eq(units.id, rooms.unitId))
      .where(
        input.unitId
          ? and(eq(rooms.buildingId, input.buildingId), eq(rooms.unitId, input.unitId))
          : eq(rooms.buildingId, input.buildingId)
      )
      .all()
      .map(toSummary)
      .sort(
        (a, b) =>
          a.unitCode.localeCompare(b.unitCode, 'en', { numeric: true }) ||
          (a.floor ?? 0) - (b.floor ?? 0) ||
          a.number.localeCompare(b.number, 'en', { numeric: true })
      )
    const owners = ownersOf(
      ctx.db,
      rows.map((r) => r.id)
    )
    return rows.map(({ notes: _notes, ...r }) => ({ ...r, owners: owners.get(r.id) ?? '' }))
  }
})

const bulkCreate = handle(api.estate.bulkCreate, {
  run(ctx, input) {
    const now = ctx.now()
    const areas = input.positions.map((p, i) => {
      const parsed = parseArea(p.area)
      if (!parsed.ok)
        throw new AppError(
          'VALIDATION',
          {},
          { fields: { [`positions.${i}.area`]: message(ctx.locale, reasonKey('field.area', parsed.reason)) } }
        )
      return { position: p.position, centi: parsed.centi }
    })
    const buildingId = findOrCreateBuilding(ctx.db, input.building.toUpperCase(), now)
    let created = 0
    for (let unit = input.units.from; unit <= input.units.to; unit++) {
      const unitId = findOrCreateUnit(ctx.db, buildingId, String(unit))
      for (let floor = input.floors.from; floor <= input.floors.to; floor++) {
        if (floor === 0 || input.skipFloors.includes(floor)) continue
        for (const { position, centi } of areas) {
          const number = floor < 0 ? `B${-floor}${String(position).padStart(2, '0')}` : String(floor * 100 + position)
          const code = roomCode(input.building.toUpperCase(), String(unit), number)
          const exists = ctx.db.select({ id: rooms.id }).from(rooms).where(eq(rooms.code, code)).get()
          if (exists) throw new AppError('DUPLICATE_ROOM', { room: code }, { room: code })
          ctx.db
            .insert(rooms)
            .values({
              buildingId,
              unitId,
              number,
              code,
              floor,
              areaCenti: centi,
              type: input.type,
              status: 'undelivered',
              createdAt: now.toISOString()
            })
            .run()
          created++
        }
      }
    }
    ctx.audit({
      entityType: 'building',
      entityId: buildingId,
      summaryKey: 'audit.bulkCreate',
      summaryParams: { building: input.building, count: created }
    })
    return { created, building: input.building.toUpperCase() }
  }
})

export const estateHandlers = [list, roomList, bulkCreate]
