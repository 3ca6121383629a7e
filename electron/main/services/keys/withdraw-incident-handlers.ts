import { api } from '../../../../shared/api'
import { reasonKey } from '../../../../shared/kernel/i18n'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { endCustody, matchingOwner, recordMovement, refuseWithdrawn } from './custody'
import { insertIncident } from './queries'
import { keySetView, loadSet, openBorrow } from './records'

/** The key handlers that end custody (取回) or record what went wrong with a set (incidents); the rest are in keys.ts. */

const nowIso = (ctx: ServiceContext) => ctx.now().toISOString()

/** 取回: only an owner (name and ID tail); custody ends, the hook is freed, the authorisations close. */
export const withdraw = handle(api.keys.withdraw, {
  run(ctx, input) {
    const set = loadSet(ctx.store, input.keySetId)
    refuseWithdrawn(set)
    const out = openBorrow(ctx.store, set.id)
    if (out)
      throw new AppError(
        'KEY_NOT_IN',
        { tag: set.tagCode, state: 'keys.state.out', action: 'keys.action.withdraw' },
        { borrower: out.personName, since: out.at }
      )
    const owner = matchingOwner(ctx, set.roomId, input.personName, input.idTail)
    if (!owner) {
      throw new AppError('KEY_NOT_AUTHORIZED', {
        name: input.personName,
        idTail: input.idTail,
        reason: 'keys.refuse.notOwner',
        action: 'keys.action.withdraw',
        tag: set.tagCode
      })
    }
    recordMovement(ctx, {
      keySetId: set.id,
      kind: 'withdraw',
      personName: owner.name,
      personIdTail: input.idTail,
      personPhone: owner.phone,
      count: set.pieceCount,
      note: input.note
    })
    endCustody(ctx, set.id)
    ctx.audit({
      roomId: set.roomId,
      entityType: 'keySet',
      entityId: set.id,
      summaryKey: 'audit.keyWithdraw',
      summaryParams: { name: owner.name, tag: set.tagCode, count: set.pieceCount }
    })
    return keySetView(ctx, set.id)
  }
})

/** A lost or damaged key, a follow-up, the close: each a new row. */
export const incident = handle(api.keys.incident, {
  run(ctx, input) {
    const set = loadSet(ctx.store, input.keySetId)
    insertIncident(ctx.store, {
      keySetId: set.id,
      movementId: null,
      kind: input.kind,
      responsible: input.responsible,
      description: input.description,
      missingCount: 0,
      at: nowIso(ctx),
      staffId: ctx.requireSession().staffId
    })
    ctx.audit({
      roomId: set.roomId,
      entityType: 'keySet',
      entityId: set.id,
      summaryKey: 'audit.keyIncident',
      summaryParams: {
        tag: set.tagCode,
        kind: reasonKey('keys.incidentWord', input.kind),
        description: input.description
      }
    })
    return keySetView(ctx, set.id)
  }
})
