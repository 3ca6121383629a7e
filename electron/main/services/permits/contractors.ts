import { eq } from 'drizzle-orm'
import { contractors } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { maskPhone } from '../../../../shared/domain/mask'
import type { ContractorSummary } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { mayRevealPersonal } from '../households/permit-room'

/**
 * 施工单位, known by licence number: an application names the contractor, found by its licence or
 * added; its name, person in charge and phone follow the latest application (each renovation
 * keeps its own person in charge and phone). The list counts each one's renovations and violations.
 */

export interface ContractorInput {
  name: string
  licenceNo: string
  leader: string
  phone: string
}

/** The contractor with this licence, brought up to date, or a new one; its id. */
export function contractorFor(ctx: ServiceContext, input: ContractorInput): number {
  const found = ctx.db
    .select({ id: contractors.id })
    .from(contractors)
    .where(eq(contractors.licenceNo, input.licenceNo))
    .get()
  if (found) {
    ctx.db
      .update(contractors)
      .set({ name: input.name, leader: input.leader, phone: input.phone })
      .where(eq(contractors.id, found.id))
      .run()
    return found.id
  }
  return ctx.db
    .insert(contractors)
    .values({ ...input, createdAt: ctx.now().toISOString(), createdBy: ctx.requireSession().staffId })
    .returning({ id: contractors.id })
    .get().id
}

interface ContractorRow {
  id: number
  name: string
  licenceNo: string
  leader: string
  phone: string
  renovations: number
  violations: number
  deductionsFen: number
}

/** Every contractor (or those whose name or licence holds `q`), by name, with their record. */
export function listContractors(ctx: ServiceContext, q: string | undefined): ContractorSummary[] {
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  const rows = ctx.store.sqlite
    .prepare(
      `SELECT c.id, c.name, c.licence_no AS licenceNo, c.leader, c.phone,
         (SELECT count(*) FROM renovations r WHERE r.contractor_id = c.id) AS renovations,
         (SELECT count(*) FROM renovation_violations v JOIN renovations r ON r.id = v.renovation_id
           WHERE r.contractor_id = c.id) AS violations,
         (SELECT coalesce(sum(v.deduction_fen), 0) FROM renovation_violations v JOIN renovations r ON r.id = v.renovation_id
           WHERE r.contractor_id = c.id) AS deductionsFen
       FROM contractors c
       WHERE ? IS NULL OR c.name LIKE ? ESCAPE '\\' OR c.licence_no LIKE ? ESCAPE '\\'
       ORDER BY c.name, c.id`
    )
    .all(like, like, like) as ContractorRow[]
  const reveal = mayRevealPersonal(ctx)
  return rows.map((row) => ({ ...row, phone: reveal ? row.phone : maskPhone(row.phone) }))
}

const list = handle(api.contractors.list, { run: (ctx, input) => listContractors(ctx, input.q || undefined) })

export const contractorHandlers = [list]
