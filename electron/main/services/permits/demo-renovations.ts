import { api } from '../../../../shared/api'
import { formatFen } from '../../../../shared/domain/money'
import type { RenovationStatus, RenovationView } from '../../../../shared/permits/api'
import type { Random } from '../../tools/demo/people'
import { addDays, moment, type DemoEvent } from '../../tools/demo/schedule'
import type { DemoCall, Prepared } from './demo-call'
import {
  CANCEL_REASONS,
  FOUND_BY,
  REVIEWERS,
  VIOLATIONS,
  worker,
  type Contractor,
  type DemoScan,
  type PermitRoom
} from './demo-plans'

/**
 * One renovation of the demo as the counter lives it: applied by the owner, the plan reviewed by
 * 工程部, the agreement and the safety letter signed, the garbage fee and the deposit charged and
 * paid at the cash desk with normal receipts, the permit issued on the first day of works, the
 * workers registered with their passes; on site a violation now and then, a pause, an extension;
 * at the end every paper back, the inspection, and the deposit refunded less the deductions (the
 * manager approves). A plan names the state it stops in at the demo's "now".
 */

export interface RenovationPlan {
  room: PermitRoom
  contractor: Contractor
  works: string[]
  approvalDocNo: string
  applyDay: string
  startsOn: string
  endsOn: string
  stopAt: RenovationStatus
  /** Reviewed 'fail' first, amended, then passed. */
  failedFirst?: boolean
  workers: number
  /** Found this many days after the start (VIOLATIONS[index]); rectified the next day or not. */
  violations: { day: number; index: number; rectify: boolean }[]
  /** The first worker's pass ends this many days after the start (a short job: expired by now). */
  shortPassDays?: number
  /** The last worker's pass revoked this many days after the start. */
  revokePassDay?: number
  /** Suspended this many days after the start and resumed two days later. */
  pauseDay?: number
  extend?: { on: string; to: string }
  /** The approval document's scan, its file written at planning time (demo-call.ts). */
  approvalScan?: { upload: DemoScan; prepared: Prepared }
  /** When a plan stopping at suspended / revoked is halted. */
  haltOn?: string
  inspectOn?: string
  /** A first inspection two days earlier finds the garbage not cleared. */
  failedInspection?: boolean
  refundOn?: string
}

export interface RenovationContext {
  call: DemoCall
  r: Random
  clerk: () => string
}

type Step = Omit<DemoEvent, 'order'>
type Session = Parameters<Step['run']>[0]

/** What the steps learn as they run: the renovation's id, its latest view, the passes issued. */
interface Track {
  id: number
  view: RenovationView | null
  passIds: number[]
  steps: Step[]
}

const add = (t: Track, at: Date, staff: string, run: Step['run']) => void t.steps.push({ at, staff, run })

/** Every step of the plan up to its state, in order. */
export function renovationEvents(c: RenovationContext, p: RenovationPlan): DemoEvent[] {
  const { call, r } = c
  const t: Track = { id: 0, view: null, passIds: [], steps: [] }
  add(t, moment(p.applyDay, r.int(9, 11), r.int(0, 59)), c.clerk(), (s) => {
    const applied = call(
      api.renovations.apply,
      {
        roomId: p.room.id,
        applicantPersonId: p.room.ownerId,
        contractor: p.contractor,
        works: p.works,
        description: p.works.includes('partition') ? '客厅与餐厅之间非承重隔墙拆除，改为推拉门' : '',
        approvalDocNo: p.approvalDocNo,
        ...(p.approvalScan ? { approvalDoc: p.approvalScan.upload } : {}),
        startsOn: p.startsOn,
        endsOn: p.endsOn
      },
      s,
      undefined,
      p.approvalScan?.prepared
    )
    t.id = applied.id
  })
  if (p.stopAt === 'applied') return t.steps
  const reviewer = r.pick(REVIEWERS)
  const reviewDay = reviewSteps(c, p, t, reviewer)
  if (p.stopAt === 'rejected') return t.steps
  if (p.stopAt === 'cancelled') {
    const reason = r.pick(CANCEL_REASONS)
    add(t, moment(addDays(reviewDay, r.int(2, 6)), 16, r.int(0, 50)), c.clerk(), (s) => {
      call(api.renovations.cancel, { renovationId: t.id, reason }, s)
    })
    return t.steps
  }
  const signAt = moment(reviewDay, 14, r.int(0, 50))
  add(t, signAt, c.clerk(), (s) => {
    call(api.renovations.sign, { renovationId: t.id, document: 'agreement', signedBy: p.room.owner }, s)
    call(api.renovations.sign, { renovationId: t.id, document: 'safetyLetter', signedBy: p.contractor.leader }, s)
    t.view = call(api.renovations.charge, { renovationId: t.id }, s)
  })
  if (p.stopAt === 'approved') return t.steps
  const methods = [r.pick(METHODS), r.pick(METHODS)] as const
  add(t, new Date(signAt.getTime() + r.int(10, 40) * 60_000), 'cashier', (s) => payFees(c, p, t.view!, methods, s))
  worksSteps(c, p, t)
  if (p.stopAt === 'active') return t.steps
  if (p.stopAt === 'suspended' || p.stopAt === 'revoked') {
    const revoke = p.stopAt === 'revoked'
    const reason = revoke ? '多次违规施工且拒不整改，吊销施工许可证' : '外墙窗户拆改未报批，责令停工整改'
    add(t, moment(p.haltOn!, 10, r.int(0, 50)), revoke ? 'super' : c.clerk(), (s) => {
      call(revoke ? api.renovations.revoke : api.renovations.suspend, { renovationId: t.id, reason }, s)
    })
    return t.steps
  }
  completionSteps(c, p, t, reviewer)
  return t.steps
}

