import { api } from '../../../../shared/api'
import { localDate } from '../../../../shared/kernel/calendar'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { prepared } from '../../core/statements'
import { getRoom } from '../households/room-records'
import { mayRevealForCall, refuse, type Where } from '../households/privacy'
import { overdueFenOf } from './arrears-records'

/** The arrears list's contact: the first current owner (co-owners after owners), their first phone. */
function arrearsContact(
  ctx: ServiceContext,
  roomId: number
): { personId: number; name: string; phone: string | null } | undefined {
  return prepared(
    ctx.store.sqlite,
    `SELECT p.id AS personId, p.name, (SELECT ph.phone FROM person_phones ph WHERE ph.person_id = p.id ORDER BY ph.position, ph.id LIMIT 1) AS phone
     FROM room_persons rp JOIN persons p ON p.id = rp.person_id
     WHERE rp.room_id = ? AND rp.ended_on IS NULL AND rp.relation IN ('owner', 'coowner')
     ORDER BY rp.relation = 'coowner', rp.id LIMIT 1`
  ).get(roomId) as { personId: number; name: string; phone: string | null } | undefined
}

/**
 * 催缴电话: the chase's own door to a masked phone. It belongs to fees because only fees knows
 * whether the room owes; the refusal and the audit rows are the households' privacy rules.
 */
export const revealPhone = handle(api.arrears.revealPhone, {
  run(ctx, input) {
    getRoom(ctx.db, input.roomId)
    const contact = arrearsContact(ctx, input.roomId)
    if (!contact?.phone) throw new AppError('NOT_FOUND')
    const place: Where = { roomId: input.roomId, entityType: 'person', entityId: contact.personId }
    if (!mayRevealForCall(ctx)) return refuse(ctx, [place], 'privacy.callPhone', contact.name)
    // For the chase only: a room that owes nothing past due is no reason to call.
    if (overdueFenOf(ctx.store.sqlite, input.roomId, localDate(ctx.now())) <= 0) throw new AppError('NO_ARREARS')
    ctx.audit({ ...place, summaryKey: 'audit.revealForCall', summaryParams: { name: contact.name } })
    return { value: contact.phone, name: contact.name }
  }
})
