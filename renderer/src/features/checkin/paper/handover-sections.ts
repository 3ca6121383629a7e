import type { CheckinView } from '@shared/checkin/api'
import { REQUIRED_DOCUMENTS, type CheckinDocument } from '@shared/checkin/rules'
import type { StepData } from '@shared/checkin/steps'
import { cell, type FlowBlock, type FlowRow } from './paper-flow'
import { handedItems, tick } from './keys-paper'
import { centi, documentWord, esc, meterWord, NONE, paperDate, stepWord, unitWord, word } from './paper-kit'

/**
 * The sections of the handover form (房屋质量验收登记表 / 交接单) as blocks for paper-flow: each
 * from one step of the check-in, each printed even when empty (无), so the signed paper shows that
 * nothing was left out rather than that a section was forgotten.
 */

/** A work order made from a defect, as the form prints it. */
export interface HandoverWorkOrder {
  id: number
  number: string
  location: string
  category: string
  description: string
}

type Line = StepData['inspection']['lines'][number]

/** The documents of the case (and any other ticked), each verified or not, with whether a scan was taken. */
export function documentsBlock(view: CheckinView): FlowBlock {
  const identity = view.steps.identity
  const shown = identity?.documents ?? []
  const keys: CheckinDocument[] = [
    ...(view.case ? REQUIRED_DOCUMENTS[view.case] : []),
    ...shown.map((d) => d.key as CheckinDocument)
  ].filter((k, i, all) => all.indexOf(k) === i)
  const rows: FlowRow[] = keys.map((key) => {
    const doc = shown.find((d) => d.key === key)
    return [
      cell(documentWord(view.case, key)),
      cell(doc?.verified ? '☑ 已核验' : '☐ 未核验'),
      cell(doc?.attachmentId ? '已留存' : '—')
    ]
  })
  const poa = identity?.poa
  if (view.case === 'agent')
    rows.push([
      cell('委托事项及期限'),
      cell(poa ? `${poa.scope}（${paperDate(poa.from)} 至 ${paperDate(poa.to)}）` : NONE),
      cell('')
    ])
  return {
    kind: 'table',
    title: `一、${stepWord('identity')}`,
    columns: [
      { head: '资料', widthMm: 52 },
      { head: '核验', widthMm: null },
      { head: '扫描件', widthMm: 28 }
    ],
    rows
  }
}

/** Every agreement of the settings (and any signed one no longer listed), signed with its date or not. */
export function agreementsBlock(view: CheckinView): FlowBlock {
  const signed = view.steps.agreements?.signed ?? []
  const listed = view.settings.agreements.map((a) => ({ key: a.key, name: a.name, required: a.required }))
  const extra = signed
    .filter((s) => !listed.some((a) => a.key === s.key))
    .map((s) => ({ key: s.key, name: s.key, required: false }))
  const rows = [...listed, ...extra].map((a) => {
    const on = signed.find((s) => s.key === a.key)?.signedOn
    return [cell(a.name), cell(a.required ? '必签' : '选签'), cell(on ? `☑ 已签 ${paperDate(on)}` : '☐ 未签')]
  })
  return {
    kind: 'table',
    title: `二、${stepWord('agreements')}`,
    columns: [
      { head: '文件', widthMm: 70 },
      { head: '要求', widthMm: 22 },
      { head: '签署', widthMm: null }
    ],
    rows
  }
}

export function itemsBlock(view: CheckinView): FlowBlock {
  const saved = view.steps.items !== undefined
  const rows = saved ? handedItems(view).map((i) => [cell(i.name), cell(i.count ?? ''), cell(tick(i.received))]) : []
  return {
    kind: 'table',
    title: '三、移交钥匙和物品',
    columns: [
      { head: '物品', widthMm: 70 },
      { head: '数量', widthMm: 22 },
      { head: '业主确认领取', widthMm: null }
    ],
    rows
  }
}

export function metersBlock(view: CheckinView): FlowBlock {
  const meters = view.steps.meters
  const rows = (meters?.readings ?? []).map((r) => [
    cell(meterWord(r.kind)),
    cell(r.meterNumber || '—'),
    cell(
      `${centi(r.reading)} ${unitWord(r.kind)}`,
      `<span class="num">${centi(r.reading)}</span> ${esc(unitWord(r.kind))}`
    )
  ])
  const confirmed = meters ? (meters.ownerConfirmed ? '业主已当面确认' : '业主未确认') : ''
  return {
    kind: 'table',
    title: `四、${stepWord('meters')}${confirmed ? `（${confirmed}）` : ''}`,
    columns: [
      { head: '表', widthMm: 40 },
      { head: '表号', widthMm: 70 },
      { head: '读数', widthMm: null }
    ],
    rows
  }
}

