import type { PaperView, RenovationView, WorkerView } from '@shared/permits/renovation-types'
import type { ReleaseView } from '@shared/permits/releases-api'

/**
 * Which papers may go to the printer. A paper is printed only while it can still be shown at the
 * gate (valid, or valid from a later day): a suspended or revoked renovation's permit, a pass
 * returned, lost or revoked, or a slip already used must not come out of the printer looking good.
 */

export const PRINTABLE_STANDINGS: readonly PaperView['standing'][] = ['valid', 'notYetValid']
/** A renovation in these states has no permit that may be posted. */
const HALTED: readonly RenovationView['status'][] = ['suspended', 'revoked']

/** Why a print is refused: the catalog's words and what fills them (kind / status / standing as keys). */
export type Refusal =
  | { key: 'permitPaper.refused.renovation'; number: string; status: RenovationView['status']; kind: PaperView['kind'] }
  | { key: 'permitPaper.refused.noPermit'; number: string }
  | { key: 'permitPaper.refused.paper'; number: string; standing: PaperView['standing']; kind: PaperView['kind'] }
  | { key: 'permitPaper.refused.noPasses' }

function paperRefusal(paper: PaperView): Refusal | null {
  return PRINTABLE_STANDINGS.includes(paper.standing)
    ? null
    : { key: 'permitPaper.refused.paper', number: paper.number, standing: paper.standing, kind: paper.kind }
}

/** The permit edition to print (the newest), or why none may be. */
export function permitToPrint(renovation: RenovationView): { permit: PaperView } | { refusal: Refusal } {
  if (HALTED.includes(renovation.status))
    return {
      refusal: {
        key: 'permitPaper.refused.renovation',
        number: renovation.number,
        status: renovation.status,
        kind: 'permit'
      }
    }
  const permit = renovation.permits[0]
  if (!permit) return { refusal: { key: 'permitPaper.refused.noPermit', number: renovation.number } }
  const refusal = paperRefusal(permit)
  return refusal ? { refusal } : { permit }
}

export interface PassToPrint {
  worker: WorkerView
  pass: PaperView
}

/** The named passes with their workers, in the order the workers were added; refused as a whole if one may not print. */
export function passesToPrint(
  renovation: RenovationView,
  passIds: readonly number[]
): { passes: PassToPrint[] } | { refusal: Refusal } {
  if (HALTED.includes(renovation.status))
    return {
      refusal: {
        key: 'permitPaper.refused.renovation',
        number: renovation.number,
        status: renovation.status,
        kind: 'pass'
      }
    }
  const wanted = new Set(passIds)
  const passes = renovation.workers.flatMap((worker) =>
    worker.passes.filter((pass) => wanted.has(pass.id)).map((pass) => ({ worker, pass }))
  )
  if (passes.length === 0) return { refusal: { key: 'permitPaper.refused.noPasses' } }
  for (const { pass } of passes) {
    const refusal = paperRefusal(pass)
    if (refusal) return { refusal }
  }
  return { passes }
}

/** A slip prints while it may still be used. */
export function slipRefusal(release: ReleaseView): Refusal | null {
  return paperRefusal(release.paper)
}
