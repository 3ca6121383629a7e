import type { PrintJob } from '@shared/kernel/bridge'
import type { CheckinView } from '@shared/checkin/api'
import { paginate, type FlowBlock } from './paper-flow'
import {
  agreementsBlock,
  defectsBlock,
  documentsBlock,
  gridBlock,
  itemsBlock,
  metersBlock,
  trusteeshipBlock,
  type HandoverWorkOrder
} from './handover-sections'
import {
  a4Job,
  blank,
  caseWord,
  centi,
  esc,
  facts,
  heading,
  orNone,
  paperDate,
  paperRoom,
  word,
  type PaperContext
} from './paper-kit'

export type { HandoverWorkOrder } from './handover-sections'

/**
 * 房屋质量验收登记表（交接单）: the record of the whole check-in that the owner, the inspector and
 * the counter sign — what was verified, signed, handed over and read, the checklist with every
 * defect and its work order, and whether the home went into trusteeship. A4, one or two pages
 * (more only for a very long checklist); the shell keeps its PDF copy.
 */

/** Room for sections on the first sheet (under the heading and the facts) and on the next ones, in mm. */
const FIRST_SHEET_MM = 210
const NEXT_SHEET_MM = 258
const SIGN_MM = 44

function signBlock(view: CheckinView): FlowBlock {
  const inspector = view.steps.inspection?.inspector ?? ''
  const clerk = view.finishedBy ?? view.startedBy
  const html =
    '<h2>八、签字确认</h2>' +
    '<p>以上资料已核验，文件已签署，钥匙物品已领取，水电燃气底数经双方确认；房屋已按清单验收，所列缺陷由维修工作单跟进，' +
    '修复后另行预约复验。</p>' +
    '<div class="sign">' +
    `<div>业主（签字）：${blank(24)}<br>日期：${paperDate(null)}</div>` +
    `<div>验收人：${inspector ? esc(inspector) : ''} ${blank(inspector ? 14 : 26)}<br>日期：${paperDate(null)}</div>` +
    `<div>客服：${esc(clerk)} ${blank(16)}<br>日期：${paperDate(null)}</div>` +
    '</div>'
  return { kind: 'html', html, mm: SIGN_MM }
}

function headBlock(view: CheckinView, ctx: PaperContext): string {
  const room = paperRoom(view.roomCode)
  return (
    heading(ctx, word('checkinPaper.title.handover'), `入住办理第 ${view.id} 号`) +
    facts([
      ['房　　号', esc(room)],
      ['业　　主', orNone(view.ownerNames)],
      ['建筑面积', `${centi(view.roomAreaCenti)} 平方米`],
      ['办理方式', esc(caseWord(view.case))],
      ['办理日期', esc(paperDate(view.finishedAt ?? view.lastSavedAt))],
      ['客　　服', esc(view.finishedBy ?? view.startedBy)],
      ['验 收 人', orNone(view.steps.inspection?.inspector)],
      ['房屋托管', view.steps.trusteeship ? (view.steps.trusteeship.wanted ? '是' : '否') : '未定']
    ])
  )
}

/** The form of a check-in, with the work orders its defects became (workOrders.get of view.workOrderIds). */
export function handoverJob(view: CheckinView, orders: readonly HandoverWorkOrder[], ctx: PaperContext): PrintJob {
  const room = paperRoom(view.roomCode)
  const blocks: FlowBlock[] = [
    documentsBlock(view),
    agreementsBlock(view),
    itemsBlock(view),
    metersBlock(view),
    gridBlock(view),
    defectsBlock(view, orders),
    trusteeshipBlock(view),
    signBlock(view)
  ]
  const pages = paginate(blocks, FIRST_SHEET_MM, NEXT_SHEET_MM)
  const title = word('checkinPaper.title.handover')
  const sheets = pages.map((content, i) => {
    const top =
      i === 0
        ? headBlock(view, ctx)
        : `<div class="sub" style="text-align:left">${esc(title)} · ${esc(room)}（续）</div>`
    const foot = `${title} · ${room} · 第 ${i + 1} 页 共 ${pages.length} 页`
    return `<div class="sheet" data-paper="handover">${top}${content}<div class="foot">${esc(foot)}</div></div>`
  })
  return a4Job(`${title} ${room}`, sheets, `checkin-${view.roomCode}-handover`)
}
