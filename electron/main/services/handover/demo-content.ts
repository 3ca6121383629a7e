import type { LedgerCategory, LedgerChannel } from '../../../../shared/handover/ledger-types'

/**
 * What a residential estate's front desk writes in its ledger (客服前台台帐) over a year: each
 * kind of call or visit with how it usually ends — answered on the spot, promised an answer by a
 * department, turned into a repair or a complaint, or closed without one.
 */

export type LedgerOutcome = 'spot' | 'promise' | 'repair' | 'complaint' | 'close'

export interface LedgerTopic {
  channel: LedgerChannel
  category: LedgerCategory
  content: string
  department: string
  outcome: LedgerOutcome
  /** The answer given (on the spot, or when the promise is kept). */
  answer: string
  /** For a repair: the work order's location and repair category key; for a complaint its category key. */
  location?: string
  workCategory?: string
  /** Whether the caller's room is named. */
  withRoom: boolean
}

const topic = (t: Omit<LedgerTopic, 'withRoom'> & { withRoom?: boolean }): LedgerTopic => ({ withRoom: true, ...t })

export const DAY_TOPICS: LedgerTopic[] = [
  topic({
    channel: 'phone',
    category: 'consult',
    content: '咨询本年度物业费标准及是否可以按季度缴纳',
    department: '',
    outcome: 'spot',
    answer: '已告知收费标准，可按季度缴纳，可到前台或微信缴费'
  }),
  topic({
    channel: 'phone',
    category: 'consult',
    content: '询问明天是否停水，停水时间多长',
    department: '维修部',
    outcome: 'promise',
    answer: '已回复：明日9:00-15:00二次供水水箱清洗，期间停水，已在各单元张贴通知'
  }),
  topic({
    channel: 'visit',
    category: 'other',
    content: '快递员将包裹放在前台，请帮忙代收并通知业主',
    department: '',
    outcome: 'spot',
    answer: '已代收登记，电话通知业主前来领取'
  }),
  topic({
    channel: 'phone',
    category: 'complaint',
    content: '楼上住户晚间装修噪音大，影响休息',
    department: '安护部',
    outcome: 'complaint',
    answer: '',
    workCategory: 'neighbour'
  }),
  topic({
    channel: 'phone',
    category: 'repair',
    content: '卫生间天花板漏水，疑似楼上管道渗漏',
    department: '维修部',
    outcome: 'repair',
    answer: '',
    location: '卫生间天花板',
    workCategory: 'leak'
  }),
  topic({
    channel: 'visit',
    category: 'repair',
    content: '入户门锁芯转动困难，钥匙插不进去',
    department: '维修部',
    outcome: 'repair',
    answer: '',
    location: '入户门',
    workCategory: 'doorWindow'
  }),
  topic({
    channel: 'phone',
    category: 'consult',
    content: '咨询车位月租价格及办理所需材料',
    department: '管理处',
    outcome: 'promise',
    answer: '已回复：地面车位月租150元，需携带行驶证、身份证到前台办理'
  }),
  topic({
    channel: 'visit',
    category: 'release',
    content: '搬出旧沙发一套，办理物品放行',
    department: '安护部',
    outcome: 'spot',
    answer: '已核实业主身份，开具放行条'
  }),
  topic({
    channel: 'phone',
    category: 'complaint',
    content: '单元门口垃圾桶满溢未及时清运，气味大',
    department: '保洁部',
    outcome: 'promise',
    answer: '已回复：保洁部已清运并消毒，增加下午一次清运'
  }),
  topic({
    channel: 'letter',
    category: 'consult',
    content: '业主来信建议小区增设电动车充电桩',
    department: '管理处',
    outcome: 'promise',
    answer: '已回复：管理处已列入明年改造计划，届时公示'
  }),
  topic({
    channel: 'fax',
    category: 'other',
    content: '街道办传真：下周开展消防安全检查，请配合',
    department: '管理处',
    outcome: 'spot',
    answer: '已转管理处主任，并通知安护部准备',
    withRoom: false
  }),
  topic({
    channel: 'phone',
    category: 'consult',
    content: '询问有线电视信号故障报修电话',
    department: '',
    outcome: 'spot',
    answer: '已告知有线电视客服电话96211'
  }),
  topic({
    channel: 'phone',
    category: 'other',
    content: '来电要找王先生，拨错号码',
    department: '',
    outcome: 'close',
    answer: '',
    withRoom: false
  }),
  topic({
    channel: 'visit',
    category: 'consult',
    content: '咨询装修申请需要提交哪些材料',
    department: '',
    outcome: 'spot',
    answer: '已告知需提供装修图纸、施工队营业执照及施工人员身份证复印件'
  }),
  topic({
    channel: 'phone',
    category: 'repair',
    content: '楼道声控灯不亮',
    department: '维修部',
    outcome: 'promise',
    answer: '已回复：维修部已更换灯泡，恢复正常'
  }),
  topic({
    channel: 'other',
    category: 'consult',
    content: '业主微信留言询问小区游泳池开放时间',
    department: '',
    outcome: 'spot',
    answer: '已回复：夏季每日14:00-21:00开放，周一清洁闭馆'
  }),
  topic({
    channel: 'phone',
    category: 'complaint',
    content: '前台收费时工作人员态度生硬',
    department: '客服部',
    outcome: 'complaint',
    answer: '',
    workCategory: 'attitude'
  })
]

export const NIGHT_TOPICS: LedgerTopic[] = [
  topic({
    channel: 'phone',
    category: 'repair',
    content: '夜间厨房水管爆裂，水流到地面',
    department: '维修部',
    outcome: 'repair',
    answer: '',
    location: '厨房',
    workCategory: 'plumbing'
  }),
  topic({
    channel: 'phone',
    category: 'complaint',
    content: '楼下KTV声音太大，无法入睡',
    department: '安护部',
    outcome: 'promise',
    answer: '已回复：安护部已上门劝说，音量已降低'
  }),
  topic({
    channel: 'visit',
    category: 'other',
    content: '业主忘带门禁卡，请求开单元门',
    department: '',
    outcome: 'spot',
    answer: '已核实身份后协助开门'
  }),
  topic({
    channel: 'phone',
    category: 'repair',
    content: '家中突然停电，电闸跳不上去',
    department: '维修部',
    outcome: 'promise',
    answer: '已回复：值班电工上门检查，系热水器漏电，已恢复供电'
  }),
  topic({
    channel: 'phone',
    category: 'consult',
    content: '询问地下车库是否有陌生车辆停放',
    department: '安护部',
    outcome: 'promise',
    answer: '已回复：安护部巡查，系访客车辆，已登记'
  })
]

/** A note the outgoing person leaves, now and then marked important. */
export const HANDOVER_NOTES: { text: string; important: boolean }[] = [
  { text: '3号楼电梯维保明天上午进行，请提前告知来电业主。', important: false },
  { text: '财务部通知：本月起微信缴费需核对到账截图。', important: false },
  { text: '明日上午停水（二次供水水箱清洗），请接听咨询电话时说明。', important: true },
  { text: '收据本剩余不多，请及时向财务部领取。', important: false },
  { text: '2号楼有业主反映地下室渗水，维修部明早处理，请跟进。', important: true },
  { text: '前台打印机卡纸，已报信息部。', important: false }
]
