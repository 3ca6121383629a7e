import type { Catalogs } from '../kernel/i18n'

/** The core's words for the gate part of 证件 (audit summaries, field messages), in every language. */

export const gateZhCN = {
  'audit.releaseIssued': '开具放行条 {number}（{name}：{items}，{validOn} 有效）',
  'audit.releaseRevoked': '放行条 {number} 作废：{reason}',
  'audit.releaseRedeemed': '放行条 {number} 已在门岗放行',
  'audit.gateChecked': '放行核验 {number}：{verdict}',
  'permits.gate.field.validOnPast': '有效日期不能早于今天',
  'permits.gate.field.validOnTooFar': '有效日期最多为 {days} 天后',
  'permits.gate.field.calledAtFuture': '致电时间不能晚于现在'
}

export const gateZhTW: Record<keyof typeof gateZhCN, string> = {
  'audit.releaseIssued': '開具放行條 {number}（{name}：{items}，{validOn} 有效）',
  'audit.releaseRevoked': '放行條 {number} 作廢：{reason}',
  'audit.gateChecked': '放行核驗 {number}：{verdict}',
  'audit.releaseRedeemed': '放行條 {number} 已在門崗放行',
  'permits.gate.field.validOnPast': '有效日期不能早於今天',
  'permits.gate.field.validOnTooFar': '有效日期最多為 {days} 天後',
  'permits.gate.field.calledAtFuture': '致電時間不能晚於現在'
}

export const gateEn: Record<keyof typeof gateZhCN, string> = {
  'audit.releaseIssued': 'Release slip {number} issued ({name}: {items}, valid on {validOn})',
  'audit.releaseRevoked': 'Release slip {number} revoked: {reason}',
  'audit.releaseRedeemed': 'Release slip {number} used at the gate',
  'audit.gateChecked': 'Gate check {number}: {verdict}',
  'permits.gate.field.validOnPast': 'The day cannot be before today',
  'permits.gate.field.validOnTooFar': 'The day can be at most {days} days ahead',
  'permits.gate.field.calledAtFuture': 'The call cannot be in the future'
}

export const gateMessages: Catalogs<keyof typeof gateZhCN> = {
  'zh-CN': gateZhCN,
  'zh-TW': gateZhTW,
  en: gateEn
}
