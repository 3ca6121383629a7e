import { asc, eq, sql } from 'drizzle-orm'
import { documentTypes } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'

const list = handle(api.estate.documentTypes, {
  run: (ctx) => ctx.db.select().from(documentTypes).orderBy(asc(documentTypes.sortKey)).all()
})

/** A new type gets a generated key (custom1, custom2, …); existing keys keep their marks and scans. */
const save = handle(api.estate.saveDocumentType, {
  run(ctx, input) {
    const values = { name: input.name, required: input.required, active: input.active, sortKey: input.sortKey }
    let key = input.key
    if (key) {
      const row = ctx.db.update(documentTypes).set(values).where(eq(documentTypes.key, key)).returning().get()
      if (!row) throw new AppError('NOT_FOUND')
    } else {
      const { n } = ctx.db
        .select({ n: sql<number>`count(*)` })
        .from(documentTypes)
        .where(sql`${documentTypes.key} like 'custom%'`)
        .get()!
      key = `custom${n + 1}`
      ctx.db
        .insert(documentTypes)
        .values({ key, ...values })
        .run()
    }
    ctx.audit({
      entityType: 'documentType',
      entityId: key,
      summaryKey: 'audit.documentType',
      summaryParams: { name: input.name }
    })
    return ctx.db.select().from(documentTypes).where(eq(documentTypes.key, key)).get()!
  }
})

export const documentTypeHandlers = [list, save]
