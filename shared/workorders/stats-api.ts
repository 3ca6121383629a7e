import { z } from 'zod'
import { query } from '../kernel/procedure'
import { ANY_ROLE } from '../kernel/roles'
import type { WorkbookFile } from '../households/estate'
import type { Urgency } from './deadlines'

/**
 * 统计 and 到期: the month's repairs, services, follow-ups and complaints (manual 000: 每月汇总、统计、分析;
 * the follow-up rate's target is 100 %), recurring problems, and the list of what is due today or
 * overdue — for the 工作台 and, later, the shift handover.
 */

const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'field.period')

export interface CountBy {
  key: string
  name: string
  count: number
}

/** One step's on-time rate in the month: of the steps due in the month, how many were done by their due. */
export interface StepRate {
  step: string
  due: number
  onTime: number
  late: number
  /** Still open past their due at the end of the month (or now, for the current month). */
  overdue: number
}

export interface RecurringProblem {
  /** 'room': the same room; 'place': the same category and location across rooms. */
  kind: 'room' | 'place'
  roomCode: string | null
  category: string
  categoryName: string
  location: string | null
  count: number
  first: string
  last: string
  numbers: string[]
  /** The orders' ids, in the order of `numbers` (the screen links each number to its order). */
  ids: number[]
}

export interface WorkOrderMonthStats {
  period: string
  repairs: {
    total: number
    byCategory: CountBy[]
    bySource: CountBy[]
    paid: number
    /** Completed in the month, and of those visited (回访率 = visited / completed). */
    completed: number
    visited: number
    satisfied: number
    reworks: number
    steps: StepRate[]
  }
  services: { total: number; byItem: CountBy[]; feeFen: number }
  complaints: {
    total: number
    byCategory: CountBy[]
    bySeverity: CountBy[]
    invalid: number
    closed: number
    steps: StepRate[]
  }
  recurring: RecurringProblem[]
  /** Six months up to this one: repairs, complaints and the follow-up rate (percent × 100), for the trend chart. */
  trend: { period: string; repairs: number; complaints: number; followUpRateE2: number | null }[]
}

export interface DueItem {
  type: 'repair' | 'service' | 'complaint'
  id: number
  number: string
  roomCode: string | null
  /** The step that is due (dispatch, arrive, complete, visit; escalate, answer, resolve, reply, visit). */
  step: string
  dueAt: string
  urgency: Urgency
  /** A line that says what it is about: category and location, or the complaint's severity and subject. */
  title: string
  severity: 'major' | 'important' | 'minor' | null
}

export const workOrderStatsApi = {
  month: query<WorkOrderMonthStats>()('workOrderStats.month', z.strictObject({ period }), ANY_ROLE),
  export: query<WorkbookFile>()('workOrderStats.export', z.strictObject({ period }), ANY_ROLE),
  /** Open steps overdue or due before the end of today, most urgent first. */
  due: query<{ overdue: DueItem[]; today: DueItem[] }>()(
    'workOrderStats.due',
    z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }),
    ANY_ROLE
  )
}
