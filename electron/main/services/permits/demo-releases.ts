import { api } from '../../../../shared/api'
import { localDate } from '../../../../shared/kernel/calendar'
import { SERVICE_CLOSES, SERVICE_OPENS } from '../../tools/demo/desk'
import { mobile, personName, type Random } from '../../tools/demo/people'
import { addDays, moment, type DemoEvent } from '../../tools/demo/schedule'
import type { DemoCall } from './demo-call'
import type { PermitRoom, ShopRoom, TenantRoom } from './demo-plans'

/**
 * 物品放行条 over the last weeks: owners moving furniture out, tenants leaving with the owner's
 * consent taken by phone, a shop's representative taking stock away. Most slips are used the same
 * day — the guard scans the QR (gate.check) and confirms (gate.redeem) — some are never used, one is
 * withdrawn. A few are issued today, one of them already through the gate.
 */

const GOODS: { name: string; quantity: [number, number] }[][] = [
  [
    { name: '旧沙发', quantity: [1, 1] },
    { name: '茶几', quantity: [1, 1] }
  ],
  [{ name: '冰箱', quantity: [1, 1] }],
  [
    { name: '纸箱（衣物、书籍）', quantity: [4, 12] },
    { name: '床垫', quantity: [1, 2] }
  ],
  [{ name: '电动自行车', quantity: [1, 1] }],
  [
    { name: '办公桌椅', quantity: [2, 6] },
    { name: '电脑主机', quantity: [1, 3] }
  ],
  [
    { name: '洗衣机', quantity: [1, 1] },
    { name: '衣柜（拆散）', quantity: [1, 2] }
  ],
  [{ name: '空调外机', quantity: [1, 2] }]
]
const SHOP_GOODS = [
  [
    { name: '货架', quantity: 4 },
    { name: '库存商品（箱）', quantity: 20 }
  ],
  [
    { name: '冷柜', quantity: 1 },
    { name: '收银台', quantity: 1 }
  ],
  [{ name: '装修余料（箱）', quantity: 6 }]
]
const PLATE_LETTERS = 'ABCDEFGHJK'

export interface ReleaseRooms {
  owners: PermitRoom[]
  tenants: TenantRoom[]
  shops: ShopRoom[]
}

interface SlipPlan {
  at: Date
  used: Date | null
  revoked: Date | null
  /** Checked by the typed number and check code instead of the scanner. */
  typed: boolean
}

function goods(r: Random) {
  return r.pick(GOODS).map((g) => ({ name: g.name, quantity: r.int(g.quantity[0], g.quantity[1]) }))
}

const plate = (r: Random) => `闽${PLATE_LETTERS[r.int(0, PLATE_LETTERS.length - 1)]}${String(r.int(10_000, 99_999))}`

/** One slip: created at the counter, and perhaps scanned and let through, or withdrawn. */
function slipEvents(call: DemoCall, r: Random, rooms: ReleaseRooms, plan: SlipPlan): DemoEvent[] {
  const roll = r.next()
  const tenant = roll > 0.6 && roll <= 0.85 && rooms.tenants.length > 0 ? r.pick(rooms.tenants) : null
  const shop = roll > 0.85 && rooms.shops.length > 0 ? r.pick(rooms.shops) : null
  const owner = r.pick(rooms.owners)
  const input = shop
    ? {
        roomId: shop.id,
        applicantKind: 'company' as const,
        applicantName: personName(r, r.chance(0.6) ? 'male' : 'female'),
        applicantPhone: mobile(r),
        items: r.pick(SHOP_GOODS),
        plate: plate(r),
        remarks: `${shop.company}店面调整`
      }
    : tenant
      ? {
          roomId: tenant.id,
          applicantKind: 'tenant' as const,
          applicantPersonId: tenant.tenantId,
          consent: {
            kind: 'phone' as const,
            ownerName: tenant.owner,
            calledAt: new Date(plan.at.getTime() - r.int(3, 15) * 60_000).toISOString(),
            calledBy: '',
            note: '业主电话确认同意租户搬出所列物品'
          },
          items: goods(r),
          plate: r.chance(0.7) ? plate(r) : ''
        }
      : {
          roomId: owner.id,
          applicantKind: 'owner' as const,
          applicantPersonId: owner.ownerId,
          items: goods(r),
          plate: r.chance(0.6) ? plate(r) : ''
        }
  let paperId = 0
  let releaseId = 0
  let checkText = ''
  const events: DemoEvent[] = [
    {
      at: plan.at,
      staff: r.chance(0.5) ? 'clerk1' : 'clerk2',
      run(s) {
        const withCaller =
          input.applicantKind === 'tenant'
            ? { ...input, consent: { ...input.consent, calledBy: s.displayName } }
            : input
        const slip = call(api.releases.create, withCaller, s)
        paperId = slip.paper.id
        releaseId = slip.id
        checkText = plan.typed ? `${slip.paper.number} ${slip.paper.checkCode}` : slip.paper.payload
      }
    }
  ]
  if (plan.used)
    events.push({
      at: plan.used,
      staff: 'clerk2',
      run(s) {
        const checked = call(api.gate.check, { text: checkText }, s)
        if (checked.verdict !== 'valid') throw new Error(`demo slip ${checked.number} reads ${checked.verdict}`)
        call(api.gate.redeem, { paperId }, s)
      }
    })
  if (plan.revoked)
    events.push({
      at: plan.revoked,
      staff: 'clerk1',
      run: (s) => void call(api.releases.revoke, { releaseId, reason: '申请人改期搬运，本条作废' }, s)
    })
  return events
}

/** The slips of the last eight weeks and of today (as far as "now" has come). */
export function releaseEvents(call: DemoCall, r: Random, rooms: ReleaseRooms, now: Date): DemoEvent[] {
  if (rooms.owners.length === 0) return []
  const today = localDate(now)
  const events: DemoEvent[] = []
  let revokedOne = false
  for (let back = 56; back >= 1; back -= 1) {
    const day = addDays(today, -back)
    const count = r.chance(0.45) ? (r.chance(0.25) ? 2 : 1) : 0
    for (let i = 0; i < count; i += 1) {
      const at = moment(day, r.int(9, 17), r.int(0, 59))
      const used = r.chance(0.65) ? new Date(at.getTime() + r.int(20, 150) * 60_000) : null
      const revoked: Date | null = !used && !revokedOne && back < 30 ? new Date(at.getTime() + 90 * 60_000) : null
      revokedOne ||= revoked !== null
      events.push(...slipEvents(call, r, rooms, { at, used, revoked, typed: r.chance(0.15) }))
    }
  }
  // Today's: only what fits between opening and "now".
  const end = Math.min(now.getTime(), moment(today, SERVICE_CLOSES - 1, 45).getTime())
  const minutesOpen = Math.floor((end - moment(today, SERVICE_OPENS).getTime()) / 60_000)
  if (minutesOpen >= 30) {
    const first = moment(today, SERVICE_OPENS, r.int(2, 8))
    const usedAt = new Date(first.getTime() + Math.min(20, minutesOpen - 15) * 60_000)
    events.push(...slipEvents(call, r, rooms, { at: first, used: usedAt, revoked: null, typed: false }))
    const second = new Date(end - r.int(1, 8) * 60_000)
    events.push(...slipEvents(call, r, rooms, { at: second, used: null, revoked: null, typed: false }))
  }
  return events
}
