import type { api } from '@shared/api'
import type { InputOf } from '@shared/kernel/procedure'
import type { KeysSection, MoneySection } from '@shared/handover/sections'
import { DENOMINATIONS_FEN, type HandoverSummary } from '@shared/handover/types'

/**
 * What the handover screen's form holds. Field names follow the contract's input (`cashPieces.3`,
 * `tools.0.heldBy`, `incoming.password`), so a refusal naming a field lands beside that field.
 * Counts are kept as the typed digits: an empty key or tool count is "not counted yet", not 0.
 */
export interface CountValues {
  cashPieces: string[]
  cashReason: string
  keys: { counted: string }[]
  tools: { counted: string; heldBy: string }[]
  notes: string
  notesImportant: boolean
  differencesAcknowledged: boolean
  cleaningOk: boolean
  cleaningNote: string
  incoming: { username: string; password: string }
}

export const EMPTY_COUNT: CountValues = {
  cashPieces: DENOMINATIONS_FEN.map(() => ''),
  cashReason: '',
  keys: [],
  tools: [],
  notes: '',
  notesImportant: false,
  differencesAcknowledged: false,
  cleaningOk: false,
  cleaningNote: '',
  incoming: { username: '', password: '' }
}

export const moneyOf = (summary: HandoverSummary) =>
  summary.sections.find((s): s is MoneySection => s.kind === 'money') ?? null
export const keysOf = (summary: HandoverSummary) =>
  summary.sections.find((s): s is KeysSection => s.kind === 'keys') ?? null

/** A typed count as a number; empty (or anything not digits) is null. */
export function countOf(text: string | undefined): number | null {
  const digits = (text ?? '').trim()
  return /^\d+$/.test(digits) ? Number(digits) : null
}

/** Pieces per denomination, an empty field counting as none. */
export const piecesOf = (cashPieces: readonly (string | undefined)[]): number[] =>
  DENOMINATIONS_FEN.map((_, i) => countOf(cashPieces[i]) ?? 0)

export const countedCashFen = (pieces: readonly number[]): number =>
  pieces.reduce((sum, n, i) => sum + n * DENOMINATIONS_FEN[i]!, 0)

export interface LineDifference {
  kind: 'key' | 'tool'
  name: string
  expected: number
  counted: number
}

export interface Differences {
  /** Counted minus expected, in fen. */
  cashFen: number
  lines: LineDifference[]
}

/** What the two people must acknowledge: the cash difference and every counted line that differs. */
export function differencesOf(summary: HandoverSummary, values: Partial<CountValues>): Differences {
  const cashFen = countedCashFen(piecesOf(values.cashPieces ?? [])) - summary.cashExpectedFen
  const lines: LineDifference[] = []
  ;(keysOf(summary)?.cabinets ?? []).forEach((cabinet, i) => {
    const counted = countOf(values.keys?.[i]?.counted)
    if (counted !== null && counted !== cabinet.expectedIn)
      lines.push({ kind: 'key', name: cabinet.name, expected: cabinet.expectedIn, counted })
  })
  summary.tools.forEach((tool, i) => {
    const counted = countOf(values.tools?.[i]?.counted)
    if (counted !== null && counted !== tool.expected)
      lines.push({ kind: 'tool', name: tool.name, expected: tool.expected, counted })
  })
  return { cashFen, lines }
}

export const hasDifferences = (d: Differences) => d.cashFen !== 0 || d.lines.length > 0

type AcceptInput = InputOf<typeof api.handover.accept>
type CloseAloneInput = InputOf<typeof api.handover.closeAlone>
type CountedInput = Omit<CloseAloneInput, 'reason'>

/** The count as the contract wants it, in the summary's order of cabinets and tools. */
export function countedInputOf(summary: HandoverSummary, values: CountValues): CountedInput {
  const cashPieces = piecesOf(values.cashPieces)
  // A reason typed for a difference since corrected is not the record's: the field is hidden then.
  const even = countedCashFen(cashPieces) === summary.cashExpectedFen
  return {
    shiftId: summary.shift.id,
    cashPieces,
    cashReason: even ? '' : (values.cashReason?.trim() ?? ''),
    keys: (keysOf(summary)?.cabinets ?? []).map((c, i) => ({
      cabinetId: c.cabinetId,
      counted: countOf(values.keys?.[i]?.counted) ?? 0
    })),
    tools: summary.tools.map((tool, i) => {
      const counted = countOf(values.tools?.[i]?.counted) ?? 0
      // Who had it belongs to a short item only (the field is hidden otherwise).
      return {
        name: tool.name,
        counted,
        heldBy: counted < tool.expected ? (values.tools?.[i]?.heldBy?.trim() ?? '') : ''
      }
    }),
    notes: values.notes?.trim() ?? '',
    notesImportant: values.notesImportant ?? false,
    differencesAcknowledged: values.differencesAcknowledged ?? false
  }
}

export function acceptInputOf(summary: HandoverSummary, values: CountValues): AcceptInput {
  return {
    ...countedInputOf(summary, values),
    incoming: { username: values.incoming.username.trim(), password: values.incoming.password },
    cleaningOk: values.cleaningOk ?? false,
    cleaningNote: values.cleaningNote?.trim() ?? ''
  }
}

export function closeAloneInputOf(summary: HandoverSummary, values: CountValues, reason: string): CloseAloneInput {
  return { ...countedInputOf(summary, values), reason: reason.trim() }
}

/** The form's fields the outgoing person fills: what a close without successor checks (not the incoming sign-in). */
export function countFieldNames(summary: HandoverSummary): (string | number)[][] {
  return [
    ...DENOMINATIONS_FEN.map((_, i) => ['cashPieces', i]),
    ['cashReason'],
    ...(keysOf(summary)?.cabinets ?? []).map((_, i) => ['keys', i, 'counted']),
    ...summary.tools.flatMap((_, i) => [
      ['tools', i, 'counted'],
      ['tools', i, 'heldBy']
    ]),
    ['differencesAcknowledged']
  ]
}
