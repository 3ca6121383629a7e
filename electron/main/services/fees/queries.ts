/**
 * The SQL of the fee reports (收款日报, 收据登记簿, 应收 / 实收 / 欠收), typed by the contract's row
 * types. Each statement is prepared once per connection through the shared statement cache
 * (`prepared`); the handlers and report modules call these functions with the store and never
 * prepare SQL themselves. Reports are aggregates over joins, which read more plainly as SQL than
 * through the query builder, and the ledger needs a plan the builder cannot state.
 */
import type { Store } from '../../../../db/open'
import type {
  CountFen,
  DailyCollection,
  DailyVoid,
  LedgerRow,
  RegisterEntry,
  SeriesView,
  SpoiledPaper
} from '../../../../shared/fees/reports'
import { prepared } from './arrears-records'

/** What the report queries need of the store: its connection, for the statement cache. */
export type ReportStore = Pick<Store, 'sqlite'>

/** Stored instants from (inclusive) to (exclusive): a counter day or a range of them. */
export interface InstantRange {
  from: string
  to: string
}

/** A statement of this module: its SQL, its named parameters and the rows it returns. */
function statement<Params extends object, Row>(source: string) {
  return {
    all: (store: ReportStore, params: Params): Row[] => prepared(store.sqlite, source).all(params) as Row[],
    get: (store: ReportStore, params: Params): Row | undefined =>
      prepared(store.sqlite, source).get(params) as Row | undefined
  }
}

// ─── 收款日报 ──────────────────────────────────────────────────────────────────────────────────

// A receipt counts when it was issued in the range and has not been voided.
const VALID_IN_RANGE = `rc.issued_at >= @from AND rc.issued_at < @to AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = rc.id)`

/** Receipt lines by item (count = lines), in no particular order. */
export const dailyByItem = statement<InstantRange, DailyCollection['byItem'][number]>(
  `SELECT l.category, l.item_name AS itemName, count(*) AS count, sum(l.amount_fen) AS fen
   FROM receipts rc JOIN receipt_lines l ON l.receipt_id = rc.id WHERE ${VALID_IN_RANGE} GROUP BY l.category, l.item_name`
)

/** Payments by method (count = payments), the largest first. */
export const dailyByMethod = statement<InstantRange, DailyCollection['byMethod'][number]>(
  `SELECT p.method, count(*) AS count, sum(p.amount_fen) AS fen
   FROM receipts rc JOIN payments p ON p.receipt_id = rc.id WHERE ${VALID_IN_RANGE} GROUP BY p.method ORDER BY sum(p.amount_fen) DESC`
)

/** Receipts by the clerk who issued them (count = receipts), by name. */
export const dailyByClerk = statement<InstantRange, DailyCollection['byClerk'][number]>(
  `SELECT rc.staff_id AS staffId, s.display_name AS staffName, count(*) AS count, sum(rc.total_fen) AS fen
   FROM receipts rc JOIN staff s ON s.id = rc.staff_id WHERE ${VALID_IN_RANGE} GROUP BY rc.staff_id ORDER BY s.display_name`
)

/** Valid receipts by kind (payment, refund). */
export const dailyByKind = statement<InstantRange, { kind: string } & CountFen>(
  `SELECT rc.kind, count(*) AS count, sum(rc.total_fen) AS fen FROM receipts rc WHERE ${VALID_IN_RANGE} GROUP BY rc.kind`
)

/** Voided receipts issued in the range, and earlier ones voided in it, in the order issued. */
export const dailyVoids = statement<InstantRange, Omit<DailyVoid, 'issuedEarlier'>>(
  `SELECT rc.code, rm.code AS roomCode, rc.total_fen AS totalFen, rc.issued_at AS issuedAt, v.voided_at AS voidedAt, v.reason,
          s.display_name AS staffName, vs.display_name AS voidedBy
   FROM receipt_voids v JOIN receipts rc ON rc.id = v.receipt_id JOIN rooms rm ON rm.id = rc.room_id
   JOIN staff s ON s.id = rc.staff_id JOIN staff vs ON vs.id = v.staff_id
   WHERE (rc.issued_at >= @from AND rc.issued_at < @to) OR (v.voided_at >= @from AND v.voided_at < @to)
   ORDER BY rc.issued_at, rc.id`
)

// ─── 收据登记簿 ────────────────────────────────────────────────────────────────────────────────

