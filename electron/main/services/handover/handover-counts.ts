import type { z } from 'zod'
import { formatFen } from '../../../../shared/domain/money'
import type { countedInput } from '../../../../shared/handover/api'
import type { KeysSection } from '../../../../shared/handover/sections'
import {
  DENOMINATIONS_FEN,
  type CashCount,
  type HandoverSummary,
  type KeyCountLine,
  type ToolCountLine
} from '../../../../shared/handover/types'
import { AppError } from '../../core/errors'

/**
 * The outgoing person's count checked against the summary: the drawer's cash by denomination, each
 * key cabinet, each tool of the checklist. A cash difference needs its reason, a missing tool the
 * person who had it (the manual: whoever lost or lent it answers for it), and any difference the
 * acknowledgement of both sides. A count made against an older list (a cabinet or tool added
 * meanwhile) is refused whole, so nothing is signed that was not counted.
 */

export type CountedInput = z.output<typeof countedInput>

export interface CheckedCounts {
  cash: CashCount
  keys: KeyCountLine[]
  tools: ToolCountLine[]
  keyDifferences: number
  toolDifferences: number
}

function sameNames(expected: readonly (string | number)[], given: readonly (string | number)[]): boolean {
  const wanted = new Set(expected)
  return wanted.size === given.length && new Set(given).size === given.length && given.every((g) => wanted.has(g))
}

function countCash(summary: HandoverSummary, input: CountedInput): CashCount {
  const countedFen = input.cashPieces.reduce((sum, pieces, i) => sum + pieces * (DENOMINATIONS_FEN[i] ?? 0), 0)
  const differenceFen = countedFen - summary.cashExpectedFen
  const reason = input.cashReason.trim()
  if (differenceFen !== 0 && !reason) {
    throw new AppError('CASH_REASON_REQUIRED', { difference: formatFen(differenceFen) }, { field: 'cashReason' })
  }
  return { pieces: input.cashPieces, countedFen, expectedFen: summary.cashExpectedFen, differenceFen, reason }
}

function countKeys(summary: HandoverSummary, input: CountedInput): KeyCountLine[] {
  const section = summary.sections.find((s): s is KeysSection => s.kind === 'keys')
  const cabinets = section?.cabinets ?? []
  const counted = new Map(input.keys.map((k) => [k.cabinetId, k.counted]))
  if (
    !sameNames(
      cabinets.map((c) => c.cabinetId),
      input.keys.map((k) => k.cabinetId)
    )
  )
    throw new AppError('COUNT_MISMATCH')
  return cabinets.map((c) => ({
    cabinetId: c.cabinetId,
    name: c.name,
    expected: c.expectedIn,
    counted: counted.get(c.cabinetId) ?? 0
  }))
}

function countTools(summary: HandoverSummary, input: CountedInput): ToolCountLine[] {
  if (
    !sameNames(
      summary.tools.map((t) => t.name),
      input.tools.map((t) => t.name)
    )
  )
    throw new AppError('COUNT_MISMATCH')
  const given = new Map(input.tools.map((t) => [t.name, t]))
  return summary.tools.map((tool, i) => {
    const line = given.get(tool.name)!
    const heldBy = line.heldBy.trim()
    if (line.counted < tool.expected && !heldBy) {
      throw new AppError('TOOL_HOLDER_REQUIRED', { name: tool.name }, { field: `tools.${i}.heldBy` })
    }
    return { name: tool.name, expected: tool.expected, counted: line.counted, heldBy }
  })
}

export function checkCounts(summary: HandoverSummary, input: CountedInput): CheckedCounts {
  const cash = countCash(summary, input)
  const keys = countKeys(summary, input)
  const tools = countTools(summary, input)
  const keyDifferences = keys.filter((k) => k.counted !== k.expected).length
  const toolDifferences = tools.filter((t) => t.counted !== t.expected).length
  if ((cash.differenceFen !== 0 || keyDifferences > 0 || toolDifferences > 0) && !input.differencesAcknowledged) {
    throw new AppError('DIFFERENCES_NOT_ACKNOWLEDGED', {}, { field: 'differencesAcknowledged' })
  }
  return { cash, keys, tools, keyDifferences, toolDifferences }
}
