import { api } from '../../../../shared/api'
import { complaintInput } from '../../../../shared/workorders/complaints-api'
import { createInput } from '../../../../shared/workorders/repairs-api'
import type { InputOf } from '../../../../shared/kernel/procedure'
import type { ServiceContext } from '../../core/context'
import { FailAfterCommit } from '../../core/errors'
import { createComplaint } from './complaint-create'
import { createHandlers } from './repair-create'

/**
 * The edge the front-desk ledger (services/handover) turns an entry into a repair work order or a
 * complaint through: inside the caller's transaction, by the very code repairs.create and
 * complaints.create run (the settings' categories, the phone check, the gapless number, the
 * 'created' event and the audit row are theirs), so a converted entry makes an order like any other.
 */

export type RepairFacts = InputOf<typeof api.repairs.create>
export type ComplaintFacts = InputOf<typeof api.complaints.create>

export interface MadeRecord {
  id: number
  number: string
}

const repairCreate = createHandlers.find((h) => h.procedure.name === api.repairs.create.name)

export function repairFromLedger(ctx: ServiceContext, facts: RepairFacts): MadeRecord {
  if (!repairCreate) throw new Error('repairs.create has no handler')
  const made = repairCreate.run(ctx, createInput.parse(facts), undefined)
  if (made instanceof FailAfterCommit) throw made.error
  return { id: made.id, number: made.number }
}

export function complaintFromLedger(ctx: ServiceContext, facts: ComplaintFacts): MadeRecord {
  const made = createComplaint(ctx, complaintInput.parse(facts))
  return { id: made.id, number: made.number }
}
