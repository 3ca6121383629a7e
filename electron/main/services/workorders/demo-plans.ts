import type { Store } from '../../../../db/open'
import type { api } from '../../../../shared/api'
import type { InputOf } from '../../../../shared/kernel/procedure'
import type { Random } from '../../tools/demo/people'
import type { DemoRoom, OrderPlan } from './demo-orders'

/** The demo's published service list, what goes wrong in a home by category, and an ordinary order's plan. */

export type SeedItem = InputOf<typeof api.serviceItems.save>

export const SERVICE_LIST: SeedItem[] = [
  { name: '疏通下水道', category: 'paid', unit: '次', priceFen: 8000, needsApproval: false, sortKey: 10 },
  {
    name: '更换水龙头',
    category: 'paid',
    unit: '个',
    priceFen: 5000,
    needsApproval: false,
    note: '不含材料',
    sortKey: 20
  },
  {
    name: '开锁',
    category: 'paid',
    unit: '次',
    priceFen: 10000,
    needsApproval: true,
    note: '须核验业主身份',
    sortKey: 30
  },
  { name: '家电清洗（空调）', category: 'paid', unit: '台', priceFen: 12000, needsApproval: false, sortKey: 40 },
  { name: '油烟机清洗', category: 'paid', unit: '台', priceFen: 15000, needsApproval: false, sortKey: 50 },
  {
    name: '更换灯具',
    category: 'paid',
    unit: '个',
    priceFen: 3000,
    needsApproval: false,
    note: '不含灯具',
    sortKey: 60
  },
  { name: '搬运家具', category: 'paid', unit: '次', priceFen: null, needsApproval: false, note: '面议', sortKey: 70 },
  { name: '代收快递', category: 'convenience', unit: '件', priceFen: 0, needsApproval: false, sortKey: 80 },
  { name: '代缴水电费', category: 'entrusted', unit: '次', priceFen: 0, needsApproval: false, sortKey: 90 }
]

/** What is wrong, by category: where, and in the resident's words. */
const PROBLEMS: Record<string, [string, string][]> = {
  leak: [
    ['卫生间', '卫生间天花渗水，滴到地面'],
    ['厨房', '厨房水槽下方渗水'],
    ['阳台', '下雨后阳台墙角渗水']
  ],
  plumbing: [
    ['厨房', '厨房插座不通电'],
    ['卫生间', '马桶水箱一直流水'],
    ['客厅', '客厅灯不亮，开关无反应'],
    ['卫生间', '热水器进水阀漏水']
  ],
  doorWindow: [
    ['卧室', '卧室窗户关不严，漏风'],
    ['入户', '入户门锁芯卡滞'],
    ['阳台', '阳台推拉门滑轨变形']
  ],
  public: [
    ['3 栋电梯厅', '电梯厅灯管闪烁'],
    ['地下车库', '车库出口道闸抬杆慢'],
    ['1 栋单元门', '单元门门禁刷卡无反应']
  ],
  safety: [['楼道', '楼道消防栓箱门损坏']],
  other: [['信报箱', '信报箱锁损坏']]
}
const CATEGORY_WEIGHTS = [
  'plumbing',
  'plumbing',
  'plumbing',
  'leak',
  'doorWindow',
  'doorWindow',
  'public',
  'safety',
  'other'
]

export function occupiedRooms(store: Store): DemoRoom[] {
  return store.sqlite
    .prepare(
      `SELECT r.id, r.code, p.name AS owner FROM rooms r
       JOIN room_persons rp ON rp.room_id = r.id AND rp.relation = 'owner' AND rp.ended_on IS NULL
       JOIN persons p ON p.id = rp.person_id
       WHERE r.status = 'occupied' AND r.type = 'residence' AND p.kind = 'person'
       GROUP BY r.id ORDER BY r.id`
    )
    .all() as DemoRoom[]
}

/** A plan for a repair or service registered at `at`, with the planner's usual gaps (some late). */
export function ordinaryOrder(r: Random, room: DemoRoom, at: Date, stopAt: OrderPlan['stopAt'] = 'closed'): OrderPlan {
  const service = r.chance(0.25) ? r.pick(SERVICE_LIST.filter((i) => i.priceFen !== null)) : null
  const category = r.pick(CATEGORY_WEIGHTS)
  const [location, description] = r.pick(PROBLEMS[category]!)
  const quote =
    !service && r.chance(0.15) ? { partsFen: r.int(2, 20) * 1000, labourFen: r.int(3, 10) * 1000 } : undefined
  return {
    room,
    kind: service ? 'service' : 'repair',
    source: r.chance(0.4) ? 'phone' : 'counter',
    category: service ? 'other' : category,
    location: service ? '室内' : location,
    description: service ? `预约${service.name}` : description,
    createdAt: at,
    ...(service ? { serviceItem: service.name, approval: service.needsApproval } : {}),
    ...(quote ? { quote, settlement: r.chance(0.8) ? ('receipt' as const) : ('account' as const) } : {}),
    paid: quote !== undefined || (service?.priceFen ?? 0) > 0,
    stopAt,
    rework: !service && r.chance(0.05),
    gaps: {
      dispatch: r.chance(0.9) ? r.int(5, 25) : r.int(40, 150),
      arrive: r.int(30, 150),
      finish: r.chance(0.9) ? r.int(40, 240) : r.int(2, 3) * 24 * 60,
      visitDays: r.chance(0.92) ? r.int(0, 1) : r.int(3, 5),
      close: r.int(10, 120)
    }
  }
}
