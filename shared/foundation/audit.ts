import { z } from 'zod'
import { query } from '../kernel/procedure'
import { ANY_ROLE } from '../kernel/roles'

export interface AuditEntry {
  id: number
  at: string
  staffName: string | null
  approverName: string | null
  shiftId: number | null
  /** The counter the call came from (several share an office server); null for rows before there were several. */
  counterName: string | null
  procedure: string
  entityType: string | null
  entityId: string | null
  summary: string
}

export const auditApi = {
  /** What happened on my shift (everyone), or at the whole office (supervisors and up). */
  recent: query<AuditEntry[]>()(
    'audit.recent',
    z.strictObject({
      scope: z.enum(['myShift', 'all']),
      /** Leaves out sign-in, sign-out and the screen lock: the 工作台 shows the shift's work, not its comings and goings. */
      hideSessions: z.boolean().default(false),
      limit: z.number().int().min(1).max(200).default(50)
    }),
    ANY_ROLE
  )
}
