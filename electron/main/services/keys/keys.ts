import { api } from '../../../../shared/api'
import type { KeyKind } from '../../../../shared/keys/api'
import { message } from '../../../../shared/messages'
import { MANAGERS } from '../../../../shared/kernel/roles'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { cabinetHandlers } from './cabinet-handlers'
import { getCabinet } from './cabinets'
import { checkDepositor, decideBorrow, endCustody, newTagCode, recordMovement, refuseWithdrawn } from './custody'
import { setOnHook } from './cabinet-queries'
import { insertAuthorizations, insertIncident, insertKeySet, setIdsWhere, updatePieceCount } from './queries'
import { incident, withdraw } from './withdraw-incident-handlers'
import { keySetView, loadSet, localDateTime, openBorrow, purposeKey, tagFromToken } from './records'
import { getRoom } from '../households/room-records'

/**
 * 钥匙托管: cabinets of numbered hooks, keys deposited by the owner (or a current agent) with the
 * list of who may take them, hand-outs checked against that list, returns counted, withdrawal
 * ending custody. Every movement is a new sign-off row with the staff member and the shift, and an
 * audit row on the room's timeline.
 */

const nowIso = (ctx: ServiceContext) => ctx.now().toISOString()
const fieldError = (field: string, text: string) => new AppError('VALIDATION', {}, { fields: { [field]: text } })

/** 存入: the set gets a tag that does not reveal the room, a free hook and its authorised list. */
const deposit = handle(api.keys.deposit, {
  run(ctx, input) {
    const store = ctx.store
    const room = getRoom(ctx.db, input.roomId)
    const depositor = checkDepositor(ctx, room.id, room.code, input.depositorId)
    const cabinet = getCabinet(store, input.cabinetId)
    const hook = { cabinet: cabinet.name, row: input.hookRow, column: input.hookColumn }
    if (input.hookRow > cabinet.rows || input.hookColumn > cabinet.columns) {
      throw new AppError(
        'HOOK_OUT_OF_RANGE',
        { ...hook, rows: cabinet.rows, columns: cabinet.columns },
        { field: 'hookRow' }
      )
    }
    const taken = setOnHook(store, cabinet.id, input.hookRow, input.hookColumn)
    if (taken)
      throw new AppError('HOOK_TAKEN', { ...hook, tag: taken.tagCode }, { field: 'hookRow', keySetId: taken.id })
    input.authorized.forEach((a, i) => {
      if (a.validTo < a.validFrom) throw fieldError(`authorized.${i}.validTo`, message(ctx.locale, 'field.dateOrder'))
    })
    // Pieces of one kind are counted together: 入户门 ×2 rather than two lines of one.
    const merged = new Map<KeyKind, number>()
    for (const p of input.pieces) merged.set(p.kind, (merged.get(p.kind) ?? 0) + p.count)
    const pieces = [...merged].map(([kind, count]) => ({ kind, count }))
    const pieceCount = pieces.reduce((s, p) => s + p.count, 0)
    const tag = newTagCode(ctx, tagFromToken)
    const at = nowIso(ctx)
    const keySetId = insertKeySet(store, {
      tagCode: tag,
      roomId: room.id,
      cabinetId: cabinet.id,
      hookRow: input.hookRow,
      hookColumn: input.hookColumn,
      pieces: JSON.stringify(pieces),
      pieceCount,
      purpose: input.purpose,
      depositorId: depositor.id,
      depositedAt: at,
      notes: input.notes
    })
    insertAuthorizations(
      store,
      input.authorized.map((a) => ({
        ...a,
        keySetId,
        purposes: JSON.stringify([...new Set(a.purposes)]),
        createdAt: at
      }))
    )
    recordMovement(ctx, {
      keySetId,
      kind: 'deposit',
      personName: depositor.name,
      personIdTail: depositor.idTail,
      personPhone: depositor.phone,
      purpose: input.purpose,
      count: pieceCount,
      note: input.notes
    })
    ctx.audit({
      roomId: room.id,
      entityType: 'keySet',
      entityId: keySetId,
      summaryKey: 'audit.keyDeposit',
      summaryParams: { tag, pieces: pieceCount, purpose: purposeKey(input.purpose), ...hook }
    })
    return keySetView(ctx, keySetId)
  }
})

const get = handle(api.keys.get, { run: (ctx, input) => keySetView(ctx, input.keySetId) })

/** By tag code or by room (sets in custody first); with neither, nothing. */
const find = handle(api.keys.find, {
  run: (ctx, input) =>
    setIdsWhere(ctx.store, { tagCode: input.tagCode, roomId: input.roomId }).map((id) => keySetView(ctx, id))
})

