import type { Store } from '../../../../db/open'
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from '../../../../shared/domain/credit-code'
import { mobile, personName, random, residentId, type Random } from '../../tools/demo/people'

/**
 * What the demo's renovations and release slips are made of: the rooms (owners who moved in,
 * tenants, shops owned by a company), a handful of decoration companies the estate sees again and
 * again, the works chosen from the settings' list, workers with valid IDs, what goes wrong on site.
 */

export interface PermitRoom {
  id: number
  code: string
  owner: string
  ownerId: number
}

export interface TenantRoom extends PermitRoom {
  tenant: string
  tenantId: number
}

export interface ShopRoom {
  id: number
  code: string
  company: string
}

/**
 * Building 1 unit 1 is left alone: the e2e tests and the guide work on its rooms (1-1-303 …), and
 * a renovation would turn one of them 装修中 under their feet.
 */
const KEEP_OUT = `r.code NOT LIKE '1-1-%'`

/** Occupied homes with an owner who is a person, one row per room (the first owner). */
export function ownerRooms(store: Store): PermitRoom[] {
  return store.sqlite
    .prepare(
      `SELECT r.id, r.code, p.name AS owner, p.id AS ownerId FROM rooms r
       JOIN room_persons rp ON rp.room_id = r.id AND rp.relation = 'owner' AND rp.ended_on IS NULL
       JOIN persons p ON p.id = rp.person_id
       WHERE r.status = 'occupied' AND r.type = 'residence' AND p.kind = 'person' AND ${KEEP_OUT}
       GROUP BY r.id ORDER BY r.id`
    )
    .all() as PermitRoom[]
}

/** Occupied homes let to a tenant: the tenant asks for a slip, the owner confirms by phone. */
export function tenantRooms(store: Store): TenantRoom[] {
  return store.sqlite
    .prepare(
      `SELECT r.id, r.code, o.name AS owner, o.id AS ownerId, t.name AS tenant, t.id AS tenantId FROM rooms r
       JOIN room_persons ro ON ro.room_id = r.id AND ro.relation = 'owner' AND ro.ended_on IS NULL
       JOIN persons o ON o.id = ro.person_id AND o.kind = 'person'
       JOIN room_persons rt ON rt.room_id = r.id AND rt.relation = 'tenant' AND rt.ended_on IS NULL
       JOIN persons t ON t.id = rt.person_id
       WHERE r.status = 'occupied' AND ${KEEP_OUT}
       GROUP BY r.id ORDER BY r.id`
    )
    .all() as TenantRoom[]
}

/** Shops owned by a company: their goods leave with the company's representative. */
export function shopRooms(store: Store): ShopRoom[] {
  return store.sqlite
    .prepare(
      `SELECT r.id, r.code, p.name AS company FROM rooms r
       JOIN room_persons rp ON rp.room_id = r.id AND rp.relation = 'owner' AND rp.ended_on IS NULL
       JOIN persons p ON p.id = rp.person_id AND p.kind = 'company'
       WHERE r.type = 'shop' AND ${KEEP_OUT}
       GROUP BY r.id ORDER BY r.id`
    )
    .all() as ShopRoom[]
}

export interface Contractor {
  name: string
  licenceNo: string
  leader: string
  phone: string
}

const CONTRACTOR_NAMES = [
  '福州家和装饰工程有限公司',
  '福建美居装饰设计工程有限公司',
  '福州鸿运建筑装修工程有限公司',
  '福建匠心家居装饰有限公司',
  '福州榕城装饰工程有限公司',
  '福州安居乐装修服务有限公司'
]

/** 统一社会信用代码 as Fuzhou issues them (91350100MA2…), with a valid check character. */
function licenceNo(r: Random): string {
  let body = '91350100MA2'
  while (body.length < 17) body += CREDIT_CODE_CHARSET[r.int(0, CREDIT_CODE_CHARSET.length - 1)]
  return body + creditCodeCheckChar(body)
}

/** The estate's usual decoration companies, the same every demo (their own seed). */
export function contractors(): Contractor[] {
  const r = random(15_0301)
  return CONTRACTOR_NAMES.map((name) => ({
    name,
    licenceNo: licenceNo(r),
    leader: personName(r, 'male'),
    phone: mobile(r)
  }))
}

/** Works by the settings' keys (DEFAULT_PERMIT_SETTINGS): the usual home renovation and its options. */
export function chooseWorks(r: Random, options: { partition?: boolean; load?: boolean } = {}): string[] {
  const works = ['plumbing', 'walls']
  for (const key of ['ceiling', 'kitchenBath', 'doorsWindows']) if (r.chance(0.55)) works.push(key)
  if (options.partition ?? r.chance(0.2)) works.push('partition')
  if (options.load) works.push('load')
  return works
}

/** The housing authority's approval for added load (明显加大荷载). */
export const approvalDocNo = (r: Random, year: string) =>
  `榕建房审〔${year}〕${String(r.int(100, 999)).padStart(4, '0')}号`

const TRADES = ['水电工', '木工', '泥瓦工', '油漆工', '杂工', '防水工']

export interface DemoWorker {
  name: string
  idType: 'resident'
  idNumber: string
  phone: string
  trade: string
}

export function worker(r: Random, index: number): DemoWorker {
  const gender = r.chance(0.85) ? 'male' : 'female'
  return {
    name: personName(r, gender),
    idType: 'resident',
    idNumber: residentId(r, gender, 1968, 2000),
    phone: mobile(r),
    trade: TRADES[index % TRADES.length]!
  }
}

export const REVIEWERS = ['工程部 王建明', '工程部 林志强', '工程部 陈立新']
export const FOUND_BY = ['安护部 周海', '安护部 吴磊', '工程部 林志强', '保洁部 郑秀英']

/** What the patrol finds, with a deduction in yuan ('0' for a warning). */
export const VIOLATIONS: { what: string; deduction: string; reason: string }[] = [
  { what: '在楼道公共区域堆放水泥、砂石等装修材料', deduction: '200', reason: '占用公共区域，经提醒未及时清理' },
  { what: '中午 12:00–14:00 使用电锤施工，邻居投诉噪音', deduction: '300', reason: '违反施工时间规定' },
  { what: '装修垃圾未装袋，倒入生活垃圾桶', deduction: '500', reason: '垃圾未按规定清运，物业代为清理' },
  { what: '施工人员未佩戴出入证进出小区', deduction: '0', reason: '' },
  { what: '卫生间防水未做闭水试验即铺贴地砖', deduction: '0', reason: '' }
]

export const CANCEL_REASONS = ['业主决定暂缓装修', '业主出售房屋，装修取消', '施工单位档期冲突，另行申请']

/**
 * The approval document's scan as the demo files it: a one-page PDF (ASCII only, so it needs no
 * embedded font) naming the room. The offsets of the cross-reference table are computed, so any
 * reader opens it.
 */
export interface DemoScan {
  fileName: string
  mime: 'application/pdf'
  dataBase64: string
}

export function approvalScan(roomCode: string): DemoScan {
  const text = `BT /F1 18 Tf 72 760 Td (Housing authority approval - demo scan) Tj 0 -28 Td (Room ${roomCode}: added load approved) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const at = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return at
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return {
    fileName: '房屋安全鉴定批复.pdf',
    mime: 'application/pdf',
    dataBase64: Buffer.from(pdf, 'latin1').toString('base64')
  }
}
