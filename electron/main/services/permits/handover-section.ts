import type Database from 'better-sqlite3'
import dayjs from 'dayjs'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { HandoverProvider } from '../../core/handover'
import {
  matterUrgency,
  type HandoverWindow,
  type MatterItem,
  type MattersSection
} from '../../../../shared/handover/sections'
import { addDays } from '../../../../shared/kernel/calendar'
import type { ReleaseItem } from '../../../../shared/permits/releases-api'
import { prepared } from '../../core/statements'
import { itemsText } from './release-records'
import { readPermitSettings } from './settings-store'

/**
 * 证件's part of the handover (交接班):
 * - papers ending: the construction permits (their newest edition) of works still running whose
 *   end is within the settings' expiringDays (3 by default) or already past — the works overran and
 *   nobody inspected them yet — and the workers' passes still out (not returned, revoked or lost)
 *   that end within those days, have ended, or whose permit was revoked;
 * - release slips: those issued on the window's shifts, whatever became of them, and every slip
 *   still unused that can still be used (valid today or later).
 * Open matters pass from shift to shift; only the slips issued are the window's own.
 */

const LIMIT = 50

const dbs = new WeakMap<Database.Database, Db>()
function dbOf(sqlite: Database.Database): Db {
  let db = dbs.get(sqlite)
  if (!db) dbs.set(sqlite, (db = drizzle(sqlite, { schema })))
  return db
}

// Works running (renovations_status_idx); the permit is the newest edition (papers_renovation_idx).
const PERMITS = `SELECT * FROM (
  SELECT r.id AS renovationId, rm.code AS roomCode, c.name AS holder,
    (SELECT p.number FROM papers p WHERE p.renovation_id = r.id AND p.kind = 'permit' ORDER BY p.edition DESC LIMIT 1) AS number,
    (SELECT p.valid_to FROM papers p WHERE p.renovation_id = r.id AND p.kind = 'permit' ORDER BY p.edition DESC LIMIT 1) AS validTo
  FROM renovations r JOIN rooms rm ON rm.id = r.room_id JOIN contractors c ON c.id = r.contractor_id
  WHERE r.status IN ('active', 'suspended')
) WHERE number IS NOT NULL AND validTo <= @soon`

// Passes are issued only to running works, and completion takes every one back: the passes that
// may be out are those of works running or revoked. Each pass's newest edition, unless it ended.
const PASSES = `SELECT p.number, p.valid_to AS validTo, r.id AS renovationId, r.status = 'revoked' AS permitRevoked,
    rm.code AS roomCode, w.name AS holder, w.trade
  FROM renovations r CROSS JOIN papers p ON p.renovation_id = r.id AND p.kind = 'pass'
  JOIN renovation_workers w ON w.id = p.worker_id JOIN rooms rm ON rm.id = p.room_id
  WHERE r.status IN ('active', 'suspended', 'revoked')
    AND p.edition = (SELECT max(q.edition) FROM papers q WHERE q.number = p.number)
    AND NOT EXISTS (SELECT 1 FROM paper_events e WHERE e.paper_id = p.id AND e.kind IN ('revoked', 'returned', 'lost'))
    AND (p.valid_to <= @soon OR r.status = 'revoked')`

const SLIP_COLUMNS = `s.id, p.number, rm.code AS roomCode, s.applicant_name AS applicant, s.items, s.valid_on AS validOn,
  (SELECT e.kind FROM paper_events e WHERE e.paper_id = p.id AND e.kind IN ('used', 'revoked') ORDER BY e.id LIMIT 1) AS ended`

// Issued on the window's shifts: not before the first of them opened (release_slips_created_idx;
// the slips lead the join, so the papers are never all read).
const SLIPS_ISSUED = `SELECT ${SLIP_COLUMNS}
  FROM release_slips s CROSS JOIN papers p ON p.release_id = s.id AND p.kind = 'slip' JOIN rooms rm ON rm.id = s.room_id
  WHERE s.created_at >= (SELECT min(sh.opened_at) FROM shifts sh WHERE sh.id IN (SELECT value FROM json_each(@shifts)))
    AND s.shift_id IN (SELECT value FROM json_each(@shifts))`

