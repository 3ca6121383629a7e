import type { PrintJob } from '@shared/kernel/bridge'
import type { MoveInFees, MoveInNotice } from '@shared/checkin/api'
import { CHECKIN_CASES, CHECKIN_STEPS, REQUIRED_DOCUMENTS, type CheckinCase } from '@shared/checkin/rules'
import {
  a4Job,
  blank,
  caseWord,
  centi,
  documentWord,
  esc,
  facts,
  heading,
  NONE,
  paperDate,
  paperRoom,
  section,
  sheet,
  table,
  stepWord,
  yuan,
  type PaperContext
} from './paper-kit'

/**
 * 入住通知单: one A4 page per room, sent before the handover day so the owner comes with the right
 * papers (manual 002) and knows what will be charged. The documents are the ones the wizard will
 * ask for (rules.ts REQUIRED_DOCUMENTS), so the notice and the counter never disagree.
 */

// The notice is named as the document the owner brings; the flow is the wizard's steps (trusteeship only if chosen).
const TITLE = documentWord(null, 'moveInNotice')
const FLOW = CHECKIN_STEPS.filter((step) => step !== 'trusteeship')
  .map(stepWord)
  .join(' → ')

export interface NoticeOptions {
  /** The day the notice is issued (the core's today). */
  issuedOn: string
  /** When the office receives owners ('每日 9:00–17:30'); a line to fill in by hand when empty. */
  officeHours?: string
  /** Where to come ('物业服务中心（3栋首层）'); the estate's service centre when empty. */
  place?: string
  /** The office's phone for questions before the day; the line is left out when empty. */
  phone?: string
}

/** Each case with its documents, in the order the clerk asks for them. */
export function documentsByCase(): { case: CheckinCase; documents: string[] }[] {
  return CHECKIN_CASES.map((c) => ({ case: c, documents: REQUIRED_DOCUMENTS[c].map((d) => documentWord(c, d)) }))
}

const FEE_COLUMNS = [null, 46, 40] as const

/** A rate change (or the trusteeship share) inside the prepaid months: the first month's charge is not every month's. */
const sameEachMonth = (p: MoveInFees['prepay'][number]) =>
  p.monthly.slice(0, p.months).every((m) => m.amountFen === p.monthlyFen)

/** The fees due at move-in: months × monthly of each prepaid item, the one-offs, what is unpaid, the total. */
export function feeRows(fees: MoveInFees): string[][] {
  const rows = fees.prepay.map((p) => [
    `${esc(p.name)}（自 ${esc(p.fromPeriod)} 起预交 ${p.months} 个月）`,
    sameEachMonth(p) ? `<span class="num">${yuan(p.monthlyFen)} × ${p.months}</span>` : `逐月计价 × ${p.months}`,
    `<div class="num">${yuan(p.amountFen)}</div>`
  ])
  for (const o of fees.oneOff)
    rows.push([esc(o.name), '<span class="num">一次性</span>', `<div class="num">${yuan(o.amountFen)}</div>`])
  if (fees.unpaidFen > 0) rows.push(['往期未缴费用', '', `<div class="num">${yuan(fees.unpaidFen)}</div>`])
  return rows
}

function feesTable(fees: MoveInFees): string {
  // The core's total is what the counter will charge, so it is printed as the core gives it.
  const total = `<tr class="total"><td colspan="2">合计（元）</td><td><div class="num">${yuan(fees.totalFen)}</div></td></tr>`
  const html = table(['收费项目', '单价（元/月）× 月数', '金额（元）'], feeRows(fees), FEE_COLUMNS)
  return html.replace('</tbody>', `${total}</tbody>`)
}

function documentsList(): string {
  const items = documentsByCase()
    .map((c) => `<li><b>${esc(caseWord(c.case))}：</b>${c.documents.map(esc).join('、')}</li>`)
    .join('')
  return `<ul>${items}</ul>`
}

function noticeSheet(notice: MoveInNotice, ctx: PaperContext, options: NoticeOptions): string {
  const room = paperRoom(notice.roomCode)
  const hours = options.officeHours?.trim() ? esc(options.officeHours) : blank(60)
  const place = options.place?.trim() ? esc(options.place) : `${esc(ctx.estateName)}物业服务中心`
  const body =
    heading(ctx, TITLE, `${room}`) +
    facts([
      ['房　　号', esc(room)],
      ['建筑面积', `${centi(notice.areaCenti)} 平方米`],
      ['业　　主', notice.ownerNames.trim() ? esc(notice.ownerNames) : NONE]
    ]) +
    `<p style="margin-top:3mm;text-indent:2em">尊敬的${esc(notice.ownerNames || '业主')}：您好！您购买的 ${esc(room)} 已具备交付条件，` +
    `欢迎您前来办理入住手续。为节省您的时间，请按下列要求携带资料（原件，复印件由服务中心留存），并准备好入住时应交的费用。</p>` +
    section('一、办理入住须携带的资料') +
    documentsList() +
    '<p>委托他人办理的，委托书须写明委托事项和有效期限；单位购房的，单位证明须加盖公章。</p>' +
    section('二、入住时应交的费用') +
    feesTable(notice.fees) +
    (notice.fees.totalFen > 0 ? '<p>可用现金、银行卡或扫码支付，服务中心当场开具收据。</p>' : '') +
    section('三、办理时间和地点') +
    `<p>办理时间：${hours}</p><p>办理地点：${place}</p>` +
    (options.phone?.trim() ? `<p>联系电话：${esc(options.phone)}</p>` : '') +
    `<p>办理流程：${FLOW}。</p>` +
    section('四、业主回执') +
    '<p>本人已收到入住通知单，知悉所需资料和费用。</p>' +
    `<div class="sign"><div>业主签字：${blank(40)}</div><div>日期：${paperDate(null)}</div></div>` +
    `<div class="sign" style="margin-top:8mm"><div></div><div style="text-align:right">${esc(ctx.companyName)}<br>` +
    `${esc(ctx.estateName)}物业服务中心（盖章）<br>${paperDate(options.issuedOn)}</div></div>`
  return sheet('notice', body, `${TITLE} · ${room}`)
}

/** The notices of a batch of rooms: one job, one page per room, in the order given. */
export function noticesJob(notices: readonly MoveInNotice[], ctx: PaperContext, options: NoticeOptions): PrintJob {
  const first = notices[0]
  const name =
    notices.length === 1 && first ? `checkin-${first.roomCode}-notice` : `checkin-notices-${options.issuedOn}`
  return a4Job(
    `${TITLE}（${notices.length} 户）`,
    notices.map((n) => noticeSheet(n, ctx, options)),
    name
  )
}
