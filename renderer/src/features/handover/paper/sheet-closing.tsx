import type { MattersSection, MatterUrgency } from '@shared/handover/sections'
import type { HandoverSheet } from '@shared/handover/types'
import { cell, facts, sectionPiece, Heading, type FlowBlock, type FlowPiece } from './sheet-flow'
import { headingMm, textMm } from './sheet-measure'
import { LINE_MM, namedWord, paperRoom, paperTime, type PaperWords } from './sheet-kit'

/**
 * The rest of the sheet: each capability's open matters (ledger, repairs, complaints, permits …,
 * whatever sections the data held), the incoming person's cleaning check, the outgoing person's
 * notes, the differences acknowledged and the backup, and the lines both people sign.
 */

const URGENCY_WORD: Partial<Record<MatterUrgency, 'overdue' | 'dueSoon' | 'dueToday'>> = {
  overdue: 'overdue',
  dueSoon: 'dueSoon',
  dueToday: 'dueToday'
}

export function mattersBlock(w: PaperWords, section: MattersSection, heading: (title: string) => string): FlowBlock {
  const shown = section.items.length
  return {
    kind: 'table',
    key: `matters-${section.id}`,
    title: heading(namedWord(w, section.titleKey)),
    level: 2,
    ...(section.total > shown ? { note: w.t('handoverPaper.matters.more', { total: section.total, shown }) } : {}),
    columns: [
      { head: w.t('handoverPaper.matters.ref'), widthMm: 30 },
      { head: w.t('handoverPaper.matters.room'), widthMm: 28 },
      { head: w.t('handoverPaper.matters.text'), widthMm: null },
      { head: w.t('handoverPaper.matters.status'), widthMm: 28 },
      { head: w.t('handoverPaper.matters.due'), widthMm: 33 }
    ],
    rows: section.items.map((item) => {
      const urgency = URGENCY_WORD[item.urgency]
      const due = [paperTime(item.due), urgency ? w.t(`handoverPaper.urgency.${urgency}`) : '']
        .filter(Boolean)
        .join('\n')
      return [
        cell(item.ref, 'mono'),
        cell(paperRoom(w, item.roomCode)),
        cell(item.text),
        cell(namedWord(w, item.statusKey, item.statusParams)),
        cell(
          due,
          item.urgency === 'overdue' ? 'diff' : undefined,
          due.split('\n').map((l, i) => <div key={i}>{l}</div>)
        )
      ]
    }),
    empty: w.t('handoverPaper.none')
  }
}

/** A section that is a line or a paragraph of text. */
function textPiece(key: string, title: string, text: string, className?: string): FlowPiece {
  return {
    kind: 'piece',
    key,
    node: (
      <>
        <Heading level={2} title={title} />
        <p className={className}>{text}</p>
      </>
    ),
    mm: headingMm(2) + textMm(text) + 1
  }
}

export function cleaningPiece(w: PaperWords, sheet: HandoverSheet, heading: (title: string) => string): FlowPiece {
  const { cleaning } = sheet
  const verdict = !cleaning
    ? w.t('handoverPaper.cleaning.none')
    : w.t(cleaning.ok ? 'handoverPaper.cleaning.ok' : 'handoverPaper.cleaning.notOk')
  const note = cleaning?.note ? `　${w.t('handoverPaper.cleaning.note', { note: cleaning.note })}` : ''
  return textPiece('cleaning', heading(w.t('handoverPaper.cleaning.title')), verdict + note)
}

export function notesPiece(w: PaperWords, sheet: HandoverSheet, heading: (title: string) => string): FlowPiece {
  const text = sheet.notes.trim() || w.t('handoverPaper.none')
  const mark = sheet.notesImportant && sheet.notes.trim() ? w.t('handoverPaper.notes.important') : ''
  return {
    kind: 'piece',
    key: 'notes',
    node: (
      <>
        <Heading level={2} title={heading(w.t('handoverPaper.notes.title'))} />
        <div className={mark ? 'notes important' : 'notes'} data-part="notes">
          {mark}
          {text}
        </div>
      </>
    ),
    mm: headingMm(2) + textMm(mark + text, 176) + 3
  }
}

/** Any count that differs: the cash, a cabinet, a tool. */
export function hasDifferences(sheet: HandoverSheet): boolean {
  return (
    sheet.cash.differenceFen !== 0 ||
    sheet.keys.some((k) => k.counted !== k.expected) ||
    sheet.tools.some((t) => t.counted !== t.expected)
  )
}

export function checkPiece(w: PaperWords, sheet: HandoverSheet, heading: (title: string) => string): FlowPiece {
  const differences = !hasDifferences(sheet)
    ? w.t('handoverPaper.check.noDifferences')
    : w.t(sheet.differencesAcknowledged ? 'handoverPaper.check.acknowledged' : 'handoverPaper.check.notAcknowledged')
  const backup = sheet.backup.file
    ? w.t('handoverPaper.check.backupFile', { file: sheet.backup.file })
    : w.t('handoverPaper.check.backupProblem', { problem: sheet.backup.problem || w.t('handoverPaper.none') })
  return sectionPiece(
    'check',
    heading(w.t('handoverPaper.check.title')),
    facts([
      { label: w.t('handoverPaper.check.differences'), value: differences, wide: true },
      { label: w.t('handoverPaper.check.backup'), value: backup, wide: true }
    ])
  )
}

/** Both people sign (a close without successor: the outgoing person and the supervisor who closed it). */
export function signPiece(w: PaperWords, sheet: HandoverSheet, heading: (title: string) => string): FlowPiece {
  const second = sheet.incoming
    ? { label: w.t('handoverPaper.sign.incoming'), name: sheet.incoming.name }
    : { label: w.t('handoverPaper.sign.closedBy'), name: sheet.closedAlone?.by ?? '' }
  const people = [{ label: w.t('handoverPaper.sign.outgoing'), name: sheet.outgoing.name }, second]
  return {
    kind: 'piece',
    key: 'sign',
    withPrevious: true,
    node: (
      <>
        <Heading level={2} title={heading(w.t('handoverPaper.sign.title'))} />
        <div className="sign" data-part="signatures">
          {people.map((p) => (
            <div key={p.label}>
              <div>
                {w.t('handoverPaper.sign.labelled', { label: p.label })}
                {p.name} <span className="line" style={{ minWidth: '30mm' }} />
              </div>
              <div>
                {w.t('handoverPaper.sign.labelled', { label: w.t('handoverPaper.sign.date') })}
                <span className="line" style={{ minWidth: '40mm' }} />
              </div>
            </div>
          ))}
        </div>
      </>
    ),
    mm: headingMm(2) + 2 * LINE_MM * (2.6 / 1.45) + 2
  }
}
