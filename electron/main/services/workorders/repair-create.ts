import { api } from '../../../../shared/api'
import { validatePhone } from '../../../../shared/domain/phone'
import { lineAmountFen } from '../../../../shared/fees/periods'
import type { ParsedInputOf } from '../../../../shared/kernel/procedure'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { createWorkOrders, type NewWorkOrder, type RepairFields } from './records'
import { FieldErrors, futureMoment } from './repair-step'
import { serviceItemById } from './service-items'
import { readWorkOrderSettings } from './settings-store'
import { workOrderView } from './view'

/**
 * 报修 and 有偿服务 registered at the counter or from a phone call. A repair names a category of
 * the settings; a service names an active item of the published list and takes from it its price
 * (× the quantity; a 面议 item is quoted like a paid repair), whether a supervisor must approve it,
 * and its category, stored as 'service:<itemId>'. The number is the year's next, through the same
 * createWorkOrders the move-in inspection uses.
 */

type CreateInput = ParsedInputOf<typeof api.repairs.create>

export const serviceCategory = (itemId: number) => `service:${itemId}`

/** The quote of a paid order: parts, labour and who agreed, all three required. */
function quote(input: CreateInput, errors: FieldErrors): RepairFields {
  if (input.partsFen === undefined) errors.add('partsFen', 'workOrders.field.quoteRequired')
  if (input.labourFen === undefined) errors.add('labourFen', 'workOrders.field.quoteRequired')
  if (!input.quoteAgreedBy) errors.add('quoteAgreedBy', 'workOrders.field.quoteAgreedBy')
  return { partsFen: input.partsFen, labourFen: input.labourFen, quoteAgreedBy: input.quoteAgreedBy, charge: 'paid' }
}

function repairFacts(ctx: ServiceContext, input: CreateInput, errors: FieldErrors) {
  const settings = readWorkOrderSettings(ctx.db)
  const category = settings.repairCategories.find((c) => c.key === input.category)
  if (!category) errors.add('category', 'workOrders.field.unknownCategory')
  if (input.charge === 'paid') return { fields: quote(input, errors), category: input.category, name: category?.name }
  for (const field of ['partsFen', 'labourFen'] as const)
    if (input[field] !== undefined) errors.add(field, 'workOrders.field.freeNoFee')
  return { fields: { charge: 'free' } satisfies RepairFields, category: input.category, name: category?.name }
}

function serviceFacts(ctx: ServiceContext, input: CreateInput, errors: FieldErrors) {
  if (input.serviceItemId === undefined) {
    errors.add('serviceItemId', 'workOrders.field.serviceItemRequired')
    return { fields: {}, category: '', name: undefined }
  }
  const item = serviceItemById(ctx.db, input.serviceItemId)
  if (!item || !item.active) {
    errors.add('serviceItemId', item ? 'workOrders.field.serviceItemRetired' : 'workOrders.field.serviceItemRequired')
    return { fields: {}, category: '', name: undefined }
  }
  const quantityCenti = input.quantityCenti ?? 100
  const common = { serviceItemId: item.id, quantityCenti, approvalRequired: item.needsApproval }
  const category = serviceCategory(item.id)
  if (item.priceFen === null) return { fields: { ...common, ...quote(input, errors) }, category, name: item.name }
  const feeFen = lineAmountFen({ priceE4: item.priceFen * 100, quantityCenti, months: 1, percent: 100 })
  const charge = feeFen > 0 ? ('paid' as const) : ('free' as const)
  const fields: RepairFields = {
    ...common,
    charge,
    ...(charge === 'paid'
      ? { partsFen: 0, labourFen: feeFen, quoteAgreedBy: input.quoteAgreedBy || input.reporter }
      : {})
  }
  return { fields, category, name: item.name }
}

/** The order to write, or VALIDATION naming every wrong field (nothing is written then). */
function newOrder(ctx: ServiceContext, input: CreateInput): NewWorkOrder {
  const errors = new FieldErrors(ctx)
  let contact = ''
  if (input.contact) {
    const phone = validatePhone(input.contact)
    if (phone.ok) contact = phone.phone
    else errors.add('contact', 'field.phone.malformed')
  }
  const appointmentAt = input.appointmentAt ? futureMoment(ctx, errors, 'appointmentAt', input.appointmentAt) : null
  const facts = input.kind === 'service' ? serviceFacts(ctx, input, errors) : repairFacts(ctx, input, errors)
  errors.throwIfAny()
  return {
    roomId: input.roomId,
    source: input.source,
    checkinId: null,
    location: input.location,
    category: facts.category,
    categoryName: facts.name,
    description: input.description,
    attachmentId: null,
    route: 'maintenance',
    kind: input.kind,
    reporter: input.reporter,
    contact: contact || null,
    preferredTime: input.preferredTime || null,
    urgent: input.urgent,
    appointmentAt,
    settlement: input.settlement ?? null,
    ...facts.fields
  }
}

const create = handle(api.repairs.create, {
  run(ctx, input) {
    const [id] = createWorkOrders(ctx, [newOrder(ctx, input)])
    return workOrderView(ctx, id!)
  }
})

export const createHandlers = [create]
