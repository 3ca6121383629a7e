import type { KeysSection } from '@shared/handover/sections'
import type { KeyCountLine, ToolCountLine } from '@shared/handover/types'
import { cell, type FlowBlock, type FlowCell } from './sheet-flow'
import { namedWord, paperRoom, paperTime, signedCount, type PaperWords } from './sheet-kit'

/**
 * 钥匙 and 工具与物品 on the sheet: each cabinet's sets expected on their hooks against the count,
 * the keys still out (overdue first, as the keys capability orders them), and the configured tools
 * counted, a missing one naming who had it (the manual's rule: they answer for it).
 */

/** Expected, counted and the difference, the difference in bold when there is one. */
function countCells(expected: number, counted: number): FlowCell[] {
  const difference = counted - expected
  return [cell(expected), cell(counted), cell(signedCount(difference), difference === 0 ? 'num' : 'num diff')]
}

function countColumns(w: PaperWords, expectedHead: string) {
  return [
    { head: expectedHead, widthMm: 26, className: 'num' },
    { head: w.t('handoverPaper.count.counted'), widthMm: 22, className: 'num' },
    { head: w.t('handoverPaper.count.difference'), widthMm: 22, className: 'num' }
  ]
}

export function keyBlocks(
  w: PaperWords,
  lines: readonly KeyCountLine[],
  section: KeysSection | undefined,
  heading: (title: string) => string
): FlowBlock[] {
  const none = w.t('handoverPaper.none')
  const counts: FlowBlock = {
    kind: 'table',
    key: 'keys',
    title: heading(namedWord(w, section?.titleKey ?? 'handover.section.keys')),
    level: 2,
    ...(section ? { note: w.t('handoverPaper.keys.movements', { count: section.movements }) } : {}),
    columns: [
      { head: w.t('handoverPaper.keys.cabinet'), widthMm: null },
      ...countColumns(w, w.t('handoverPaper.keys.expected'))
    ],
    rows: lines.map((l) => [cell(l.name), ...countCells(l.expected, l.counted)]),
    empty: none
  }
  const out: FlowBlock = {
    kind: 'table',
    key: 'keys-out',
    title: w.t('handoverPaper.keys.out'),
    level: 3,
    columns: [
      { head: w.t('handoverPaper.keys.tag'), widthMm: 26 },
      { head: w.t('handoverPaper.keys.room'), widthMm: 30 },
      { head: w.t('handoverPaper.keys.borrower'), widthMm: null },
      { head: w.t('handoverPaper.keys.since'), widthMm: 35 },
      { head: w.t('handoverPaper.keys.due'), widthMm: 35 },
      { head: '', widthMm: 14, className: 'c' }
    ],
    rows: (section?.out ?? []).map((k) => [
      cell(k.tag, 'mono'),
      cell(paperRoom(w, k.roomCode)),
      cell(k.borrower),
      cell(paperTime(k.since)),
      cell(paperTime(k.due)),
      cell(k.overdue ? w.t('handoverPaper.keys.overdue') : '', k.overdue ? 'c diff' : 'c')
    ]),
    empty: none
  }
  return [counts, out]
}

export function toolsBlock(
  w: PaperWords,
  tools: readonly ToolCountLine[],
  heading: (title: string) => string
): FlowBlock {
  return {
    kind: 'table',
    key: 'tools',
    title: heading(w.t('handover.section.tools')),
    level: 2,
    columns: [
      { head: w.t('handoverPaper.tools.name'), widthMm: null },
      ...countColumns(w, w.t('handoverPaper.count.expected')),
      { head: w.t('handoverPaper.tools.heldBy'), widthMm: 55 }
    ],
    rows: tools.map((tool) => [cell(tool.name), ...countCells(tool.expected, tool.counted), cell(tool.heldBy)]),
    empty: w.t('handoverPaper.none')
  }
}
