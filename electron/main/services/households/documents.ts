import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { and, asc, eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { attachments, documentTypes, roomDocuments, staff } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import { api } from '../../../../shared/api'
import type { AttachmentView, DocumentStatus } from '../../../../shared/households/households'
import { AppError } from '../../core/errors'
import { message } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { getRoom } from './room-records'

const MAX_BYTES = 10 * 1024 * 1024

/** The first bytes each accepted kind of file starts with: a renamed .exe is not a scan. */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'
}

export function filePath(dataDir: string, sha256: string): string {
  return join(dataDir, 'files', sha256.slice(0, 2), sha256)
}

export function documentStatuses(db: Db, roomId: number): DocumentStatus[] {
  const marker = alias(staff, 'marker')
  const author = alias(staff, 'author')
  const marks = db
    .select({
      typeKey: roomDocuments.typeKey,
      onFile: roomDocuments.onFile,
      markedAt: roomDocuments.markedAt,
      markedBy: marker.displayName
    })
    .from(roomDocuments)
    .leftJoin(marker, eq(marker.id, roomDocuments.markedBy))
    .where(eq(roomDocuments.roomId, roomId))
    .all()
  const files: AttachmentView[] = db
    .select({
      id: attachments.id,
      typeKey: attachments.typeKey,
      fileName: attachments.fileName,
      mime: attachments.mime,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
      createdBy: author.displayName
    })
    .from(attachments)
    .leftJoin(author, eq(author.id, attachments.createdBy))
    .where(eq(attachments.roomId, roomId))
    .orderBy(asc(attachments.id))
    .all()
  return db
    .select()
    .from(documentTypes)
    .where(eq(documentTypes.active, true))
    .orderBy(asc(documentTypes.sortKey))
    .all()
    .map((type) => {
      const mark = marks.find((m) => m.typeKey === type.key)
      return {
        typeKey: type.key,
        name: type.name,
        required: type.required,
        onFile: mark?.onFile ?? false,
        markedAt: mark?.markedAt ?? null,
        markedBy: mark?.markedBy ?? null,
        attachments: files.filter((f) => f.typeKey === type.key)
      }
    })
}

function documentType(db: Db, key: string) {
  const type = db.select().from(documentTypes).where(eq(documentTypes.key, key)).get()
  if (!type) throw new AppError('VALIDATION', {}, { fields: { typeKey: message('zh-CN', 'field.invalid') } })
  return type
}

function mark(db: Db, roomId: number, typeKey: string, onFile: boolean, at: string, by: number): void {
  db.insert(roomDocuments)
    .values({ roomId, typeKey, onFile, markedAt: at, markedBy: by })
    .onConflictDoUpdate({
      target: [roomDocuments.roomId, roomDocuments.typeKey],
      set: { onFile, markedAt: at, markedBy: by }
    })
    .run()
}

const setDocument = handle(api.households.setDocument, {
  run(ctx, input) {
    getRoom(ctx.db, input.roomId)
    const type = documentType(ctx.db, input.typeKey)
    mark(ctx.db, input.roomId, type.key, input.onFile, ctx.now().toISOString(), ctx.requireSession().staffId)
    ctx.audit({
      roomId: input.roomId,
      entityType: 'document',
      entityId: type.key,
      summaryKey: input.onFile ? 'audit.documentOnFile' : 'audit.documentMissing',
      summaryParams: { document: type.name }
    })
    return documentStatuses(ctx.db, input.roomId).find((d) => d.typeKey === type.key)!
  }
})

export interface StoredFile {
  sha256: string
  size: number
}

/**
 * Writes a scan or photo to the data folder before the transaction (a handler's `prepare`), named
 * by its hash: writing it twice is harmless, and a row is only added once the bytes are safely on
 * disk. Refuses a file too large or not of the kind it claims.
 */
export async function writeAttachmentFile(ctx: ServiceContext, mime: string, dataBase64: string): Promise<StoredFile> {
  const bytes = Buffer.from(dataBase64, 'base64')
  if (bytes.length > MAX_BYTES) throw new AppError('FILE_TOO_LARGE')
  if (!SIGNATURES[mime]?.(bytes))
    throw new AppError('VALIDATION', {}, { fields: { dataBase64: message(ctx.locale, 'field.invalid') } })
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const path = filePath(ctx.env.dataDir, sha256)
  if (!existsSync(path)) {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(`${path}.partial`, bytes, { flush: true })
    renameSync(`${path}.partial`, path)
  }
  return { sha256, size: bytes.length }
}

export interface NewAttachment {
  roomId: number
  typeKey: string | null
  fileName: string
  mime: string
}

/** The attachment row of a file written by writeAttachmentFile, in the caller's transaction, with its audit row. */
export function insertAttachment(
  ctx: ServiceContext,
  file: NewAttachment,
  stored: StoredFile
): typeof attachments.$inferSelect {
  getRoom(ctx.db, file.roomId)
  if (file.typeKey) documentType(ctx.db, file.typeKey)
  const session = ctx.requireSession()
  const at = ctx.now().toISOString()
  const row = ctx.db
    .insert(attachments)
    .values({
      roomId: file.roomId,
      typeKey: file.typeKey,
      sha256: stored.sha256,
      fileName: file.fileName,
      mime: file.mime,
      sizeBytes: stored.size,
      createdAt: at,
      createdBy: session.staffId
    })
    .returning()
    .get()
  // A scan of a document is proof it is on file.
  if (file.typeKey) mark(ctx.db, file.roomId, file.typeKey, true, at, session.staffId)
  ctx.audit({
    roomId: file.roomId,
    entityType: 'attachment',
    entityId: row.id,
    summaryKey: 'audit.attach',
    summaryParams: { fileName: file.fileName }
  })
  return row
}

const attach = handle(api.households.attach, {
  // The file is written before the transaction, named by its hash: writing it twice is harmless,
  // and a row is only added once the bytes are safely on disk.
  prepare: (ctx, input) => writeAttachmentFile(ctx, input.mime, input.dataBase64),
  run(ctx, input, stored) {
    const session = ctx.requireSession()
    const row = insertAttachment(ctx, input, stored)
    return {
      id: row.id,
      typeKey: row.typeKey,
      fileName: row.fileName,
      mime: row.mime,
      sizeBytes: row.sizeBytes,
      createdAt: row.createdAt,
      createdBy: session.displayName
    }
  }
})

const attachment = handle(api.households.attachment, {
  run(ctx, input) {
    const row = ctx.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, input.attachmentId)))
      .get()
    if (!row) throw new AppError('NOT_FOUND')
    const bytes = readFileSync(filePath(ctx.env.dataDir, row.sha256))
    return { fileName: row.fileName, mime: row.mime, dataBase64: bytes.toString('base64') }
  }
})

export const documentHandlers = [setDocument, attach, attachment]
