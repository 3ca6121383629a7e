import type Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { CheckinSummary } from '../../../../shared/checkin/api'
import type { HandoverProvider } from '../../core/handover'
import type { MatterItem, MattersSection } from '../../../../shared/handover/sections'
import { localDateTime } from '../../../../shared/kernel/calendar'
import { prepared } from '../../core/statements'
import { stepWord, summaries } from './records'

/**
 * 入住办理's part of the handover (交接班): the check-ins still open (paused while an owner fetches
 * a missing paper, or waiting to be finished), oldest first, so the incoming person can resume
 * them. They have no deadline; each says the step it stopped at, who started it and when. A
 * check-in has no number of its own: the desk knows it by its room, which is its reference.
 */

const LIMIT = 50

const dbs = new WeakMap<Database.Database, Db>()
function dbOf(sqlite: Database.Database): Db {
  let db = dbs.get(sqlite)
  if (!db) dbs.set(sqlite, (db = drizzle(sqlite, { schema })))
  return db
}

// On the partial index checkins_open_room_uq (status = 'open').
const OPEN_COUNT = `SELECT count(*) AS n FROM checkins WHERE status = 'open'`

function item(checkin: CheckinSummary): MatterItem {
  const started = { by: checkin.startedBy, since: localDateTime(checkin.startedAt) }
  return {
    ref: checkin.roomCode,
    roomCode: checkin.roomCode,
    text: checkin.ownerNames,
    ...(checkin.currentStep
      ? { statusKey: 'checkin.handover.pausedAt', statusParams: { step: stepWord(checkin.currentStep), ...started } }
      : { statusKey: 'checkin.handover.toFinish', statusParams: started }),
    due: null,
    urgency: 'none',
    route: `#/checkin/${checkin.id}`
  }
}

export const checkinHandover: HandoverProvider = (sqlite) => {
  const open: MattersSection = {
    kind: 'matters',
    id: 'checkin.open',
    titleKey: 'checkin.handover.open',
    order: 140,
    items: summaries(dbOf(sqlite), { status: 'open', limit: LIMIT }).map(item),
    total: (prepared(sqlite, OPEN_COUNT).get() as { n: number }).n
  }
  return [open]
}
