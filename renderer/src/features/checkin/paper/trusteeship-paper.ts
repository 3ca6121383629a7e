import type { PrintJob } from '@shared/kernel/bridge'
import type { CheckinView } from '@shared/checkin/api'
import { METER_KINDS } from '@shared/checkin/rules'
import {
  a4Job,
  blank,
  centi,
  esc,
  facts,
  heading,
  meterWord,
  NONE,
  orNone,
  paperDate,
  paperRoom,
  section,
  sheet,
  table,
  unitWord,
  word,
  type PaperContext
} from './paper-kit'

/**
 * 房屋托管协议: the owner hands the empty home to the service centre until moving in. It fixes the
 * start readings (the meters step), the use allowed before the centre calls the owner (the
 * settings' limits), the share of the fee while in trusteeship and the patrols the centre
 * promises (weekly from outside, and before and after heavy rain).
 */

/** A fee charged at a share while the home is in trusteeship (fees' trusteeshipPercent, e.g. 物业费 70 %). */
export interface FeeShare {
  name: string
  percent: number
}

function readingsTable(view: CheckinView): string {
  const rows = (view.steps.meters?.readings ?? []).map((r) => [
    esc(meterWord(r.kind)),
    esc(r.meterNumber || '—'),
    `<span class="num">${centi(r.reading)}</span> ${esc(unitWord(r.kind))}`
  ])
  return table(['表', '表号', '托管开始读数'], rows, [40, 70, null])
}

function limitsText(view: CheckinView): string {
  const limits = view.settings.trusteeshipLimits
  return METER_KINDS.map((k) => `${meterWord(k)}超过 ${limits[k]} ${unitWord(k)}`).join('、')
}

function sharesText(shares: readonly FeeShare[]): string {
  const reduced = shares.filter((s) => s.percent < 100)
  if (!reduced.length) return '托管期间各项费用按正常标准收取。'
  return `托管期间${reduced.map((s) => `${esc(s.name)}按正常标准的 ${s.percent}% 收取`).join('，')}；其他费用按正常标准收取。`
}

function agreementSheet(view: CheckinView, shares: readonly FeeShare[], ctx: PaperContext): string {
  const room = paperRoom(view.roomCode)
  const t = view.steps.trusteeship
  const period = t?.from ? `${paperDate(t.from)} 至 ${t.to ? paperDate(t.to) : '甲方书面通知结束之日'}` : NONE
  const body =
    heading(ctx, word('checkinPaper.title.trusteeship'), room) +
    facts([
      ['甲方（业主）', orNone(view.ownerNames)],
      ['乙方', `${esc(ctx.estateName)}物业服务中心`],
      ['托管房屋', esc(room)],
      ['建筑面积', `${centi(view.roomAreaCenti)} 平方米`],
      ['托管期限', esc(period)],
      ['签订日期', esc(paperDate(t?.agreementSignedOn))]
    ]) +
    '<p style="margin-top:2.5mm;text-indent:2em">甲方暂不入住上述房屋，自愿交乙方托管。双方约定如下：</p>' +
    section('一、托管开始时的表读数（双方当面确认）') +
    readingsTable(view) +
    section('二、乙方的责任') +
    '<ol>' +
    '<li>每周至少一次从房屋外部巡查（门窗、外墙、管道、有无渗漏水和异味），记录巡查日期、巡查人和情况。</li>' +
    '<li>暴雨、台风等恶劣天气来临前和过后各巡查一次，重点检查门窗关闭和排水情况。</li>' +
    `<li>定期抄录水、电、燃气表。托管开始后用量超过约定（${esc(limitsText(view))}）的，视为异常（可能漏水、漏电或有人进入），乙方当即通知甲方并协助查明原因。</li>` +
    '<li>发现异常情况及时通知甲方；危及房屋或相邻住户安全的紧急情况，乙方可先采取关闭总阀、断电等必要措施，事后告知甲方。</li>' +
    '<li>未经甲方同意，乙方不进入房屋（前款紧急情况除外），不将房屋交任何人使用。</li>' +
    '</ol>' +
    section('三、费用') +
    `<p>${sharesText(shares)}托管期间产生的水、电、燃气费用由甲方承担。</p>` +
    section('四、托管的结束') +
    '<p>甲方入住或不再需要托管时，到服务中心书面办理结束手续；双方当面抄录水、电、燃气表读数后，托管结束，房屋转为已入住。</p>' +
    (t?.notes ? `<p>备注：${esc(t.notes)}</p>` : '') +
    '<p>本协议一式两份，甲乙双方各执一份，自双方签字之日起生效。</p>' +
    `<div class="sign"><div>甲方（签字）：${blank(30)}<br>联系电话：${blank(32)}<br>日期：${paperDate(null)}</div>` +
    `<div>乙方：${esc(ctx.estateName)}物业服务中心（盖章）<br>经办人：${esc(view.finishedBy ?? view.startedBy)} ${blank(16)}<br>` +
    `日期：${paperDate(t?.agreementSignedOn)}</div></div>`
  return sheet('trusteeship', body, `${word('checkinPaper.title.trusteeship')} · ${room}`)
}

export function trusteeshipAgreementJob(view: CheckinView, shares: readonly FeeShare[], ctx: PaperContext): PrintJob {
  return a4Job(
    `${word('checkinPaper.title.trusteeship')} ${paperRoom(view.roomCode)}`,
    [agreementSheet(view, shares, ctx)],
    `checkin-${view.roomCode}-trusteeship`
  )
}
