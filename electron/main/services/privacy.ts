import { api } from '../../../shared/api'
import { AppError } from './errors'
import { handle } from './handler'
import { mayReveal } from './households'
import { getPerson, phonesOf } from './person-records'
import { activeRoomsOf } from './room-records'

/** One masked value shown in full, to a role allowed to see it; every reveal leaves an audit row. */
const reveal = handle(api.privacy.reveal, {
  run(ctx, input) {
    if (!mayReveal(ctx)) throw new AppError('FORBIDDEN', { role: `role.${ctx.requireSession().role}` })
    const person = getPerson(ctx.db, input.personId)
    let value: string | null | undefined
    if (input.field === 'idNumber') value = person.idNumber
    if (input.field === 'emergencyPhone') value = person.emergencyPhone
    if (input.field === 'phone') value = phonesOf(ctx.db, [person.id]).get(person.id)?.[input.index]
    if (!value) throw new AppError('NOT_FOUND')
    const roomIds = activeRoomsOf(ctx.db, person.id)
    for (const roomId of roomIds.length ? roomIds : [undefined]) {
      ctx.audit({ roomId, entityType: 'person', entityId: person.id, summaryKey: 'audit.reveal', summaryParams: { field: `privacy.${input.field}`, name: person.name } })
    }
    return { value }
  }
})

export const privacyHandlers = [reveal]
