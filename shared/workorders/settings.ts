import { z } from 'zod'
import { deadlineRule, serviceHours, type DeadlineRule } from './deadlines'

/**
 * The settings of repairs, services and complaints: lists the office keeps (categories, teams,
 * departments) and every deadline rule, with the manuals' numbers as defaults. Rules marked
 * (ours) are our choice where the manuals are silent; the office may change any of them.
 * Stored as one JSON document (workorder_settings); a stored document that no longer parses
 * falls back to these defaults, so a counter never stops on a settings page.
 */

const key = z
  .string()
  .trim()
  .regex(/^[a-z][a-zA-Z0-9]{0,23}$/, 'field.settingKey')
const name = z.string().trim().min(1, 'field.required').max(20, 'field.tooLong')

export const FOLLOW_UP_FROM = ['completion', 'leakTest'] as const

export const repairCategory = z.strictObject({
  key,
  name,
  /** The follow-up visit (回访) is due by this rule, counted from the completion or the leak test. */
  followUp: deadlineRule,
  followUpFrom: z.enum(FOLLOW_UP_FROM)
})
export type RepairCategory = z.infer<typeof repairCategory>

const complaintSeverityRules = z.strictObject({
  /** To the manager / the department supervisor; null = no escalation required. */
  escalate: deadlineRule.nullable(),
  /** A clear answer to the customer (重大: within 2 days); null = none beyond the reply. */
  answer: deadlineRule.nullable(),
  resolve: deadlineRule
})

export const workOrderSettingsInput = z.strictObject({
  serviceHours,
  /** An open step turns 将到期 this many minutes before it is due. */
  soonMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  repairCategories: z.array(repairCategory).min(1).max(30),
  repairRules: z.strictObject({
    /** From registration to dispatch (working time). */
    dispatch: deadlineRule,
    /** The 24-hour line: someone on site this long after an urgent call (clock time). */
    urgentArrival: deadlineRule,
    /** A booked visit counts as on time until this many minutes after the appointment (ours). */
    appointmentGraceMinutes: z.number().int().min(0).max(240),
    /** From dispatch to completion (ours). */
    complete: deadlineRule
  }),
  /** A free repair within this many months of the room's handover is in warranty (ours: 24). */
  warrantyMonths: z.number().int().min(0).max(120),
  /** The fees item paid repairs and services are charged on (a 有偿服务 item); null until set. */
  serviceFeeItemId: z.number().int().positive().nullable(),
  /** Maintenance people and teams a repair is dispatched to. */
  teams: z.array(z.strictObject({ name, phone: z.string().trim().max(20, 'field.tooLong') })).max(50),
  complaintCategories: z.array(z.strictObject({ key, name })).min(1).max(30),
  /** Departments a work-contact slip (工作联系单) goes to. */
  departments: z.array(name).min(1).max(30),
  complaintRules: z.strictObject({
    major: complaintSeverityRules,
    important: complaintSeverityRules,
    minor: complaintSeverityRules,
    /** The result is told to the resident: by default the same day it is reached. */
    reply: deadlineRule,
    /** Manual 002: a reply within 72 hours of registration, for every complaint, when switched on. */
    reply72: z.strictObject({ enabled: z.boolean(), rule: deadlineRule }),
    /** The follow-up visit after closing (ours: 3 days). */
    visit: deadlineRule
  }),
  /** The same room, or the same category and location, this many times within the window. */
  recurring: z.strictObject({
    count: z.number().int().min(2).max(20),
    windowDays: z.number().int().min(7).max(366)
  })
})
export type WorkOrderSettings = z.infer<typeof workOrderSettingsInput>

const days = (amount: number): DeadlineRule => ({ measure: 'days', amount })
const minutes = (amount: number): DeadlineRule => ({ measure: 'minutes', amount })
const workingMinutes = (amount: number): DeadlineRule => ({ measure: 'workingMinutes', amount })

export const DEFAULT_WORK_ORDER_SETTINGS: WorkOrderSettings = {
  serviceHours: { from: '09:00', to: '21:00' },
  soonMinutes: 120,
  // Manual 000/003: safety facilities within 2 days, leaks within 3 days after the leak test, others within 2 days.
  repairCategories: [
    { key: 'safety', name: '安全设施', followUp: days(2), followUpFrom: 'completion' },
    { key: 'leak', name: '渗漏水', followUp: days(3), followUpFrom: 'leakTest' },
    { key: 'plumbing', name: '水电', followUp: days(2), followUpFrom: 'completion' },
    { key: 'doorWindow', name: '门窗', followUp: days(2), followUpFrom: 'completion' },
    { key: 'public', name: '公共设施', followUp: days(2), followUpFrom: 'completion' },
    { key: 'other', name: '其他', followUp: days(2), followUpFrom: 'completion' }
  ],
  repairRules: {
    dispatch: workingMinutes(30),
    urgentArrival: minutes(15),
    appointmentGraceMinutes: 15,
    complete: days(2)
  },
  warrantyMonths: 24,
  serviceFeeItemId: null,
  teams: [
    { name: '工程部 水电班', phone: '' },
    { name: '工程部 土建班', phone: '' }
  ],
  complaintCategories: [
    { key: 'attitude', name: '服务态度' },
    { key: 'repair', name: '工程维修' },
    { key: 'security', name: '安全秩序' },
    { key: 'cleaning', name: '环境卫生' },
    { key: 'fees', name: '收费' },
    { key: 'neighbour', name: '邻里纠纷' },
    { key: 'other', name: '其他' }
  ],
  departments: ['客服中心', '工程部', '保安部', '保洁部', '财务部'],
  // Manual 000: major → the manager the same day, a clear answer in 2 days, solved in 10; important →
  // the department supervisor within 1 hour (service hours), done in 3 days; minor → within 2 days.
  complaintRules: {
    major: { escalate: days(0), answer: days(2), resolve: days(10) },
    important: { escalate: workingMinutes(60), answer: null, resolve: days(3) },
    minor: { escalate: null, answer: null, resolve: days(2) },
    reply: days(0),
    reply72: { enabled: false, rule: minutes(72 * 60) },
    visit: days(3)
  },
  recurring: { count: 3, windowDays: 90 }
}