const seriesRows = statement<Record<string, never>, Omit<SeriesView, 'active'> & { active: number }>(
  `SELECT s.prefix, c.name AS counterName, s.last_number AS lastNumber, s.active FROM receipt_series s JOIN counters c ON c.id = s.counter_id ORDER BY s.created_at DESC, s.id DESC`
)

/** The receipt series this office has used, newest first. */
export function seriesViews(store: ReportStore): SeriesView[] {
  return seriesRows.all(store, {}).map((s) => ({ ...s, active: s.active === 1 }))
}

export interface SeriesHead {
  id: number
  prefix: string
  lastNumber: number
  counterName: string
}

/** One series by its prefix, in any case. */
export const seriesByPrefix = statement<{ prefix: string }, SeriesHead>(
  `SELECT s.id, s.prefix, s.last_number AS lastNumber, c.name AS counterName FROM receipt_series s JOIN counters c ON c.id = s.counter_id WHERE s.prefix = @prefix COLLATE NOCASE`
)

const numberRows = statement<{ series: number }, { number: number }>(
  `SELECT number FROM receipts WHERE series_id = @series ORDER BY number`
)

/** Every receipt number the series has used, in order. */
export function receiptNumbers(store: ReportStore, seriesId: number): number[] {
  return numberRows.all(store, { series: seriesId }).map((r) => r.number)
}

const registerRows = statement<InstantRange & { series: number }, Omit<RegisterEntry, 'status'> & { voided: number }>(
  `SELECT rc.number, rc.code, rc.kind, rm.code AS roomCode, rc.payer_name AS payerName, rc.total_fen AS totalFen, rc.issued_at AS issuedAt,
          s.display_name AS staffName, v.id IS NOT NULL AS voided, v.reason AS voidReason, ref.code AS refersToCode
   FROM receipts rc JOIN rooms rm ON rm.id = rc.room_id JOIN staff s ON s.id = rc.staff_id
   LEFT JOIN receipt_voids v ON v.receipt_id = rc.id LEFT JOIN receipts ref ON ref.id = rc.refers_to
   WHERE rc.series_id = @series AND rc.issued_at >= @from AND rc.issued_at < @to
   ORDER BY rc.number`
)

/** The receipts of a series issued in the range, in number order, with whether each was voided. */
export function registerReceipts(
  store: ReportStore,
  seriesId: number,
  range: InstantRange
): (Omit<RegisterEntry, 'status'> & { voided: boolean })[] {
  return registerRows.all(store, { series: seriesId, ...range }).map((r) => ({ ...r, voided: r.voided === 1 }))
}

/** Pre-printed forms spoiled in the range, by book and number. */
export const spoiledPaper = statement<InstantRange, SpoiledPaper>(
  `SELECT b.label AS bookLabel, u.paper_number AS paperNumber, coalesce(u.reason, '') AS reason, u.at, s.display_name AS staffName
   FROM paper_uses u JOIN paper_books b ON b.id = u.book_id JOIN staff s ON s.id = u.staff_id
   WHERE u.status = 'spoiled' AND u.at >= @from AND u.at < @to ORDER BY b.id, u.paper_number`
)

// ─── 应收 / 实收 / 欠收 ────────────────────────────────────────────────────────────────────────

/** A run of consecutive room ids that are all in one building. */
export interface RoomRun {
  buildingId: number
  lo: number
  hi: number
}

const roomBuildings = `SELECT id, building_id FROM rooms ORDER BY id`

/**
 * The rooms as runs of consecutive ids in one building (every room from lo to hi is in it). Setup
 * and import create rooms building by building, so an estate has about as many runs as buildings;
 * rooms added later only add runs. The runs of one building when asked, cut from the whole list.
 */
export function roomRuns(store: ReportStore, buildingId?: number): RoomRun[] {
  // Arrays, not objects: 20,000 rooms are read on every ledger.
  const rows = prepared(store.sqlite, roomBuildings).raw(true).all() as [number, number][]
  const runs: RoomRun[] = []
  let last: RoomRun | undefined
  for (const [id, building] of rows) {
    if (last?.buildingId === building) last.hi = id
    else runs.push((last = { buildingId: building, lo: id, hi: id }))
  }
  return buildingId === undefined ? runs : runs.filter((r) => r.buildingId === buildingId)
}