function expectedReturn(ctx: ServiceContext, value: string): string {
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) throw fieldError('expectedReturnAt', message(ctx.locale, 'field.invalid'))
  if (at.getTime() <= ctx.now().getTime()) throw fieldError('expectedReturnAt', message(ctx.locale, 'field.returnTime'))
  return at.toISOString()
}

/** 借出: the owner or an authorised person; anyone else only with a manager's approval and a reason. */
const borrow = handle(api.keys.borrow, {
  run(ctx, input) {
    const set = loadSet(ctx.store, input.keySetId)
    refuseWithdrawn(set)
    const out = openBorrow(ctx.store, set.id)
    if (out)
      throw new AppError(
        'KEY_OUT',
        { tag: set.tagCode, name: out.personName, since: localDateTime(out.at) },
        { movementId: out.id }
      )
    const until = expectedReturn(ctx, input.expectedReturnAt)
    const decision = decideBorrow(ctx, set, input)
    const reason = input.overrideReason?.trim() || null
    if (decision.refusal && !reason) throw decision.refusal
    const approver = decision.refusal ? ctx.requireApproval(MANAGERS) : null
    // An exception lends to someone the list does not know: the counter must be able to call them back.
    if (approver && !decision.phone) throw fieldError('phone', message(ctx.locale, 'field.required'))
    recordMovement(ctx, {
      keySetId: set.id,
      kind: 'borrow',
      personName: input.personName,
      personIdTail: input.idTail,
      personPhone: decision.phone,
      authorizationId: decision.authorizationId,
      purpose: input.purpose,
      count: set.pieceCount,
      expectedReturnAt: until,
      approverId: approver?.id ?? null,
      overrideReason: approver ? reason : null
    })
    const params = {
      tag: set.tagCode,
      name: input.personName,
      purpose: purposeKey(input.purpose),
      count: set.pieceCount,
      until: localDateTime(until)
    }
    ctx.audit(
      approver
        ? {
            roomId: set.roomId,
            entityType: 'keySet',
            entityId: set.id,
            summaryKey: 'audit.keyBorrowOverride',
            summaryParams: { ...params, reason: reason! }
          }
        : {
            roomId: set.roomId,
            entityType: 'keySet',
            entityId: set.id,
            summaryKey: 'audit.keyBorrow',
            summaryParams: params
          }
    )
    return keySetView(ctx, set.id)
  }
})

/** 归还: the pieces counted back onto the set's hook; fewer than went out is a missing-key incident. */
const giveBack = handle(api.keys.return, {
  run(ctx, input) {
    const set = loadSet(ctx.store, input.keySetId)
    refuseWithdrawn(set)
    const out = openBorrow(ctx.store, set.id)
    if (!out)
      throw new AppError('KEY_NOT_IN', { tag: set.tagCode, state: 'keys.state.in', action: 'keys.action.return' })
    if (input.count > out.count)
      throw fieldError('count', message(ctx.locale, 'field.keyReturnCount', { lent: out.count }))
    const movementId = recordMovement(ctx, {
      keySetId: set.id,
      kind: 'return',
      personName: out.personName,
      personIdTail: out.personIdTail,
      personPhone: out.personPhone,
      purpose: out.purpose,
      count: input.count,
      borrowId: out.id,
      note: input.note
    })
    const missing = out.count - input.count
    const audit = { roomId: set.roomId, entityType: 'keySet', entityId: set.id }
    const params = {
      tag: set.tagCode,
      name: out.personName,
      count: input.count,
      missing,
      cabinet: set.cabinetName,
      row: set.hookRow,
      column: set.hookColumn
    }
    if (missing === 0) {
      ctx.audit({ ...audit, summaryKey: 'audit.keyReturn', summaryParams: params })
      return keySetView(ctx, set.id)
    }
    const description =
      message(ctx.locale, 'keys.shortReturn', { missing, lent: out.count, count: input.count }) +
      (input.note ? ` — ${input.note}` : '')
    insertIncident(ctx.store, {
      keySetId: set.id,
      movementId,
      kind: 'lost',
      responsible: out.personName,
      description,
      missingCount: missing,
      at: nowIso(ctx),
      staffId: ctx.requireSession().staffId
    })
    const left = Math.max(0, set.pieceCount - missing)
    if (left > 0) {
      updatePieceCount(ctx.store, set.id, left)
      ctx.audit({ ...audit, summaryKey: 'audit.keyReturnShort', summaryParams: params })
    } else {
      // Nothing came back: nothing is left to keep, so custody ends and the hook is free.
      endCustody(ctx, set.id)
      ctx.audit({ ...audit, summaryKey: 'audit.keyReturnNone', summaryParams: params })
    }
    return keySetView(ctx, set.id)
  }
})

export const keyHandlers = [...cabinetHandlers, deposit, get, find, borrow, giveBack, withdraw, incident]
