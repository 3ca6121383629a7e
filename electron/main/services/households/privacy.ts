import { api } from '../../../../shared/api'
import { KEY_CLERKS } from '../../../../shared/keys/api'
import { roleAllowed } from '../../../../shared/kernel/roles'
import type { MessageKey } from '../../../../shared/messages'
import { prepared } from '../../core/statements'
import type { AuditEntryInput, ServiceContext } from '../../core/context'
import { AppError, FailAfterCommit } from '../../core/errors'
import { handle } from '../../core/handler'
import { mayReveal } from './households'
import { getPerson, phonesOf } from './person-records'
import { activeRoomsOf } from './room-records'
import { readSetting } from '../foundation/settings'

/*
 * Revealing a masked value. Three doors, each for the roles whose work needs it: anything on the
 * household file (settings.revealRoles), the arrears contact for a 催缴 call
 * (settings.callRevealRoles), a key borrower's phone (the roles that lend keys). Every reveal and
 * every refusal is an audit row on the room's timeline, so a supervisor sees who looked and who tried.
 */

/** May make a 催缴 call: the roles in settings, and those who may reveal anything anyway. */
export function mayRevealForCall(ctx: ServiceContext): boolean {
  const role = ctx.requireSession().role
  return roleAllowed(role, readSetting(ctx.db, 'callRevealRoles') ?? ['clerk', 'cashier']) || mayReveal(ctx)
}

/** Key borrowers' phones: the roles that hand keys out and call them back. */
export function mayRevealKeyPhone(ctx: ServiceContext): boolean {
  return roleAllowed(ctx.requireSession().role, KEY_CLERKS)
}

export type Where = Omit<AuditEntryInput, 'summaryKey' | 'summaryParams'>

/** The refusal committed with its audit rows, then answered as FORBIDDEN. */
export function refuse(ctx: ServiceContext, where: Where[], field: MessageKey, name: string): FailAfterCommit {
  const role = `role.${ctx.requireSession().role}`
  for (const w of where) ctx.audit({ ...w, summaryKey: 'audit.revealRefused', summaryParams: { field, name, role } })
  return new FailAfterCommit(new AppError('FORBIDDEN', { role }))
}

/** A person's events go on each room they are current in (or on no room when they have none). */
function personPlaces(ctx: ServiceContext, personId: number): Where[] {
  const roomIds = activeRoomsOf(ctx.db, personId)
  return (roomIds.length ? roomIds : [undefined]).map((roomId) => ({
    roomId,
    entityType: 'person',
    entityId: personId
  }))
}

const reveal = handle(api.privacy.reveal, {
  run(ctx, input) {
    const person = getPerson(ctx.db, input.personId)
    const field: MessageKey = `privacy.${input.field}`
    const places = personPlaces(ctx, person.id)
    if (!mayReveal(ctx)) return refuse(ctx, places, field, person.name)
    let value: string | null | undefined
    if (input.field === 'idNumber') value = person.idNumber
    if (input.field === 'emergencyPhone') value = person.emergencyPhone
    if (input.field === 'phone') value = phonesOf(ctx.db, [person.id]).get(person.id)?.[input.index]
    if (!value) throw new AppError('NOT_FOUND')
    for (const w of places) ctx.audit({ ...w, summaryKey: 'audit.reveal', summaryParams: { field, name: person.name } })
    return { value }
  }
})

const KEY_PHONE_SQL = {
  authorization: `SELECT a.name, a.phone, s.id AS keySetId, s.room_id AS roomId, s.tag_code AS tag FROM key_authorizations a JOIN key_sets s ON s.id = a.key_set_id WHERE a.id = ?`,
  // Only a hand-out carries a borrower's phone; deposits and withdrawals are the owner's.
  movement: `SELECT m.person_name AS name, m.person_phone AS phone, s.id AS keySetId, s.room_id AS roomId, s.tag_code AS tag FROM key_movements m JOIN key_sets s ON s.id = m.key_set_id WHERE m.id = ? AND m.kind = 'borrow'`
}

const revealKeyPhone = handle(api.privacy.revealKeyPhone, {
  run(ctx, input) {
    const row = prepared(ctx.store.sqlite, KEY_PHONE_SQL[input.source]).get(input.id) as
      { name: string; phone: string; keySetId: number; roomId: number; tag: string } | undefined
    if (!row?.phone) throw new AppError('NOT_FOUND')
    const place: Where = { roomId: row.roomId, entityType: 'keySet', entityId: row.keySetId }
    if (!mayRevealKeyPhone(ctx)) return refuse(ctx, [place], 'privacy.keyPhone', row.name)
    ctx.audit({ ...place, summaryKey: 'audit.revealKeyPhone', summaryParams: { name: row.name, tag: row.tag } })
    return { value: row.phone, name: row.name }
  }
})

export const privacyHandlers = [reveal, revealKeyPhone]
