import type { PrintJob } from '@shared/kernel/bridge'
import type { CheckinView } from '@shared/checkin/api'
import {
  a4Job,
  blank,
  caseWord,
  centi,
  esc,
  facts,
  heading,
  NONE,
  orNone,
  paperDate,
  paperRoom,
  relationWord,
  section,
  sheet,
  table,
  word,
  type PaperContext
} from './paper-kit'

/**
 * 住户登记表: who lives in the home as the household file holds them, for the owner to check and
 * sign. Phones are printed masked as the view has them (the form lies on the counter); the owner
 * writes any missing person or number on the blank rows, and the clerk enters them afterwards.
 */

/** Blank rows under the registered persons: at least this many, and the table at least this long. */
const MIN_BLANK_ROWS = 3
const MIN_ROWS = 10

export function registrationRows(view: CheckinView): string[][] {
  return view.parties.map((p, i) => [
    `<div class="c">${i + 1}</div>`,
    esc(relationWord(p.relation)),
    esc(p.name),
    p.kind === 'company' ? '单位' : '个人',
    esc(p.phoneMasked),
    '',
    p.relation === 'agent' && p.poaTo ? `委托至 ${esc(p.poaTo)}` : ''
  ])
}

function poaSection(view: CheckinView): string {
  if (view.case !== 'agent') return ''
  const poa = view.steps.identity?.poa ?? null
  const agents = view.parties.filter((p) => p.relation === 'agent').map((p) => p.name)
  return (
    section('三、委托代理') +
    facts([
      ['受 托 人', agents.length ? esc(agents.join('、')) : NONE],
      ['委托期限', poa ? `${esc(paperDate(poa.from))} 至 ${esc(paperDate(poa.to))}` : NONE],
      ['委托事项', poa ? esc(poa.scope) : NONE]
    ])
  )
}

function registrationSheet(view: CheckinView, ctx: PaperContext): string {
  const room = paperRoom(view.roomCode)
  const rows = registrationRows(view)
  const blanks = Math.max(MIN_BLANK_ROWS, MIN_ROWS - rows.length)
  const empty = Array.from({ length: blanks }, () => ['&nbsp;', '', '', '', '', '', ''])
  const persons = table(
    ['序', '关系', '姓名', '类型', '联系电话', '身份证号码（请填写）', '备注'],
    [...rows, ...empty],
    [9, 18, 26, 12, 28, null, 34],
    'tall'
  )
  const body =
    heading(ctx, word('checkinPaper.title.registration'), room) +
    section('一、房屋') +
    facts([
      ['房　　号', esc(room)],
      ['建筑面积', `${centi(view.roomAreaCenti)} 平方米`],
      ['业　　主', orNone(view.ownerNames)],
      ['办理方式', esc(caseWord(view.case))],
      ['登记日期', esc(paperDate(view.startedAt))],
      ['经 办 人', esc(view.startedBy)]
    ]) +
    section('二、住户（业主、共有人、家庭成员、租户）') +
    persons +
    '<p>电话号码已部分隐去。如有未登记的住户或号码有误，请在空白行填写：关系、姓名、联系电话、身份证号码。</p>' +
    poaSection(view) +
    section(view.case === 'agent' ? '四、业主确认' : '三、业主确认') +
    '<p>以上登记内容属实。登记信息仅用于物业服务和紧急联系，服务中心不向第三方提供。住户或联系方式变更时，本人将及时告知服务中心。</p>' +
    (view.steps.registration?.notes ? `<p>备注：${esc(view.steps.registration.notes)}</p>` : '') +
    `<div class="sign"><div>业主签字：${blank(36)}</div><div>日期：${paperDate(null)}</div>` +
    `<div>经办人：${esc(view.startedBy)} ${blank(22)}</div></div>`
  return sheet('registration', body, `${word('checkinPaper.title.registration')} · ${room}`)
}

export function registrationJob(view: CheckinView, ctx: PaperContext): PrintJob {
  return a4Job(
    `${word('checkinPaper.title.registration')} ${paperRoom(view.roomCode)}`,
    [registrationSheet(view, ctx)],
    `checkin-${view.roomCode}-registration`
  )
}
