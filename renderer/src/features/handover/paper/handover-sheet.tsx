import type { PrintJob } from '@shared/kernel/bridge'
import type { HandoverSheet } from '@shared/handover/types'
import type { KeysSection, MattersSection, MoneySection } from '@shared/handover/sections'
import { facts, paginate, type Fact, type FlowBlock, type FlowPiece } from './sheet-flow'
import { cashPiece, moneyBlocks } from './sheet-money'
import { keyBlocks, toolsBlock } from './sheet-counts'
import { checkPiece, cleaningPiece, mattersBlock, notesPiece, signPiece } from './sheet-closing'
import { paperTime, sectionNumber, sheetJob, TEXT_HEIGHT_MM, type PaperContext, type PaperWords } from './sheet-kit'

/**
 * 交接班记录表 (A4 portrait): the record as signed (`handovers.sheet`), the original and every copy
 * alike, copies marked 副本 N on every page. Sections in the data's order — money and the cash
 * count, keys and tools, then each capability's open matters — and the closing checks and
 * signatures; a long list goes on to further pages, each numbered.
 */

/** The first sheet's heading (company, title, service centre) and a later sheet's one line, with some slack. */
const FIRST_HEAD_MM = 25
const NEXT_HEAD_MM = 8.6
const SLACK_MM = 4

/** handover.printed counts the prints from 1, the original; every later one is a copy, marked with its number. */
export const isCopy = (copyNumber: number) => copyNumber > 1

function headPiece(w: PaperWords, sheet: HandoverSheet): FlowPiece {
  const kind = (k: HandoverSheet['outgoing']['shiftKind']) => w.t(`shift.kind.${k}`)
  const list: Fact[] = [
    { label: w.t('handoverPaper.fact.number'), value: sheet.number, className: 'mono' },
    { label: w.t('handoverPaper.fact.at'), value: paperTime(sheet.at) },
    { label: w.t('handoverPaper.fact.counter'), value: sheet.counterName },
    {
      label: w.t('handoverPaper.fact.period'),
      value: w.t('handoverPaper.range', { from: paperTime(sheet.periodFrom), to: paperTime(sheet.periodTo) })
    },
    {
      label: w.t('handoverPaper.fact.outgoing'),
      value: w.t('handoverPaper.person', { name: sheet.outgoing.name, kind: kind(sheet.outgoing.shiftKind) })
    },
    { label: w.t('handoverPaper.fact.openedAt'), value: paperTime(sheet.outgoing.openedAt) }
  ]
  if (sheet.incoming)
    list.push({
      label: w.t('handoverPaper.fact.incoming'),
      value: w.t('handoverPaper.person', { name: sheet.incoming.name, kind: kind(sheet.incoming.shiftKind) }),
      wide: true
    })
  else
    list.push(
      { label: w.t('handoverPaper.fact.incoming'), value: w.t('handoverPaper.noSuccessor'), className: 'diff' },
      { label: w.t('handoverPaper.fact.closedBy'), value: sheet.closedAlone?.by ?? '' },
      { label: w.t('handoverPaper.fact.closeReason'), value: sheet.closedAlone?.reason ?? '', wide: true }
    )
  const grid = facts(list)
  return { kind: 'piece', key: 'head', node: grid.node, mm: grid.mm }
}

function sheetBlocks(w: PaperWords, sheet: HandoverSheet): FlowBlock[] {
  let n = 0
  const heading = (title: string) => w.t('handoverPaper.heading', { n: sectionNumber(w.locale, ++n), title })
  const sections = [...sheet.sections].sort((a, b) => a.order - b.order)
  const money = sections.find((s): s is MoneySection => s.kind === 'money')
  const keys = sections.find((s): s is KeysSection => s.kind === 'keys')
  const matters = sections.filter((s): s is MattersSection => s.kind === 'matters')
  return [
    headPiece(w, sheet),
    ...(money ? moneyBlocks(w, money, heading) : []),
    cashPiece(w, sheet.cash, heading),
    ...keyBlocks(w, sheet.keys, keys, heading),
    toolsBlock(w, sheet.tools, heading),
    ...matters.map((m) => mattersBlock(w, m, heading)),
    cleaningPiece(w, sheet, heading),
    notesPiece(w, sheet, heading),
    checkPiece(w, sheet, heading),
    signPiece(w, sheet, heading)
  ]
}

export function handoverSheetJob(sheet: HandoverSheet, copyNumber: number, ctx: PaperContext, w: PaperWords): PrintJob {
  const title = w.t('handoverPaper.title')
  const pages = paginate(
    sheetBlocks(w, sheet),
    { firstMm: TEXT_HEIGHT_MM - FIRST_HEAD_MM - SLACK_MM, nextMm: TEXT_HEIGHT_MM - NEXT_HEAD_MM - SLACK_MM },
    (heading) => w.t('handoverPaper.continued', { title: heading })
  )
  const copy = isCopy(copyNumber) ? w.t('handoverPaper.copy', { n: copyNumber }) : null
  const sheets = pages.map((content, i) => (
    <div className="sheet" data-paper="handover-sheet" key={i}>
      {i === 0 ? (
        <>
          {copy && (
            <div className="copy" data-part="copy">
              {copy}
            </div>
          )}
          <div className="company">{ctx.companyName}</div>
          <h1 className="title">{title}</h1>
          <div className="sub">{w.t('handoverPaper.center', { estate: ctx.estateName })}</div>
        </>
      ) : (
        <div className="cont">
          <span>{w.t('handoverPaper.continued', { title: `${title} ${sheet.number}` })}</span>
          {copy && (
            <span className="copy" data-part="copy">
              {copy}
            </span>
          )}
        </div>
      )}
      {content}
      <div className="foot">
        {w.t('handoverPaper.footer', { title, number: sheet.number, page: i + 1, pages: pages.length })}
      </div>
    </div>
  ))
  const fileName = `handover-${sheet.number}${copy ? `-copy-${copyNumber}` : ''}`
  return sheetJob(`${title} ${sheet.number}`, fileName, w.locale, sheets)
}
