import type { Catalogs } from '../kernel/i18n'

/**
 * The core's words for starting a trusteeship and checking its readings (房屋托管): the bounds of
 * the period, the start readings the limits need, a reading dated back. Merged with the rest of
 * checkin's messages in shared/checkin/index.ts.
 */
export const trusteeshipZhCN = {
  'error.TRUSTEESHIP_RUNNING': '{room} 已在托管中（{from} 起），不能再登记一次',
  'error.TRUSTEESHIP_ROOM_STATUS':
    '{room} 的状态是“{status}”：只有状态为托管的房屋可以在这里登记托管，未交付或空置的房屋请在入住办理中选择托管',
  'field.trusteeshipSignedLater': '托管协议签署日期不能晚于今天（{today}）',
  'field.trusteeshipStartBeforeAgreement': '托管开始日期不能早于协议签署日期（{on}）',
  'field.trusteeshipStartTooEarly': '托管开始日期不能早于{since}（{on}）',
  'field.trusteeshipStartTooFar': '托管开始日期最多在今天之后 {days} 天内（不晚于 {latest}）',
  'field.trusteeshipStartMeter': '托管开始须有{meter}读数（用量限额按水、电计算）',
  'field.trusteeshipBeforeLatest': '日期不能早于{meter}上次抄表的日期（{on}）',
  'trusteeship.since.checkin': '本次入住办理开始的日期',
  'trusteeship.since.handover': '房屋交付（入住办理完成）的日期',
  'trusteeship.since.previous': '上一次托管结束的日期',
  'audit.checkin.need.trusteeshipMeter': '{meter}起始读数（在“水电气底数”一步填写）'
}

export const trusteeshipZhTW: Record<keyof typeof trusteeshipZhCN, string> = {
  'error.TRUSTEESHIP_RUNNING': '{room} 已在託管中（{from} 起），不能再登記一次',
  'error.TRUSTEESHIP_ROOM_STATUS':
    '{room} 的狀態是「{status}」：只有狀態為託管的房屋可以在這裡登記託管，未交付或空置的房屋請在入住辦理中選擇託管',
  'field.trusteeshipSignedLater': '託管協議簽署日期不能晚於今天（{today}）',
  'field.trusteeshipStartBeforeAgreement': '託管開始日期不能早於協議簽署日期（{on}）',
  'field.trusteeshipStartTooEarly': '託管開始日期不能早於{since}（{on}）',
  'field.trusteeshipStartTooFar': '託管開始日期最多在今天之後 {days} 天內（不晚於 {latest}）',
  'field.trusteeshipStartMeter': '託管開始須有{meter}讀數（用量限額按水、電計算）',
  'field.trusteeshipBeforeLatest': '日期不能早於{meter}上次抄錶的日期（{on}）',
  'trusteeship.since.checkin': '本次入住辦理開始的日期',
  'trusteeship.since.handover': '房屋交付（入住辦理完成）的日期',
  'trusteeship.since.previous': '上一次託管結束的日期',
  'audit.checkin.need.trusteeshipMeter': '{meter}起始讀數（在「水電氣底數」一步填寫）'
}

export const trusteeshipEn: Record<keyof typeof trusteeshipZhCN, string> = {
  'error.TRUSTEESHIP_RUNNING': '{room} is already in trusteeship (since {from}); it cannot be registered twice',
  'error.TRUSTEESHIP_ROOM_STATUS':
    '{room} is “{status}”: only a home in trusteeship status can be registered here; take an undelivered or vacant home into trusteeship during its check-in',
  'field.trusteeshipSignedLater': 'The agreement cannot be signed after today ({today})',
  'field.trusteeshipStartBeforeAgreement': 'The trusteeship cannot start before the agreement was signed ({on})',
  'field.trusteeshipStartTooEarly': 'The trusteeship cannot start before {since} ({on})',
  'field.trusteeshipStartTooFar': 'The trusteeship must start within {days} days from today (by {latest})',
  'field.trusteeshipStartMeter':
    'A trusteeship starts with a {meter} reading (the limits are on water and electricity)',
  'field.trusteeshipBeforeLatest': 'The date cannot be before the last {meter} reading ({on})',
  'trusteeship.since.checkin': 'the day this check-in began',
  'trusteeship.since.handover': 'the day the home was handed over (check-in finished)',
  'trusteeship.since.previous': 'the end of the previous trusteeship',
  'audit.checkin.need.trusteeshipMeter': 'the {meter} start reading (in the meter readings step)'
}

export const trusteeshipMessages: Catalogs<keyof typeof trusteeshipZhCN> = {
  'zh-CN': trusteeshipZhCN,
  'zh-TW': trusteeshipZhTW,
  en: trusteeshipEn
}
