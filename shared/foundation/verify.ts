/**
 * 设置 → 关于 → 校验: what a full check of the records found (db/chain-verify.ts, db/guards.ts).
 * Plain data, so the renderer words it in the reader's language.
 */
export type ChainTableName = 'receipts' | 'receipt_voids' | 'key_movements' | 'audit_log'

export type ChainBreakReason = 'altered' | 'unsealed' | 'numberGap' | 'counterMismatch' | 'checkpointChanged'

/** The first broken link of a chain: the row it names (none for a counter mismatch) and its number. */
export interface ChainBreakInfo {
  table: ChainTableName
  rowid: number | null
  /** The receipt code (receipts and voids), the key tag (movements) or the procedure (audit). */
  label: string | null
  position: number
  reason: ChainBreakReason
}

export interface ChainState {
  /** `receipts:<series prefix>`, or the table for the single chains. */
  chain: string
  table: ChainTableName
  /** Rows found whole, up to the first broken link. */
  rows: number
  broken: ChainBreakInfo | null
}

export interface SettlementBreakInfo {
  receivableId: number
  receiptCode: string
  reason: 'paidWithoutReceipt' | 'unpaidWithoutVoid'
}

/** At most this many settlement breaks are carried; `settlementBreakCount` says how many there are. */
export const SETTLEMENT_BREAKS_SHOWN = 20

export interface VerifyResult {
  at: string
  ok: boolean
  chains: ChainState[]
  /** Guard triggers the migrations made that are gone (a dropped trigger is how a tamper starts). */
  missingTriggers: string[]
  settlementBreaks: SettlementBreakInfo[]
  settlementBreakCount: number
}

/** The last check of the chains by any path: start-up's tail, the daily full one or 校验. */
export interface ChainCheckInfo {
  at: string
  scope: 'tail' | 'full'
  ok: boolean
  rows: number
  broken: ChainBreakInfo[]
}

export interface CheckState {
  /** The last 校验 (chains, triggers and settlement), or null when none was run yet. */
  lastVerify: VerifyResult | null
  lastChainCheck: ChainCheckInfo | null
}
