import type { Db } from '../../../../db/open'
import type { Locale } from '../../../../shared/kernel/locale'
import { message, type MessageKey } from '../../../../shared/messages'
import { REPAIR_STEPS } from '../../../../shared/workorders/api'
import { COMPLAINT_STEPS } from '../../../../shared/workorders/complaints-api'
import { complaintDeadlines } from '../../../../shared/workorders/complaint-deadlines'
import { categoryOf, repairDeadlines } from '../../../../shared/workorders/repair-deadlines'
import type { WorkOrderSettings } from '../../../../shared/workorders/settings'
import type { WorkOrderMonthStats } from '../../../../shared/workorders/stats-api'
import {
  countBy,
  inWindow,
  monthWindow,
  rateE2,
  recurringProblems,
  sixMonths,
  stepRates
} from '../../../../shared/workorders/stats-rules'
import { complaintsBefore, ordersBefore, reworksIn, type StatsComplaint, type StatsOrder } from './stats-queries'
import { readWorkOrderSettings } from './settings-store'

/**
 * One month of 报修投诉 (manual 000: 每月汇总、统计、分析). Repairs and services are counted by
 * registration in the month; follow-ups over the orders completed in the month (回访率, target 100 %);
 * on-time rates over the steps due in the month. A move-in inspection's order is a repair by its
 * source but has no deadlines or follow-up of this kind, so it counts only in the totals.
 */

interface Names {
  repairCategory: (key: string) => string
  complaintCategory: (key: string) => string
  say: (key: string) => string
}

function namesOf(settings: WorkOrderSettings, locale: Locale): Names {
  const complaintNames = new Map(settings.complaintCategories.map((c) => [c.key, c.name]))
  const repairNames = new Map(settings.repairCategories.map((c) => [c.key, c.name]))
  return {
    // A move-in defect's category is the inspector's own words: shown as written.
    repairCategory: (key) => repairNames.get(key) ?? key,
    complaintCategory: (key) => complaintNames.get(key) ?? key,
    say: (key) => message(locale, key as MessageKey)
  }
}

const followed = (o: StatsOrder) => o.source !== 'checkin'

/** Completed in the window, and of those visited and satisfied: the follow-up rate's parts. */
function followUps(orders: readonly StatsOrder[], w: { start: string; end: string }) {
  const completed = orders.filter((o) => followed(o) && inWindow(o.completedAt, w))
  const visited = completed.filter((o) => o.visitedAt !== null && o.visitedAt >= o.completedAt!)
  return {
    completed: completed.length,
    visited: visited.length,
    satisfied: visited.filter((o) => o.visitResult === 'satisfied').length
  }
}

function repairsPart(
  db: Db,
  orders: StatsOrder[],
  settings: WorkOrderSettings,
  names: Names,
  period: string,
  now: Date
) {
  const w = monthWindow(period)
  const asOf = w.end < now.toISOString() ? w.end : now.toISOString()
  const registered = orders.filter((o) => o.kind === 'repair' && inWindow(o.createdAt, w))
  const steps = orders.filter(followed).map((o) => repairDeadlines(o, settings, now))
  // A move-in defect's category is the inspector's word: '渗漏水' is counted with the settings' 渗漏水.
  const keyByName = new Map(settings.repairCategories.map((c) => [c.name, c.key]))
  const categoryKey = (o: StatsOrder) =>
    o.source === 'checkin' ? (keyByName.get(o.category) ?? o.category) : o.category
  return {
    total: registered.length,
    byCategory: countBy(registered, categoryKey, names.repairCategory),
    bySource: countBy(
      registered,
      (o) => o.source,
      (key) => names.say(`workOrders.source.${key}`)
    ),
    paid: registered.filter((o) => o.charge === 'paid').length,
    ...followUps(orders, w),
    reworks: reworksIn(db, w.start, w.end),
    steps: stepRates(steps, w, asOf, REPAIR_STEPS)
  }
}

function servicesPart(orders: StatsOrder[], names: Names, period: string) {
  const w = monthWindow(period)
  const services = orders.filter((o) => o.kind === 'service' && inWindow(o.createdAt, w))
  const itemNames = new Map(services.map((o) => [String(o.serviceItemId ?? ''), o.serviceItemName ?? '']))
  return {
    total: services.length,
    byItem: countBy(
      services,
      (o) => String(o.serviceItemId ?? ''),
      (key) => itemNames.get(key) || names.say('woStats.noItem')
    ),
    feeFen: services.reduce((sum, o) => sum + (o.feeFen ?? 0), 0)
  }
}

function complaintsPart(list: StatsComplaint[], settings: WorkOrderSettings, names: Names, period: string, now: Date) {
  const w = monthWindow(period)
  const asOf = w.end < now.toISOString() ? w.end : now.toISOString()
  const registered = list.filter((c) => inWindow(c.createdAt, w))
  return {
    total: registered.length,
    byCategory: countBy(registered, (c) => c.category, names.complaintCategory),
    bySeverity: countBy(
      registered,
      (c) => c.severity,
      (key) => names.say(`woStats.severity.${key}`)
    ),
    invalid: registered.filter((c) => c.invalid).length,
    closed: list.filter((c) => inWindow(c.closedAt, w)).length,
    steps: stepRates(
      list.map((c) => complaintDeadlines(c, settings, now)),
      w,
      asOf,
      COMPLAINT_STEPS
    )
  }
}

function trendOf(orders: StatsOrder[], list: StatsComplaint[], period: string) {
  return sixMonths(period).map((p) => {
    const w = monthWindow(p)
    const f = followUps(orders, w)
    return {
      period: p,
      repairs: orders.filter((o) => o.kind === 'repair' && inWindow(o.createdAt, w)).length,
      complaints: list.filter((c) => inWindow(c.createdAt, w)).length,
      followUpRateE2: rateE2(f.visited, f.completed)
    }
  })
}

export function monthStats(db: Db, locale: Locale, period: string, now: Date): WorkOrderMonthStats {
  const settings = readWorkOrderSettings(db)
  const names = namesOf(settings, locale)
  const { end } = monthWindow(period)
  const orders = ordersBefore(db, end)
  const list = complaintsBefore(db, end)
  const recurring = recurringProblems(
    orders
      .filter((o) => o.kind === 'repair' && followed(o))
      .map((o) => ({ ...o, categoryName: categoryOf(settings, o.category).name })),
    settings.recurring,
    end
  )
  return {
    period,
    repairs: repairsPart(db, orders, settings, names, period, now),
    services: servicesPart(orders, names, period),
    complaints: complaintsPart(list, settings, names, period, now),
    recurring,
    trend: trendOf(orders, list, period)
  }
}
