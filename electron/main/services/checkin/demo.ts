import type { Store } from '../../../../db/open'
import { api } from '../../../../shared/api'
import type { CheckinCase } from '../../../../shared/checkin/rules'
import { addMonthsToDate, localDate } from '../../../../shared/kernel/calendar'
import type { InputOf } from '../../../../shared/kernel/procedure'
import type { DemoPlanContext } from '../../tools/capability'
import type { DemoDesk } from '../../tools/demo/desk'
import { company, mobile, personName, random, residentId, type Random } from '../../tools/demo/people'
import { addDays, moment, type DemoEvent } from '../../tools/demo/schedule'
import { planLaterFees, planRepairs, planTrusteeship, rainstorms } from './demo-after'
import { metersData, planFirstSteps, planVisit, type Defect, type Visit } from './demo-visit'

/**
 * Move-in as a service center has it after a year of handing homes over: about twenty-five rooms
 * the estate left 未交付 checked in building by building over the year (owners in person, a few
 * agents with a power of attorney, one company), most with the property fee prepaid, some with
 * defects whose work orders were repaired and accepted or still wait; three ended in trusteeship,
 * patrolled weekly (one not yet this week) and read monthly (one 35 kWh over the limit); one
 * check-in paused at the meters yesterday, one cancelled. Many 未交付 rooms are left for the
 * user to hand over. (The estate's own 托管 rooms came with the seed, without trusteeship records.)
 * Every step is a procedure call at its moment of the demo's clock, in service hours.
 */

const FINISHED = 25
const CLERKS = ['clerk1', 'clerk2']
const INSPECTORS = ['工程部 林建伟', '工程部 郑海涛', '开发商工程部 吴志明']
const AGENT_SCOPE = '代为办理入住交付手续、签署相关文件、领取钥匙'
const DEFECTS: Defect[] = [
  { area: '卫生间', item: '防水', category: '渗漏水', description: '淋浴区墙角渗水，楼下天花有水印' },
  { area: '客厅', item: '墙面', category: '土建', description: '电视墙有一条约 40 厘米的裂缝' },
  { area: '卧室', item: '门窗', category: '门窗', description: '推拉窗滑轨变形，关不严' },
  { area: '厨房', item: '给排水', category: '渗漏水', description: '水槽下水管接口滴水' },
  { area: '客厅', item: '电源插座', category: '水电', description: '沙发墙两个插座不通电' },
  { area: '入户', item: '入户门', category: '门窗', description: '入户门锁芯卡滞，钥匙难以转动' },
  { area: '阳台', item: '排水', category: '土建', description: '阳台地漏排水慢，地面积水' },
  { area: '卧室', item: '地面', category: '土建', description: '次卧地面空鼓约 1 平方米' }
]
const COMPANY_BUYER = '福州闽都科技有限公司'

interface UndeliveredRoom {
  id: number
  code: string
  ownerName: string | null
}

function undeliveredRooms(store: Store): UndeliveredRoom[] {
  return store.sqlite
    .prepare(
      `SELECT r.id, r.code, (SELECT p.name FROM room_persons rp JOIN persons p ON p.id = rp.person_id WHERE rp.room_id = r.id AND rp.relation = 'owner' AND rp.ended_on IS NULL ORDER BY rp.id LIMIT 1) AS ownerName
       FROM rooms r WHERE r.status = 'undelivered' AND r.type = 'residence' ORDER BY r.id`
    )
    .all() as UndeliveredRoom[]
}

/** The office prepays three months of the property fee at move-in (设置 → 入住办理), set up with the fee items. */
function planSettings(desk: DemoDesk, at: Date): DemoEvent {
  return {
    at,
    staff: 'super',
    run(s) {
      const settings = desk.call(api.checkin.settings, {}, s)
      const property = desk.call(api.fees.items, {}, s).find((item) => item.category === 'property')
      desk.call(
        api.checkin.saveSettings,
        { ...settings, prepayMonths: 3, prepayItemIds: property ? [property.id] : [] },
        s
      )
    }
  }
}

/**
 * Who comes to the counter. A room without an owner on file gets one first (households.addRelation,
 * the 住户登记 the check-in confirms); an agent is added with the power of attorney running from
 * a few days before to half a year after.
 */
