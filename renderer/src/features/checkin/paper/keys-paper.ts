import type { PrintJob } from '@shared/kernel/bridge'
import type { CheckinView } from '@shared/checkin/api'
import {
  a4Job,
  blank,
  esc,
  facts,
  heading,
  orNone,
  paperDate,
  paperRoom,
  section,
  sheet,
  table,
  word,
  type PaperContext
} from './paper-kit'

/**
 * 钥匙签收表: the keys, cards, handbook and drawings handed over at move-in, each with its count
 * and the owner's tick, signed by the owner. Before the items step is saved it lists the
 * settings' items with their usual counts and empty boxes, to be filled in by hand.
 */

export interface HandedItem {
  name: string
  count: number | null
  /** null: not yet confirmed (an empty box to tick by hand). */
  received: boolean | null
}

/** The items as saved in the items step, named from the settings; the settings' list when not saved yet. */
export function handedItems(view: CheckinView): HandedItem[] {
  const named = new Map(view.settings.items.map((i) => [i.key, i.name]))
  const saved = view.steps.items?.items
  if (!saved) return view.settings.items.map((i) => ({ name: i.name, count: i.defaultCount, received: null }))
  return saved.map((i) => ({ name: named.get(i.key) ?? i.key, count: i.count, received: i.received }))
}

export const tick = (received: boolean | null) => (received === null ? '☐' : received ? '☑ 已领' : '☒ 未领')

function keysSheet(view: CheckinView, ctx: PaperContext): string {
  const room = paperRoom(view.roomCode)
  const items = handedItems(view)
  const rows = items.map((item, i) => [
    `<div class="c">${i + 1}</div>`,
    esc(item.name),
    `<div class="c">${item.count ?? ''}</div>`,
    `<div class="c">${tick(item.received)}</div>`,
    ''
  ])
  const total = items.reduce((s, i) => s + (i.count ?? 0), 0)
  const body =
    heading(ctx, word('checkinPaper.title.keys'), room) +
    facts([
      ['房　　号', esc(room)],
      ['业　　主', orNone(view.ownerNames)],
      ['交付日期', esc(paperDate(view.finishedAt ?? view.lastSavedAt))],
      ['经 办 人', esc(view.finishedBy ?? view.startedBy)]
    ]) +
    section('移交物品') +
    table(['序', '物品', '数量', '业主确认领取', '备注'], rows, [10, null, 20, 34, 40], 'tall') +
    `<p>共 ${items.length} 项，${total} 件。</p>` +
    (view.steps.items?.notes ? `<p>备注：${esc(view.steps.items.notes)}</p>` : '') +
    '<p style="margin-top:2mm">本人已当面清点并领取上述钥匙和物品，数量无误。钥匙由本人妥善保管；如需配制或遗失补办，' +
    '请到服务中心登记。入户门锁芯建议入住后自行更换。</p>' +
    `<div class="sign"><div>业主签收：${blank(36)}</div><div>日期：${paperDate(null)}</div>` +
    `<div>经办人：${esc(view.finishedBy ?? view.startedBy)} ${blank(22)}</div></div>`
  return sheet('keys', body, `${word('checkinPaper.title.keys')} · ${room}`)
}

export function keySignOffJob(view: CheckinView, ctx: PaperContext): PrintJob {
  return a4Job(
    `${word('checkinPaper.title.keys')} ${paperRoom(view.roomCode)}`,
    [keysSheet(view, ctx)],
    `checkin-${view.roomCode}-keys`
  )
}
