import { api } from '../../../../shared/api'
import type { AnyHandler } from '../../core/handler'
import { handle } from '../../core/handler'
import { contractorHandlers } from './contractors'
import { amendHandlers } from './renovation-amend'
import { applyHandlers } from './renovation-apply'
import { permitHandlers } from './renovation-permit'
import { listRenovations } from './renovation-queries'
import { stepHandlers } from './renovation-steps'
import { suspensionHandlers } from './renovation-suspension'
import { renovationView } from './renovation-view'

const list = handle(api.renovations.list, {
  run: (ctx, input) =>
    listRenovations(ctx, {
      status: input.status,
      open: input.open,
      roomId: input.roomId,
      q: input.q || undefined,
      limit: input.limit
    })
})

const get = handle(api.renovations.get, { run: (ctx, input) => renovationView(ctx, input.renovationId) })

/** Handlers of the renovation lifecycle (apply → permit → extend/suspend/revoke/cancel), list/get, contractors. */
export const renovationHandlers: AnyHandler[] = [
  list,
  get,
  ...applyHandlers,
  ...amendHandlers,
  ...stepHandlers,
  ...permitHandlers,
  ...suspensionHandlers,
  ...contractorHandlers
]