/** 工程部's review: passed, or failed (and, unless the plan stops there, amended and passed). Returns the day it passed. */
function reviewSteps(c: RenovationContext, p: RenovationPlan, t: Track, reviewer: string): string {
  const { call, r } = c
  const failDay = addDays(p.applyDay, 1)
  if (p.failedFirst || p.stopAt === 'rejected') {
    add(t, moment(failDay, 10, r.int(0, 50)), c.clerk(), (s) => {
      const remarks = '拆改方案未附结构说明，卫生间防水做法不明，请补充后重新提交'
      call(api.renovations.review, { renovationId: t.id, result: 'fail', reviewer, remarks }, s)
    })
    if (p.stopAt === 'rejected') return failDay
    add(t, moment(addDays(failDay, 2), 15, r.int(0, 50)), c.clerk(), (s) => {
      call(api.renovations.amend, { renovationId: t.id, description: '已补充隔墙拆除示意图及卫生间防水做法说明' }, s)
    })
  }
  const passDay = p.failedFirst ? addDays(failDay, 3) : failDay
  add(t, moment(passDay, 10, r.int(0, 50)), c.clerk(), (s) => {
    const remarks = '方案符合小区装修管理规定'
    call(api.renovations.review, { renovationId: t.id, result: 'pass', reviewer, remarks }, s)
  })
  return passDay
}

const METHODS = ['wechat', 'alipay', 'cash', 'wechat'] as const

/** The garbage fee and the deposit at the cash desk: two normal receipts, paid by the owner. */
function payFees(
  c: RenovationContext,
  p: RenovationPlan,
  view: RenovationView,
  methods: readonly (typeof METHODS)[number][],
  s: Session
): void {
  ;[view.fees.garbage, view.fees.deposit].forEach((line, i) => {
    if (!line || line.receiptId !== null) return
    const amount = formatFen(line.amountFen, { grouping: false })
    c.call(
      api.fees.pay,
      {
        roomId: p.room.id,
        receivableIds: [line.receivableId],
        payerName: p.room.owner,
        payments: [{ method: methods[i]!, amount }],
        expectedTotal: amount
      },
      s
    )
  })
}

