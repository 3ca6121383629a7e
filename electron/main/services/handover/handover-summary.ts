import { api } from '../../../../shared/api'
import type { MoneySection } from '../../../../shared/handover/sections'
import type { HandoverSummary } from '../../../../shared/handover/types'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { handoverWindow, previousHandover, requireOpenShift } from './handover-window'
import { readHandoverSettings } from './settings-store'

/**
 * The outgoing shift's handover as the data has it: every capability's section (money, keys, open
 * matters) for the window since the previous handover, the float plus the window's net cash as
 * what the drawer should hold, the tools to count, and the previous handover's notes. The same
 * function builds the sheet inside the handover's transaction, so what is signed is what the data
 * said at that moment.
 */
export function buildSummary(ctx: ServiceContext, counterId: number): HandoverSummary {
  const sqlite = ctx.store.sqlite
  const shift = requireOpenShift(sqlite, counterId)
  const previous = previousHandover(sqlite, counterId)
  const window = handoverWindow(sqlite, counterId, previous, ctx.now())
  const sections = ctx.handoverProviders
    .flatMap((provider) => provider(sqlite, window))
    .sort((a, b) => a.order - b.order)
  const settings = readHandoverSettings(ctx.db)
  const money = sections.find((s): s is MoneySection => s.kind === 'money')
  return {
    shift,
    periodFrom: window.from,
    periodTo: window.to,
    shiftIds: window.shiftIds,
    sections,
    cashFloatFen: settings.cashFloatFen,
    cashExpectedFen: settings.cashFloatFen + (money?.cashNetFen ?? 0),
    tools: settings.tools,
    previous: previous && {
      id: previous.id,
      number: previous.number,
      at: previous.at,
      notes: previous.notes,
      notesImportant: previous.notesImportant
    }
  }
}

const summary = handle(api.handover.summary, {
  run: (ctx) => buildSummary(ctx, ctx.requireSession().counterId)
})

export const summaryHandlers = [summary]
