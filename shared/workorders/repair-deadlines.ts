import dayjs from 'dayjs'
import { dueAt, stepDeadline, type StepDeadline } from './deadlines'
import type { RepairStep } from './api'
import type { RepairCategory, WorkOrderSettings } from './settings'

/**
 * The deadlines of one repair or service order, from the settings' rules (pure; the lists, the
 * drawer, the statistics and the 工作台 all call this one function):
 * - dispatch 派工: `repairRules.dispatch` from registration (working time), or for an urgent call
 *   the urgent-arrival rule (nobody arrives before being sent);
 * - arrive 到场: urgent → `urgentArrival` from registration (clock time, the 24-hour line);
 *   otherwise the appointment plus `appointmentGraceMinutes`; no step while neither is known;
 * - complete 完工: `repairRules.complete` from dispatch;
 * - visit 回访: the category's follow-up rule from the completion, or from the leak test for
 *   categories that count from it (渗漏水: 3 days after 试漏).
 * After a rework (返工) the cycle starts again at the rework: its steps count from there.
 * A move-in inspection's order (source checkin) has its own re-inspection and no deadlines here.
 */

export interface RepairFacts {
  source: 'checkin' | 'counter' | 'phone'
  category: string
  urgent: boolean
  /** Registration, or the last rework: where the current cycle starts. */
  cycleStartedAt: string
  appointmentAt: string | null
  dispatchedAt: string | null
  arrivedAt: string | null
  completedAt: string | null
  leakTestOn: string | null
  visitedAt: string | null
}

/** The category's settings, or 其他's (then the first's) for a category the list no longer has. */
export function categoryOf(settings: WorkOrderSettings, key: string): RepairCategory {
  const list = settings.repairCategories
  return list.find((c) => c.key === key) ?? list.find((c) => c.key === 'other') ?? list[0]!
}

/** A moment of this cycle (a dispatch before a rework belongs to the cycle before). */
const inCycle = (at: string | null, start: string) => (at !== null && !dayjs(at).isBefore(dayjs(start)) ? at : null)

export function repairDeadlines(
  facts: RepairFacts,
  settings: WorkOrderSettings,
  now: Date
): StepDeadline<RepairStep>[] {
  if (facts.source === 'checkin') return []
  const { repairRules: rules, serviceHours: hours, soonMinutes: soon } = settings
  const start = facts.cycleStartedAt
  const dispatched = inCycle(facts.dispatchedAt, start)
  const arrived = inCycle(facts.arrivedAt, start)
  const completed = inCycle(facts.completedAt, start)
  const visited = completed ? inCycle(facts.visitedAt, completed) : null
  const steps: StepDeadline<RepairStep>[] = []
  const urgentArrival = facts.urgent ? dueAt(start, rules.urgentArrival, hours) : null
  steps.push(stepDeadline('dispatch', urgentArrival ?? dueAt(start, rules.dispatch, hours), dispatched, now, soon))
  // An appointment before this cycle's start belongs to the cycle before a rework: the new dispatch books its own.
  const appointment = inCycle(facts.appointmentAt, start)
  const arriveDue =
    urgentArrival ??
    (appointment ? dayjs(appointment).add(rules.appointmentGraceMinutes, 'minute').toISOString() : null)
  if (arriveDue) steps.push(stepDeadline('arrive', arriveDue, arrived, now, soon))
  if (dispatched) steps.push(stepDeadline('complete', dueAt(dispatched, rules.complete, hours), completed, now, soon))
  if (completed) {
    const category = categoryOf(settings, facts.category)
    // A leak test dated before this cycle's day belongs to the cycle before a rework.
    const leakTest = facts.leakTestOn && !dayjs(facts.leakTestOn).isBefore(dayjs(start).startOf('day'))
    const from = category.followUpFrom === 'leakTest' && leakTest ? dayjs(facts.leakTestOn).toISOString() : completed
    steps.push(stepDeadline('visit', dueAt(from, category.followUp, hours), visited, now, soon))
  }
  return steps
}