// Usable today or later (a slip is valid on its one day): the papers ending today or later on
// papers_valid_to_idx (\`+p.kind\` keeps the planner off the index of every slip ever issued).
const SLIPS_UNUSED = `SELECT * FROM (SELECT ${SLIP_COLUMNS}
  FROM papers p CROSS JOIN release_slips s ON s.id = p.release_id JOIN rooms rm ON rm.id = s.room_id
  WHERE p.valid_to >= @today AND +p.kind = 'slip') WHERE ended IS NULL`

interface PaperRow {
  renovationId: number
  number: string
  validTo: string
  roomCode: string
  holder: string
}

interface SlipRow {
  id: number
  number: string
  roomCode: string
  applicant: string
  items: string
  validOn: string
  ended: 'used' | 'revoked' | null
}

/** The end of a local day, as the ISO moment a paper stops being valid. */
const endOf = (day: string) => dayjs(day).endOf('day').toISOString()

const byDue = (a: MatterItem, b: MatterItem) =>
  (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') || a.ref.localeCompare(b.ref)

function section(id: string, titleKey: string, order: number, items: MatterItem[]): MattersSection {
  return { kind: 'matters', id, titleKey, order, items: items.sort(byDue).slice(0, LIMIT), total: items.length }
}

function paperItem(row: PaperRow, statusKey: string, text: string, window: HandoverWindow): MatterItem {
  const due = endOf(row.validTo)
  return {
    ref: row.number,
    roomCode: row.roomCode,
    text,
    statusKey,
    due,
    urgency: matterUrgency(due, window.to, window.today),
    route: `#/permits/${row.renovationId}`
  }
}

function endingSection(sqlite: Database.Database, window: HandoverWindow): MattersSection {
  const soon = addDays(window.today, readPermitSettings(dbOf(sqlite)).expiringDays)
  const permits = (prepared(sqlite, PERMITS).all({ soon }) as PaperRow[]).map((row) =>
    paperItem(
      row,
      row.validTo < window.today ? 'permits.handover.permitPast' : 'permits.handover.permitEnding',
      row.holder,
      window
    )
  )
  const passes = (
    prepared(sqlite, PASSES).all({ soon }) as (PaperRow & { trade: string; permitRevoked: number })[]
  ).map((row) =>
    paperItem(
      row,
      row.permitRevoked || row.validTo < window.today ? 'permits.handover.passOut' : 'permits.handover.passEnding',
      row.trade ? `${row.holder}（${row.trade}）` : row.holder,
      window
    )
  )
  return section('permits.expiring', 'permits.handover.expiring', 150, [...permits, ...passes])
}

function slipItem(row: SlipRow, window: HandoverWindow): MatterItem {
  const usable = row.ended === null && row.validOn >= window.today
  const statusKey = row.ended
    ? `papers.standing.${row.ended}`
    : row.validOn < window.today
      ? 'papers.standing.expired'
      : row.validOn > window.today
        ? 'papers.standing.notYetValid'
        : 'papers.standing.valid'
  const due = usable ? endOf(row.validOn) : null
  const items = JSON.parse(row.items) as ReleaseItem[]
  return {
    ref: row.number,
    roomCode: row.roomCode,
    text: `${row.applicant}：${itemsText(items)}`,
    statusKey,
    due,
    urgency: matterUrgency(due, window.to, window.today),
    route: `#/permits/releases/${row.id}`
  }
}

function slipSection(sqlite: Database.Database, window: HandoverWindow): MattersSection {
  const rows = new Map<number, SlipRow>()
  for (const row of prepared(sqlite, SLIPS_ISSUED).all({ shifts: JSON.stringify(window.shiftIds) }) as SlipRow[])
    rows.set(row.id, row)
  for (const row of prepared(sqlite, SLIPS_UNUSED).all({ today: window.today }) as SlipRow[]) rows.set(row.id, row)
  return section(
    'permits.releases',
    'permits.handover.releases',
    155,
    [...rows.values()].map((row) => slipItem(row, window))
  )
}

export const permitsHandover: HandoverProvider = (sqlite, window) => [
  endingSection(sqlite, window),
  slipSection(sqlite, window)
]
