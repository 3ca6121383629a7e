import type Database from 'better-sqlite3'
import type { HandoverProvider } from '../../core/handover'
import { matterUrgency, type MatterItem, type MattersSection } from '../../../../shared/handover/sections'
import { prepared } from '../../core/statements'
import { summaryRows, type SummaryRow } from './ledger-records'

/**
 * The ledger's part of the handover: the entries awaiting an answer with a promise (the most urgent
 * first) and the night duty log's entries still open, to be converted at the morning handover.
 * Open matters pass from shift to shift, so both read every open entry, not only the window's.
 */

const LIMIT = 50

function item(row: SummaryRow, at: string, today: string): MatterItem {
  const urgency = matterUrgency(row.promisedAt, at, today)
  return {
    ref: row.number,
    roomCode: row.roomCode,
    text: row.callerName ? `${row.callerName}：${row.content}` : row.content,
    statusKey: urgency === 'overdue' ? 'handover.matter.overdue' : 'handover.matter.awaiting',
    due: row.promisedAt,
    urgency,
    route: `#/handover/ledger/${row.id}`
  }
}

function count(sqlite: Database.Database, where: string): number {
  return (prepared(sqlite, `SELECT count(*) AS n FROM ledger_entries e ${where}`).get() as { n: number }).n
}

const AWAITING = "WHERE e.status = 'open' AND e.promised_at IS NOT NULL"
const NIGHT = "WHERE e.shift_kind = 'night' AND e.status = 'open'"

export const ledgerSections: HandoverProvider = (sqlite, window) => {
  const awaiting: MattersSection = {
    kind: 'matters',
    id: 'ledger.awaiting',
    titleKey: 'handover.section.ledgerAwaiting',
    order: 110,
    items: summaryRows(sqlite, `${AWAITING} ORDER BY e.promised_at, e.id LIMIT ${LIMIT}`).map((row) =>
      item(row, window.to, window.today)
    ),
    total: count(sqlite, AWAITING)
  }
  const night: MattersSection = {
    kind: 'matters',
    id: 'ledger.nightLog',
    titleKey: 'handover.section.nightLog',
    order: 105,
    items: summaryRows(sqlite, `${NIGHT} ORDER BY e.at, e.id LIMIT ${LIMIT}`).map((row) =>
      item(row, window.to, window.today)
    ),
    total: count(sqlite, NIGHT)
  }
  return [night, awaiting]
}