function planParties(desk: DemoDesk, r: Random, visit: Visit, room: UndeliveredRoom, at: Date): DemoEvent[] {
  const events: DemoEvent[] = []
  const relation = (input: InputOf<typeof api.households.addRelation>): DemoEvent => ({
    at,
    staff: visit.staff,
    run: (s) => void desk.call(api.households.addRelation, input, s)
  })
  if (visit.case === 'company') {
    const { creditCode } = company(r, 0)
    events.push(
      relation({
        roomId: room.id,
        relation: 'owner',
        startedOn: visit.day,
        person: { kind: 'company', name: COMPANY_BUYER, creditCode, phones: [`0591-${r.int(22_000_000, 88_999_999)}`] }
      })
    )
  } else if (!room.ownerName) {
    const gender = r.chance(0.55) ? ('male' as const) : ('female' as const)
    const person = {
      name: visit.ownerName,
      gender,
      idType: 'resident' as const,
      idNumber: residentId(r, gender, 1960, 1998),
      phones: [mobile(r)]
    }
    events.push(relation({ roomId: room.id, relation: 'owner', startedOn: visit.day, person }))
  }
  if (visit.case === 'agent' && visit.poa) {
    const gender = r.chance(0.5) ? ('male' as const) : ('female' as const)
    const person = {
      name: visit.signer,
      gender,
      idType: 'resident' as const,
      idNumber: residentId(r, gender, 1965, 2000),
      phones: [mobile(r)]
    }
    events.push(
      relation({
        roomId: room.id,
        relation: 'agent',
        startedOn: visit.poa.from,
        person,
        poaScope: visit.poa.scope,
        poaFrom: visit.poa.from,
        poaTo: visit.poa.to
      })
    )
  }
  return events
}

function newVisit(
  r: Random,
  room: UndeliveredRoom,
  day: string,
  checkinCase: CheckinCase,
  trusteeship: boolean
): Visit {
  const ownerName =
    checkinCase === 'company' ? COMPANY_BUYER : (room.ownerName ?? personName(r, r.chance(0.55) ? 'male' : 'female'))
  const signer = checkinCase === 'owner' ? ownerName : personName(r, r.chance(0.5) ? 'male' : 'female')
  const defects = r.chance(0.45) ? [...DEFECTS].sort(() => r.next() - 0.5).slice(0, r.int(1, 2)) : []
  return {
    roomId: room.id,
    code: room.code,
    case: checkinCase,
    day,
    staff: r.pick(CLERKS),
    signer,
    ownerName,
    poa:
      checkinCase === 'agent'
        ? { scope: AGENT_SCOPE, from: addDays(day, -r.int(3, 20)), to: addMonthsToDate(day, 6) }
        : null,
    meters: { water: r.int(0, 1500), electricity: r.int(500, 9000) },
    defects,
    inspector: r.pick(INSPECTORS),
    trusteeship,
    method: r.pick(['wechat', 'wechat', 'alipay', 'card', 'cash'] as const),
    checkinId: 0,
    trusteeshipId: null,
    workOrderIds: []
  }
}