// The ledger's month of a receivable: its period, or a one-off's first day's month. The indexes
// receivables_ledger_idx and receivables_ledger_unpaid_idx (migration 0012) are on this expression.
const MONTH = `coalesce(r.period, substr(r.period_from, 1, 7))`
const CELL = `${MONTH} = p.period AND r.item_id = p.itemId AND r.room_id BETWEEN runs.lo AND runs.hi AND r.cancelled_void_id IS NULL`

/*
 * 应收 / 实收 / 欠收 by the receivable's month, item and building. "Received" is what valid receipts
 * settled: a void clears paid_receipt_id (fees.void), so a settled receivable is one with a
 * receipt; a month a voided prepayment created was cancelled and is no receivable at all.
 *
 * Summing every receivable of the range grouped by building means joining each to its room and
 * sorting them all (half a million rows at 20,000 rooms: about 1 s). Instead the sums are taken per
 * cell — a month and item that have receivables (found by one index seek each, months then items)
 * and a run of room ids in one building (`roomRuns`) — each one short range of a covering index,
 * read in index order: all rows for the receivable, the unpaid ones (a small share) for what is
 * still owed and overdue. The cells of a building's runs are then added up; a cell with no
 * receivable gives no row.
 */
const LEDGER = `
  WITH RECURSIVE months(period) AS MATERIALIZED (
    SELECT min(${MONTH}) FROM receivables r WHERE ${MONTH} >= @fromPeriod AND r.cancelled_void_id IS NULL
    UNION ALL
    SELECT (SELECT min(${MONTH}) FROM receivables r WHERE ${MONTH} > months.period AND r.cancelled_void_id IS NULL)
    FROM months WHERE months.period < @toPeriod
  ),
  pairs(period, itemId) AS MATERIALIZED (
    SELECT m.period, (SELECT min(r.item_id) FROM receivables r WHERE ${MONTH} = m.period AND r.cancelled_void_id IS NULL)
    FROM months m WHERE m.period <= @toPeriod
    UNION ALL
    SELECT p.period, (SELECT min(r.item_id) FROM receivables r WHERE ${MONTH} = p.period AND r.item_id > p.itemId AND r.cancelled_void_id IS NULL)
    FROM pairs p WHERE p.itemId IS NOT NULL
  ),
  runs AS MATERIALIZED (SELECT value ->> 0 AS buildingId, value ->> 1 AS lo, value ->> 2 AS hi FROM json_each(@runs)),
  cells AS MATERIALIZED (
    SELECT p.period, p.itemId, runs.buildingId,
      (SELECT sum(r.amount_fen) FROM receivables r INDEXED BY receivables_ledger_idx WHERE ${CELL}) AS receivableFen,
      (SELECT json_array(sum(r.amount_fen), sum(CASE WHEN r.due_on < @today THEN r.amount_fen ELSE 0 END))
       FROM receivables r INDEXED BY receivables_ledger_unpaid_idx WHERE ${CELL} AND r.paid_receipt_id IS NULL) AS unpaid
    FROM pairs p CROSS JOIN runs
    WHERE p.itemId IS NOT NULL
  )
  SELECT c.period, c.itemId, i.name AS itemName, i.category, b.id AS buildingId, b.code AS buildingCode,
         sum(c.receivableFen) AS receivableFen,
         sum(c.receivableFen - coalesce(c.unpaid ->> 0, 0)) AS receivedFen,
         sum(coalesce(c.unpaid ->> 1, 0)) AS arrearsFen
  FROM cells c JOIN fee_items i ON i.id = c.itemId JOIN buildings b ON b.id = c.buildingId
  WHERE c.receivableFen IS NOT NULL
  GROUP BY c.period, c.itemId, b.id
  ORDER BY c.period, i.sort_key, i.id, b.sort_key, b.code`

export interface LedgerQuery {
  fromPeriod: string
  toPeriod: string
  buildingId?: number
  /** Unpaid receivables due before this day are arrears. */
  today: string
}

/** The ledger's rows by month, item (in the items' order) and building, without notDue. */
export function ledgerRows(store: ReportStore, input: LedgerQuery): Omit<LedgerRow, 'notDueFen'>[] {
  const runs = roomRuns(store, input.buildingId).map((r) => [r.buildingId, r.lo, r.hi])
  const params = {
    fromPeriod: input.fromPeriod,
    toPeriod: input.toPeriod,
    today: input.today,
    runs: JSON.stringify(runs)
  }
  return prepared(store.sqlite, LEDGER).all(params) as Omit<LedgerRow, 'notDueFen'>[]
}
