import type { Db } from '../../../../db/open'
import type { Locale } from '../../../../shared/kernel/locale'
import { message, type MessageKey } from '../../../../shared/messages'
import { complaintDeadlines } from '../../../../shared/workorders/complaint-deadlines'
import { categoryOf, repairDeadlines } from '../../../../shared/workorders/repair-deadlines'
import type { DueItem } from '../../../../shared/workorders/stats-api'
import { dueLists, type DueCandidate } from '../../../../shared/workorders/stats-rules'
import { openComplaints, openOrders } from './stats-queries'
import { readWorkOrderSettings } from './settings-store'

/**
 * 到期: the open steps of repairs, services and complaints that are overdue or due today, most
 * urgent first — what the 工作台 card shows and the shift handover will hand on. Each item once,
 * by its most urgent open step (the same step its row is coloured by in the lists).
 */

const short = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text)

export function dueItems(db: Db, locale: Locale, now: Date, limit: number): { overdue: DueItem[]; today: DueItem[] } {
  const settings = readWorkOrderSettings(db)
  const candidates: DueCandidate[] = []
  for (const o of openOrders(db)) {
    if (o.source === 'checkin') continue
    const what = o.kind === 'service' ? (o.serviceItemName ?? o.category) : categoryOf(settings, o.category).name
    candidates.push({
      type: o.kind,
      id: o.id,
      number: o.number,
      roomCode: o.roomCode,
      title: [what, o.location].filter((part) => part !== '').join(' · '),
      severity: null,
      steps: repairDeadlines(o, settings, now)
    })
  }
  for (const c of openComplaints(db)) {
    const severity = message(locale, `woStats.severity.${c.severity}` as MessageKey)
    candidates.push({
      type: 'complaint',
      id: c.id,
      number: c.number,
      roomCode: c.roomCode,
      title: `${severity} · ${short(c.subject || c.description)}`,
      severity: c.severity,
      steps: complaintDeadlines(c, settings, now)
    })
  }
  return dueLists(candidates, limit)
}