export async function planCheckins(context: DemoPlanContext): Promise<DemoEvent[]> {
  const { store, desk, now } = context
  const r = random(12)
  const today = localDate(now)
  const rooms = undeliveredRooms(store)
  // Half the undelivered rooms at most: the rest wait for the user to hand them over.
  const finished = Math.min(FINISHED, Math.floor(rooms.length / 2) - 2)
  if (finished < 4) return []
  const stride = Math.max(1, Math.floor(rooms.length / (finished + 2)))
  const chosen = Array.from({ length: finished + 2 }, (_, i) => rooms[i * stride]!)
  const events: DemoEvent[] = [planSettings(desk, new Date(context.historyStart.getTime() + 45 * 60_000))]

  // The first check-ins ten days into the history, spread until five weeks ago; then one about
  // two weeks ago (its work order repaired, the re-inspection booked) and one three days ago (open).
  const first = addDays(localDate(context.historyStart), 10)
  const span = Math.round((moment(today, 12).getTime() - moment(first, 12).getTime()) / 86_400_000) - 35
  const dayOf = (i: number) =>
    i === finished - 1
      ? addDays(today, -3)
      : i === finished - 2
        ? addDays(today, -r.int(14, 18))
        : addDays(first, Math.floor((i * span) / (finished - 2)) + r.int(0, 2))
  const trustAt = new Set([Math.round(finished * 0.35), Math.round(finished * 0.65), finished - 4])
  const companyAt = chosen.slice(0, finished).findIndex((room, i) => i > 2 && !room.ownerName)
  const visits: { visit: Visit; startAt: Date }[] = []
  for (let i = 0; i < finished; i++) {
    const room = chosen[i]!
    const day = dayOf(i)
    const checkinCase: CheckinCase = i === companyAt ? 'company' : i % 6 === 2 ? 'agent' : 'owner'
    const visit = newVisit(r, room, day, checkinCase, trustAt.has(i))
    // The two newest check-ins found defects: their work orders are still pending or just repaired.
    if (i >= finished - 2 && visit.defects.length === 0) visit.defects = [DEFECTS[i % DEFECTS.length]!]
    const startAt = moment(day, r.int(9, 18), r.int(0, 59))
    visits.push({ visit, startAt })
    events.push(...planParties(desk, r, visit, room, new Date(startAt.getTime() - 2 * 60_000)))
    events.push(...planVisit(store, desk, visit, startAt))
  }
  const storms = rainstorms(r, today)
  const trusteeships = visits.filter(({ visit }) => visit.trusteeship)
  trusteeships.forEach(({ visit, startAt }, n) => {
    const startedAt = new Date(startAt.getTime() + 64 * 60_000)
    const plan = { startedAt, skipThisWeek: n === 0, overLimit: n === 1, storms }
    events.push(...planTrusteeship(desk, r, visit, plan, now))
  })
  for (const { visit } of visits) {
    events.push(...planRepairs(desk, r, visit, today))
    if (r.chance(0.85)) events.push(...planLaterFees(store, desk, r, visit, now))
  }
  events.push(
    ...planPaused(desk, r, chosen[finished]!, today),
    ...planCancelled(desk, r, chosen[finished + 1]!, first, span)
  )
  return events
}

/** Yesterday afternoon: documents, registration, agreements and items done, the water meter read, the owner gone to fetch the electricity meter's card. */
function planPaused(desk: DemoDesk, r: Random, room: UndeliveredRoom, today: string): DemoEvent[] {
  const day = addDays(today, -1)
  const visit = newVisit(r, room, day, 'owner', false)
  const startAt = moment(day, 15, r.int(0, 40))
  return [
    ...planParties(desk, r, visit, room, new Date(startAt.getTime() - 2 * 60_000)),
    ...planFirstSteps(desk, visit, startAt),
    {
      at: new Date(startAt.getTime() + 30 * 60_000),
      staff: visit.staff,
      run: (s) =>
        void desk.call(
          api.checkin.saveStep,
          { checkinId: visit.checkinId, save: { step: 'meters', data: metersData(visit, false) }, complete: false },
          s
        )
    }
  ]
}

/** Mid-year an agent came without the power of attorney: the check-in was cancelled, the room is still 未交付. */
function planCancelled(desk: DemoDesk, r: Random, room: UndeliveredRoom, first: string, span: number): DemoEvent[] {
  const day = addDays(first, Math.floor(span / 2) + 1)
  const visit = newVisit(r, room, day, 'agent', false)
  const startAt = moment(day, 10, r.int(0, 40))
  return [
    {
      at: startAt,
      staff: visit.staff,
      run: (s) => void (visit.checkinId = desk.call(api.checkin.start, { roomId: room.id }, s).id)
    },
    {
      at: new Date(startAt.getTime() + 5 * 60_000),
      staff: visit.staff,
      run: (s) =>
        void desk.call(
          api.checkin.saveStep,
          {
            checkinId: visit.checkinId,
            save: {
              step: 'identity',
              data: {
                case: 'agent',
                documents: [
                  { key: 'ownerId', verified: true },
                  { key: 'powerOfAttorney', verified: false }
                ]
              }
            },
            complete: false
          },
          s
        )
    },
    {
      at: new Date(startAt.getTime() + 12 * 60_000),
      staff: visit.staff,
      run: (s) =>
        void desk.call(
          api.checkin.cancel,
          { checkinId: visit.checkinId, reason: '受托人未带授权委托书，业主改日亲自来办理' },
          s
        )
    }
  ]
}
