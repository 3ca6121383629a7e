import dayjs from 'dayjs'
import type { z } from 'zod'
import { validatePhone } from '../../../../shared/domain/phone'
import { localDate } from '../../../../shared/kernel/calendar'
import { reasonKey } from '../../../../shared/kernel/i18n'
import { message, type MessageKey } from '../../../../shared/messages'
import type { complaintInput, ComplaintView } from '../../../../shared/workorders/complaints-api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { insertComplaint, insertComplaintEvent, lastComplaintSequence, roomExists } from './complaint-queries'
import { complaintView } from './complaint-records'
import { readWorkOrderSettings } from './settings-store'

/**
 * 投诉登记: checks every field against the settings and the clock first (all the field messages at
 * once, nothing saved), then takes the local year's next TS number inside the transaction — the
 * immediate transaction holds the write lock and complaints are never deleted, so numbers are gapless.
 */

type ComplaintInput = z.infer<typeof complaintInput>

/** TS2026-000123: the year and a six-digit sequence. */
export const complaintNumber = (year: number, sequence: number) => `TS${year}-${String(sequence).padStart(6, '0')}`

interface Checked {
  contact: string
  occurredAt: string
  customerDeadline: string | null
}

/** Every field the schema cannot judge alone: the settings' lists, the room, the phone, the dates. */
function check(ctx: ServiceContext, input: ComplaintInput): Checked {
  const settings = readWorkOrderSettings(ctx.db)
  const now = ctx.now()
  const fields: Record<string, string> = {}
  const fail = (field: string, key: MessageKey) => (fields[field] ??= message(ctx.locale, key))
  if (!settings.complaintCategories.some((c) => c.key === input.category)) fail('category', 'complaints.field.category')
  if (input.department && !settings.departments.includes(input.department))
    fail('department', 'complaints.field.department')
  if (input.roomId !== undefined && !roomExists(ctx.db, input.roomId)) fail('roomId', 'complaints.field.room')
  let contact = ''
  if (input.contact) {
    const phone = validatePhone(input.contact)
    if (phone.ok) contact = phone.phone
    else fail('contact', 'complaints.field.contact')
  }
  let occurredAt = now.toISOString()
  if (input.occurredAt !== undefined) {
    const at = dayjs(input.occurredAt)
    if (!at.isValid() || at.format('YYYY-MM-DDTHH:mm') !== input.occurredAt)
      fail('occurredAt', 'complaints.field.moment')
    else if (at.valueOf() > now.getTime()) fail('occurredAt', 'complaints.field.occurredFuture')
    else occurredAt = at.toDate().toISOString()
  }
  const deadline = input.customerDeadline ?? null
  if (deadline !== null) {
    if (input.severity !== 'minor') fail('customerDeadline', 'complaints.field.deadlineMinorOnly')
    else if (!dayjs(deadline).isValid() || dayjs(deadline).format('YYYY-MM-DD') !== deadline)
      fail('customerDeadline', 'complaints.field.day')
    else if (deadline < localDate(now)) fail('customerDeadline', 'complaints.field.deadlinePast')
  }
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', {}, { fields })
  return { contact, occurredAt, customerDeadline: deadline }
}

export function createComplaint(ctx: ServiceContext, input: ComplaintInput): ComplaintView {
  const checked = check(ctx, input)
  const staffId = ctx.requireSession().staffId
  const now = ctx.now()
  const at = now.toISOString()
  const year = Number(localDate(now).slice(0, 4))
  const sequence = lastComplaintSequence(ctx.db, year) + 1
  const number = complaintNumber(year, sequence)
  const id = insertComplaint(ctx.db, {
    number,
    year,
    sequence,
    channel: input.channel,
    customer: input.customer,
    contact: checked.contact,
    roomId: input.roomId ?? null,
    occurredAt: checked.occurredAt,
    place: input.place,
    subject: input.subject,
    department: input.department,
    description: input.description,
    request: input.request,
    category: input.category,
    severity: input.severity,
    customerDeadline: checked.customerDeadline,
    status: 'open',
    createdAt: at,
    createdBy: staffId
  })
  insertComplaintEvent(ctx.db, { complaintId: id, kind: 'created', at, staffId, note: '' })
  const view = complaintView(ctx, id)
  ctx.audit({
    ...(input.roomId !== undefined ? { roomId: input.roomId } : {}),
    entityType: 'complaint',
    entityId: id,
    summaryKey: 'audit.complaintCreated',
    summaryParams: {
      number,
      severity: reasonKey('complaints.severity', input.severity),
      category: view.categoryName,
      customer: input.customer,
      description: input.description
    }
  })
  return view
}
