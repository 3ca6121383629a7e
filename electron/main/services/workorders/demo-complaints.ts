import { api } from '../../../../shared/api'
import type { ComplaintSeverity } from '../../../../shared/workorders/complaints-api'
import type { DemoDesk } from '../../tools/demo/desk'
import type { Random } from '../../tools/demo/people'
import type { DemoEvent } from '../../tools/demo/schedule'
import { later, type DemoRoom } from './demo-orders'

/**
 * The demo's complaints: a year of them, most minor and solved within the rule, some important
 * (to the department supervisor within the hour), a few major (the manager the same day, a clear
 * answer in two days), a few found invalid; and at "now" one major complaint open with its
 * escalation made, waiting for the answer. Each step is a procedure call at its moment.
 */

interface Topic {
  category: string
  subject: string
  department: string
  description: string
  request: string
}

export const TOPICS: Topic[] = [
  {
    category: 'attitude',
    subject: '保安部 夜班岗',
    department: '保安部',
    description: '夜班保安出言不逊，态度生硬',
    request: '道歉并加强培训'
  },
  {
    category: 'repair',
    subject: '工程部',
    department: '工程部',
    description: '报修三天无人上门',
    request: '尽快安排维修'
  },
  {
    category: 'security',
    subject: '保安部',
    department: '保安部',
    description: '地下车库有陌生人徘徊，门岗未登记',
    request: '加强门岗登记与巡逻'
  },
  {
    category: 'cleaning',
    subject: '保洁部',
    department: '保洁部',
    description: '楼道垃圾两天未清运，有异味',
    request: '每日清运'
  },
  {
    category: 'fees',
    subject: '财务部',
    department: '财务部',
    description: '物业费账单金额与面积不符',
    request: '核对并更正账单'
  },
  {
    category: 'neighbour',
    subject: '楼上住户',
    department: '客服中心',
    description: '楼上夜间噪音大，影响休息',
    request: '物业出面协调'
  },
  {
    category: 'other',
    subject: '客服中心',
    department: '客服中心',
    description: '小区公告栏信息长期未更新',
    request: '及时更新公告'
  }
]

export interface ComplaintPlan {
  room: DemoRoom | null
  customer: string
  severity: ComplaintSeverity
  topic: Topic
  createdAt: Date
  invalid?: boolean
  /** The last step made: 'created' … 'visited'. */
  stopAt: 'created' | 'escalated' | 'answered' | 'resolved' | 'closed' | 'visited'
  /** Days to the result (the rule: 10 / 3 / 2 by severity; a few take longer). */
  resolveDays: number
}

const STOPS = ['created', 'escalated', 'answered', 'resolved', 'closed', 'visited'] as const
const ESCALATE_TO: Record<ComplaintSeverity, string> = { major: '张国强 经理', important: '部门主管', minor: '' }

type Step = { at: Date; stop: (typeof STOPS)[number]; run: (s: Parameters<DemoEvent['run']>[0]) => void }

function stepsOf(desk: DemoDesk, r: Random, p: ComplaintPlan): Step[] {
  let id = 0
  const steps: Step[] = []
  steps.push({
    at: p.createdAt,
    stop: 'created',
    run(s) {
      const view = desk.call(
        api.complaints.create,
        {
          channel: r.pick(['phone', 'visit', 'phone', 'online'] as const),
          customer: p.customer,
          ...(p.room ? { roomId: p.room.id } : {}),
          subject: p.topic.subject,
          department: p.topic.department,
          description: p.topic.description,
          request: p.topic.request,
          category: p.topic.category,
          severity: p.severity
        },
        s
      )
      id = view.id
    }
  })
  let at = p.createdAt
  if (p.severity !== 'minor') {
    at = later(at, r.int(10, 45), r)
    steps.push({
      at,
      stop: 'escalated',
      run: (s) => void desk.call(api.complaints.escalate, { complaintId: id, to: ESCALATE_TO[p.severity] }, s)
    })
  }
  if (p.severity === 'major') {
    at = later(at, r.int(120, 900), r)
    steps.push({
      at,
      stop: 'answered',
      run: (s) =>
        void desk.call(
          api.complaints.answer,
          { complaintId: id, answer: '已成立专项小组处理，三日内给出整改方案', channel: 'phone' },
          s
        )
    })
  }
  at = later(new Date(p.createdAt.getTime() + p.resolveDays * 86_400_000), r.int(0, 240), r)
  const result = p.invalid ? '经调查核实，投诉情况不属实' : '已按要求处理完毕'
  steps.push({
    at,
    stop: 'resolved',
    run: (s) => void desk.call(api.complaints.resolve, { complaintId: id, result, invalid: p.invalid ?? false }, s)
  })
  at = later(at, r.int(20, 180), r)
  steps.push({
    at,
    stop: 'closed',
    run: (s) =>
      void desk.call(api.complaints.reply, { complaintId: id, reply: `已电话告知：${result}`, channel: 'phone' }, s)
  })
  at = later(at, r.int(1, 2) * 24 * 60, r)
  steps.push({
    at,
    stop: 'visited',
    run: (s) =>
      void desk.call(
        api.complaints.visit,
        { complaintId: id, method: 'phone', reached: true, result: r.chance(0.9) ? 'satisfied' : 'unsatisfied' },
        s
      )
  })
  return steps
}

export function complaintEvents(
  desk: DemoDesk,
  r: Random,
  p: ComplaintPlan,
  now: Date,
  staff: () => string
): DemoEvent[] {
  const last = STOPS.indexOf(p.stopAt)
  const events: DemoEvent[] = []
  for (const step of stepsOf(desk, r, p)) {
    if (STOPS.indexOf(step.stop) > last || step.at > now) break
    events.push({ at: step.at, staff: staff(), run: step.run })
  }
  return events
}