/** The permit on the first day of works, the workers and their passes, and what happens on site. */
function worksSteps(c: RenovationContext, p: RenovationPlan, t: Track): void {
  const { call, r } = c
  const clerk = c.clerk()
  const workers = Array.from({ length: p.workers }, (_, i) => worker(r, i + r.int(0, 5)))
  const shortTo = p.shortPassDays !== undefined ? addDays(p.startsOn, p.shortPassDays) : undefined
  add(t, moment(p.startsOn, 9, r.int(5, 40)), clerk, (s) => {
    t.view = call(api.renovations.issue, { renovationId: t.id }, s)
    workers.forEach((w, i) => {
      const added = call(api.renovations.addWorker, { renovationId: t.id, ...w }, s)
      const workerId = Math.max(...added.workers.map((x) => x.id))
      t.view = call(api.renovations.issuePass, { workerId, ...(i === 0 && shortTo ? { validTo: shortTo } : {}) }, s)
      t.passIds.push(t.view.workers.find((x) => x.id === workerId)!.passes[0]!.id)
    })
  })
  const onSite = (day: number, hour: number, run: Step['run']) =>
    add(t, moment(addDays(p.startsOn, day), hour, r.int(0, 50)), clerk, run)
  if (p.revokePassDay !== undefined)
    onSite(p.revokePassDay, 11, (s) => {
      const note = '该工人酒后进入施工现场，取消其出入资格'
      call(api.renovations.paperEvent, { paperId: t.passIds[t.passIds.length - 1]!, event: 'revoked', note }, s)
    })
  if (p.pauseDay !== undefined) {
    onSite(p.pauseDay, 10, (s) => {
      call(api.renovations.suspend, { renovationId: t.id, reason: '楼下住户反映天花渗水，停工排查' }, s)
    })
    onSite(p.pauseDay + 2, 15, (s) => {
      call(api.renovations.resume, { renovationId: t.id, note: '渗水点已修复，闭水试验合格，恢复施工' }, s)
    })
  }
  violationSteps(c, p, t, onSite)
  if (p.extend) {
    const to = p.extend.to
    add(t, moment(p.extend.on, 10, r.int(0, 50)), clerk, (s) => {
      t.view = call(api.renovations.extend, { renovationId: t.id, endsOn: to, reason: '木作及油漆工期延长' }, s)
      // The workers' passes end with the old permit: each is taken back and a new one issued to the new end.
      for (const w of t.view.workers) {
        const pass = w.passes.find((x) => OUT.has(x.standing))
        if (!pass) continue
        call(api.renovations.paperEvent, { paperId: pass.id, event: 'returned', note: '许可证延期，换发出入证' }, s)
        t.view = call(api.renovations.issuePass, { workerId: w.id }, s)
      }
    })
  }
}

/** What the patrol found, recorded in the afternoon; some put right the next day. */
function violationSteps(
  c: RenovationContext,
  p: RenovationPlan,
  t: Track,
  onSite: (day: number, hour: number, run: Step['run']) => void
): void {
  const { call, r } = c
  for (const v of p.violations) {
    const found = VIOLATIONS[v.index]!
    const foundAt = moment(addDays(p.startsOn, v.day), 10, r.int(0, 50)).toISOString()
    const foundBy = r.pick(FOUND_BY)
    onSite(v.day, 14, (s) => {
      const { what, deduction, reason } = found
      t.view = call(
        api.renovations.violation,
        { renovationId: t.id, foundAt, foundBy, what, deduction, deductionReason: reason },
        s
      )
    })
    if (v.rectify)
      onSite(v.day + 1, 16, (s) => {
        const open = t.view!.violations.filter((x) => x.rectifiedAt === null)
        t.view = call(
          api.renovations.rectify,
          { violationId: open[open.length - 1]!.id, note: '已整改完毕，现场复查合格' },
          s
        )
      })
  }
}

const OUT = new Set(['valid', 'expired', 'notYetValid', 'suspended'])

/** Every paper back (returned), the inspection on the settings' checklist, then the deposit refunded. */
function completionSteps(c: RenovationContext, p: RenovationPlan, t: Track, inspector: string): void {
  const { call, r } = c
  const inspectOn = p.inspectOn ?? addDays(p.extend?.to ?? p.endsOn, 1)
  if (p.failedInspection)
    add(t, moment(addDays(inspectOn, -2), 15, r.int(0, 50)), c.clerk(), (s) => {
      const items = call(api.renovations.settings, {}, s).inspectionItems.map((item) =>
        item.includes('垃圾') ? { item, ok: false, note: '楼道及电梯厅仍堆放装修垃圾' } : { item, ok: true, note: '' }
      )
      call(api.renovations.inspect, { renovationId: t.id, items, inspector, remarks: '垃圾清运后复验' }, s)
    })
  add(t, moment(inspectOn, 10, r.int(0, 30)), c.clerk(), (s) => {
    const view = call(api.renovations.get, { renovationId: t.id }, s)
    const papers = [...view.permits, ...view.workers.flatMap((w) => w.passes)]
    for (const paper of papers.filter((x) => OUT.has(x.standing)))
      call(api.renovations.paperEvent, { paperId: paper.id, event: 'returned', note: '' }, s)
    const settings = call(api.renovations.settings, {}, s)
    call(
      api.renovations.inspect,
      {
        renovationId: t.id,
        items: settings.inspectionItems.map((item) => ({ item, ok: true, note: '' })),
        inspector,
        remarks: '现场验收合格，垃圾已清运'
      },
      s
    )
  })
  if (p.stopAt === 'inspected') return
  const refundOn = p.refundOn ?? addDays(inspectOn, r.int(1, 4))
  const method = r.pick(['transfer', 'cash', 'wechat'] as const)
  add(t, moment(refundOn, r.pick([10, 14, 15]), r.int(0, 50)), 'cashier', (s) => {
    const reason = '装修验收合格，退还保证金'
    call(api.renovations.refund, { renovationId: t.id, method, reason }, s, 'manager')
  })
}
