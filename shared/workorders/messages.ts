import type { Catalogs } from '../kernel/i18n'

/** The core's messages for work orders (维修工作单), in every language (merged in shared/messages.ts). */

export const workOrdersZhCN = {
  'error.WORK_ORDER_STATE': '工作单 {number} 当前为“{status}”，不能{action}',
  'workOrders.status.pending': '待派工',
  'workOrders.status.completed': '已完成',
  'workOrders.status.completedUnbooked': '已完成，尚未预约复验',
  'workOrders.status.closed': '已关闭',
  'workOrders.action.complete': '登记维修完成',
  'workOrders.action.bookReinspection': '预约复验',
  'workOrders.action.accept': '业主签收',
  'workOrders.source.checkin': '入住验收',
  'workOrders.source.counter': '前台报修',
  'workOrders.source.phone': '电话报修',
  'workOrders.route.developer': '开发商保修',
  'workOrders.route.maintenance': '物业维修',
  'workOrders.field.pastAppointment': '复验时间应晚于现在',
  'audit.workOrderCreated': '维修工作单 {number}：{location} {category} — {description}（{source}）',
  'audit.workOrderCompleted': '维修工作单 {number} 维修完成（已复检）',
  'audit.workOrderReinspection': '维修工作单 {number} 预约复验：{at}',
  'audit.workOrderAccepted': '维修工作单 {number} 业主签收（{signedBy}），工作单关闭'
}

export const workOrdersZhTW: Record<keyof typeof workOrdersZhCN, string> = {
  'error.WORK_ORDER_STATE': '工作單 {number} 目前為「{status}」，不能{action}',
  'workOrders.status.pending': '待派工',
  'workOrders.status.completed': '已完成',
  'workOrders.status.completedUnbooked': '已完成，尚未預約複驗',
  'workOrders.status.closed': '已關閉',
  'workOrders.action.complete': '登記維修完成',
  'workOrders.action.bookReinspection': '預約複驗',
  'workOrders.action.accept': '業主簽收',
  'workOrders.source.checkin': '入住驗收',
  'workOrders.source.counter': '櫃檯報修',
  'workOrders.source.phone': '電話報修',
  'workOrders.route.developer': '開發商保修',
  'workOrders.route.maintenance': '物業維修',
  'workOrders.field.pastAppointment': '複驗時間應晚於現在',
  'audit.workOrderCreated': '維修工作單 {number}：{location} {category} — {description}（{source}）',
  'audit.workOrderCompleted': '維修工作單 {number} 維修完成（已複檢）',
  'audit.workOrderReinspection': '維修工作單 {number} 預約複驗：{at}',
  'audit.workOrderAccepted': '維修工作單 {number} 業主簽收（{signedBy}），工作單關閉'
}

export const workOrdersEn: Record<keyof typeof workOrdersZhCN, string> = {
  'error.WORK_ORDER_STATE': 'Work order {number} is “{status}”: it cannot be {action}',
  'workOrders.status.pending': 'Awaiting dispatch',
  'workOrders.status.completed': 'Completed',
  'workOrders.status.completedUnbooked': 'Completed, no re-inspection booked yet',
  'workOrders.status.closed': 'Closed',
  'workOrders.action.complete': 'marked as repaired',
  'workOrders.action.bookReinspection': 'booked for re-inspection',
  'workOrders.action.accept': 'signed off by the owner',
  'workOrders.source.checkin': 'Move-in inspection',
  'workOrders.source.counter': 'At the counter',
  'workOrders.source.phone': 'By phone',
  'workOrders.route.developer': 'Developer warranty',
  'workOrders.route.maintenance': 'Property maintenance',
  'workOrders.field.pastAppointment': 'The re-inspection must be later than now',
  'audit.workOrderCreated': 'Work order {number}: {location} {category} — {description} ({source})',
  'audit.workOrderCompleted': 'Work order {number} repaired (re-checked)',
  'audit.workOrderReinspection': 'Work order {number}: re-inspection booked for {at}',
  'audit.workOrderAccepted': 'Work order {number} signed off by {signedBy}; closed'
}

export const workOrdersMessages: Catalogs<keyof typeof workOrdersZhCN> = {
  'zh-CN': workOrdersZhCN,
  'zh-TW': workOrdersZhTW,
  en: workOrdersEn
}