/** The checklist as a grid: one row per area, each item with 合格 or 缺陷. */
export function gridBlock(view: CheckinView): FlowBlock {
  const lines = view.steps.inspection?.lines ?? []
  const areas = lines.map((l) => l.area).filter((a, i, all) => all.indexOf(a) === i)
  const rows = areas.map((area) => {
    const own = lines.filter((l) => l.area === area)
    const text = own.map((l) => `${l.item} ${word(`checkinPaper.result.${l.result}`)}`).join('　')
    const html = own
      .map((l) => {
        const result = word(`checkinPaper.result.${l.result}`)
        const mark = l.result === 'defect' ? `<b class="defect">☒${result}</b>` : `☑${result}`
        return `<span class="it">${esc(l.item)} ${mark}</span>`
      })
      .join('')
    const defects = own.filter((l) => l.result === 'defect').length
    return [cell(area), cell(text, html), cell(defects ? `${defects} 处` : '—')]
  })
  const passed = lines.filter((l) => l.result === 'pass').length
  return {
    kind: 'table',
    title: `五、房屋质量验收${lines.length ? `（共 ${lines.length} 项：合格 ${passed} 项，缺陷 ${lines.length - passed} 项）` : ''}`,
    columns: [
      { head: '区域', widthMm: 22 },
      { head: '验收项目及结果', widthMm: null },
      { head: '缺陷', widthMm: 16 }
    ],
    rows
  }
}

/**
 * The work order made from a defect: the one with the same category and description whose
 * location names the area and item, else the next one not yet matched (they are made in order).
 */
export function matchOrders(
  defects: readonly Line[],
  orders: readonly HandoverWorkOrder[]
): (HandoverWorkOrder | null)[] {
  const free = [...orders]
  const take = (o: HandoverWorkOrder | undefined) => (o ? (free.splice(free.indexOf(o), 1), o) : null)
  const exact = defects.map((d) =>
    take(
      free.find(
        (o) =>
          o.category === d.category &&
          o.description === d.description &&
          o.location.includes(d.area) &&
          o.location.includes(d.item)
      )
    )
  )
  return exact.map((o) => o ?? take(free[0]))
}

export function defectsBlock(view: CheckinView, orders: readonly HandoverWorkOrder[]): FlowBlock {
  const defects = (view.steps.inspection?.lines ?? []).filter((l) => l.result === 'defect')
  const matched = matchOrders(defects, orders)
  const pending = view.status === 'done' ? '—' : '办结后生成'
  const rows = defects.map((d, i) => [
    cell(i + 1),
    cell(`${d.area}·${d.item}`),
    cell(d.category || '—'),
    cell(d.description || '—'),
    cell(matched[i]?.number ?? pending)
  ])
  return {
    kind: 'table',
    title: '六、缺陷及维修工作单',
    columns: [
      { head: '序', widthMm: 9 },
      { head: '位置', widthMm: 30 },
      { head: '类别', widthMm: 20 },
      { head: '缺陷描述', widthMm: null },
      { head: '工作单号', widthMm: 34 }
    ],
    rows
  }
}

export function trusteeshipBlock(view: CheckinView): FlowBlock {
  const t = view.steps.trusteeship
  const rows: FlowRow[] = !t
    ? []
    : t.wanted
      ? [
          [cell('是否托管'), cell('是：业主暂不入住，房屋交服务中心托管')],
          [cell('托管协议签订'), cell(paperDate(t.agreementSignedOn))],
          [cell('托管期限'), cell(`${paperDate(t.from)} 至 ${t.to ? paperDate(t.to) : '业主通知结束'}`)]
        ]
      : [[cell('是否托管'), cell('否')]]
  if (t?.notes) rows.push([cell('备注'), cell(t.notes)])
  return {
    kind: 'table',
    title: `七、${stepWord('trusteeship')}`,
    columns: [
      { head: '事项', widthMm: 40 },
      { head: '内容', widthMm: null }
    ],
    rows
  }
}
