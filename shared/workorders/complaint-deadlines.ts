import { dueAt, earlier, endOfDate, stepDeadline, type StepDeadline } from './deadlines'
import type { ComplaintSeverity, ComplaintStep } from './complaints-api'
import type { WorkOrderSettings } from './settings'

/**
 * The deadlines of one complaint, from the settings' rules for its severity (pure; lists, the
 * drawer, the statistics and the 工作台 all call this):
 * - escalate 上报: 重大 to the manager the same day; 重要 to the department supervisor within
 *   60 minutes of service time (a complaint at night reaches the supervisor in the morning);
 * - answer 答复: 重大 a clear answer within 2 days; with the 72-hour rule switched on, every
 *   complaint is answered within 72 hours of registration (the earlier of the two counts). A reply
 *   with the result counts as the answer;
 * - resolve 处理完毕: 10 / 3 / 2 days by severity; 一般 by the customer's own deadline when earlier;
 * - reply 告知结果: once resolved, the same day;
 * - visit 回访: once closed, within the visit rule.
 */

export interface ComplaintFacts {
  severity: ComplaintSeverity
  createdAt: string
  customerDeadline: string | null
  escalatedAt: string | null
  answeredAt: string | null
  resolvedAt: string | null
  repliedAt: string | null
  closedAt: string | null
  visitedAt: string | null
}

export function complaintDeadlines(
  c: ComplaintFacts,
  settings: WorkOrderSettings,
  now: Date
): StepDeadline<ComplaintStep>[] {
  const rules = settings.complaintRules
  const own = rules[c.severity]
  const hours = settings.serviceHours
  const soon = settings.soonMinutes
  const steps: StepDeadline<ComplaintStep>[] = []
  if (own.escalate)
    steps.push(stepDeadline('escalate', dueAt(c.createdAt, own.escalate, hours), c.escalatedAt, now, soon))
  const answerRule = own.answer ? dueAt(c.createdAt, own.answer, hours) : null
  const answer72 = rules.reply72.enabled ? dueAt(c.createdAt, rules.reply72.rule, hours) : null
  const answerDue = answerRule && answer72 ? earlier(answerRule, answer72) : (answerRule ?? answer72)
  if (answerDue) steps.push(stepDeadline('answer', answerDue, c.answeredAt ?? c.repliedAt, now, soon))
  let resolveDue = dueAt(c.createdAt, own.resolve, hours)
  if (c.severity === 'minor' && c.customerDeadline) resolveDue = earlier(resolveDue, endOfDate(c.customerDeadline))
  steps.push(stepDeadline('resolve', resolveDue, c.resolvedAt, now, soon))
  if (c.resolvedAt) steps.push(stepDeadline('reply', dueAt(c.resolvedAt, rules.reply, hours), c.repliedAt, now, soon))
  if (c.closedAt) steps.push(stepDeadline('visit', dueAt(c.closedAt, rules.visit, hours), c.visitedAt, now, soon))
  return steps
}
