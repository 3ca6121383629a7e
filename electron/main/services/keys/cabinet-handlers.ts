import { api } from '../../../../shared/api'
import { message } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { cabinetCounts, cabinetView, firstFreeHook, getCabinet, hooksBeyond, overdueKeys } from './cabinets'
import { cabinetIdNamed, cabinetsByName, insertCabinet, updateCabinet } from './cabinet-queries'

/** The cabinets' procedures: the grids, saving a cabinet, the free hook, the overdue list and the handover counts. */

const nowIso = (ctx: ServiceContext) => ctx.now().toISOString()

const cabinets = handle(api.keys.cabinets, {
  run: (ctx) => cabinetsByName(ctx.store).map((c) => cabinetView(ctx.store, c, nowIso(ctx)))
})

const saveCabinet = handle(api.keys.saveCabinet, {
  run(ctx, input) {
    const store = ctx.store
    const existing = input.id === undefined ? null : getCabinet(store, input.id)
    const sameName = cabinetIdNamed(store, input.name)
    if (sameName !== undefined && sameName !== existing?.id)
      throw new AppError('CABINET_NAME_TAKEN', { name: input.name }, { field: 'name' })
    let id: number
    if (existing) {
      const beyond = hooksBeyond(store, existing.id, input.rows, input.columns)
      if (beyond.length)
        throw new AppError(
          'CABINET_SHRINK',
          { cabinet: existing.name, hooks: beyond.join(message(ctx.locale, 'keys.separator')) },
          { hooks: beyond }
        )
      updateCabinet(store, existing.id, { name: input.name, rows: input.rows, columns: input.columns })
      id = existing.id
    } else {
      id = insertCabinet(store, { name: input.name, rows: input.rows, columns: input.columns }, nowIso(ctx))
    }
    ctx.audit({
      entityType: 'keyCabinet',
      entityId: id,
      summaryKey: 'audit.keyCabinet',
      summaryParams: { name: input.name, rows: input.rows, columns: input.columns }
    })
    return cabinetView(store, getCabinet(store, id), nowIso(ctx))
  }
})

const suggestHook = handle(api.keys.suggestHook, { run: (ctx, input) => firstFreeHook(ctx.store, input.cabinetId) })

const overdue = handle(api.keys.overdue, { run: (ctx) => overdueKeys(ctx.store, nowIso(ctx)) })
const counts = handle(api.keys.counts, { run: (ctx) => cabinetCounts(ctx.store, nowIso(ctx)) })

export const cabinetHandlers = [cabinets, saveCabinet, suggestHook, overdue, counts]
