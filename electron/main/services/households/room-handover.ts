import { and, eq, inArray } from 'drizzle-orm'
import { documentTypes, roomDocuments, rooms } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { RoomStatus } from '../../../../shared/domain/person-fields'
import type { ServiceContext } from '../../core/context'

/**
 * What other capabilities change in a household when a home is handed over (check-in, the end of
 * a trusteeship): the room's status and the household file's checklist. The caller writes its own
 * audit row, which names what happened (入住办理完成 rather than 修改房屋).
 */

export function setRoomStatus(db: Db, roomId: number, status: RoomStatus): void {
  db.update(rooms).set({ status }).where(eq(rooms.id, roomId)).run()
}

/**
 * Marks the checklist entries as on file (一户一档), for the staff member of the session. Keys the
 * office has retired or never had are skipped: the checklist is configurable, the procedure is not.
 * Returns the names of the entries marked.
 */
export function markDocumentsOnFile(ctx: ServiceContext, roomId: number, typeKeys: readonly string[]): string[] {
  const keys = [...new Set(typeKeys)]
  if (keys.length === 0) return []
  const types = ctx.db
    .select({ key: documentTypes.key, name: documentTypes.name })
    .from(documentTypes)
    .where(and(inArray(documentTypes.key, keys), eq(documentTypes.active, true)))
    .all()
  const at = ctx.now().toISOString()
  const by = ctx.requireSession().staffId
  for (const type of types) {
    ctx.db
      .insert(roomDocuments)
      .values({ roomId, typeKey: type.key, onFile: true, markedAt: at, markedBy: by })
      .onConflictDoUpdate({
        target: [roomDocuments.roomId, roomDocuments.typeKey],
        set: { onFile: true, markedAt: at, markedBy: by }
      })
      .run()
  }
  return types.map((t) => t.name)
}
