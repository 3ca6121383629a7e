import type { Catalogs } from '../kernel/i18n'

/** The core's words for 多前台: the server's refusals, the link's, and their audit rows. */

export const officeZhCN = {
  'error.PAIRING_CODE_INVALID': '配对码不正确、已使用或已过期，请在服务器上重新生成',
  'error.NOT_OFFICE_SERVER': '此电脑不是办公室服务器，不能在此配对',
  'error.COUNTER_ALREADY_PAIRED': '“{name}”已有一台在用的电脑，请先在服务器上停用它',
  'error.DEVICE_UNKNOWN': '此电脑未与办公室服务器配对，或凭据不正确',
  'error.DEVICE_REVOKED': '此电脑已于 {at} 在服务器上被停用，请联系管理员重新配对',
  'error.OFFICE_UNREACHABLE': '无法连接办公室服务器（{address}），暂停办理，请改用纸质收据本并稍后补录',
  'error.OFFICE_PIN_MISMATCH': '该地址上的服务器证书与配对时不同，已拒绝连接，请联系管理员',
  'error.OFFICE_ADDRESS_INVALID': '请填写服务器地址，如 https://192.168.1.20:8443',
  'error.LINK_NOT_ALLOWED': '本机已有数据或已连接服务器，不能再配对',
  'error.OFFICE_OUTCOME_UNKNOWN': '网络中断，本次操作结果未确认。恢复连接后请在住户页核对，切勿重复收费',
  'office.field.code': '请填写服务器上显示的 10 位配对码',
  'office.field.listen': '请填写监听地址与端口，如 0.0.0.0:8443',
  'audit.officeCodeMade': '生成配对码（{name}）',
  'audit.officePaired': '前台电脑配对（{name}）',
  'audit.officeRevoked': '停用前台电脑（{name}）：{reason}',
  'audit.officeRefused': '拒绝连接（{reason}，{address}）',
  'office.refused.unknown': '未配对或凭据错误',
  'office.refused.revoked': '已停用的电脑',
  'office.refused.code': '配对码错误'
} as const

export type OfficeMessageKey = keyof typeof officeZhCN

const officeZhTW: Record<OfficeMessageKey, string> = {
  'error.PAIRING_CODE_INVALID': '配對碼不正確、已使用或已過期，請在伺服器上重新產生',
  'error.NOT_OFFICE_SERVER': '此電腦不是辦公室伺服器，不能在此配對',
  'error.COUNTER_ALREADY_PAIRED': '「{name}」已有一台在用的電腦，請先在伺服器上停用它',
  'error.DEVICE_UNKNOWN': '此電腦未與辦公室伺服器配對，或憑據不正確',
  'error.DEVICE_REVOKED': '此電腦已於 {at} 在伺服器上被停用，請聯絡管理員重新配對',
  'error.OFFICE_UNREACHABLE': '無法連線辦公室伺服器（{address}），暫停辦理，請改用紙本收據並稍後補錄',
  'error.OFFICE_PIN_MISMATCH': '該位址上的伺服器憑證與配對時不同，已拒絕連線，請聯絡管理員',
  'error.OFFICE_ADDRESS_INVALID': '請填寫伺服器位址，如 https://192.168.1.20:8443',
  'error.LINK_NOT_ALLOWED': '本機已有資料或已連線伺服器，不能再配對',
  'error.OFFICE_OUTCOME_UNKNOWN': '網路中斷，本次操作結果未確認。恢復連線後請在住戶頁核對，切勿重複收費',
  'office.field.code': '請填寫伺服器上顯示的 10 位配對碼',
  'office.field.listen': '請填寫監聽位址與連接埠，如 0.0.0.0:8443',
  'audit.officeCodeMade': '產生配對碼（{name}）',
  'audit.officePaired': '前台電腦配對（{name}）',
  'audit.officeRevoked': '停用前台電腦（{name}）：{reason}',
  'audit.officeRefused': '拒絕連線（{reason}，{address}）',
  'office.refused.unknown': '未配對或憑據錯誤',
  'office.refused.revoked': '已停用的電腦',
  'office.refused.code': '配對碼錯誤'
}

const officeEn: Record<OfficeMessageKey, string> = {
  'error.PAIRING_CODE_INVALID': 'The pairing code is wrong, used or expired: make a new one at the server',
  'error.NOT_OFFICE_SERVER': 'This PC is not the office server; pairing is done there',
  'error.COUNTER_ALREADY_PAIRED': '“{name}” already has a PC in use: revoke it at the server first',
  'error.DEVICE_UNKNOWN': 'This PC is not paired with the office server, or its credential is wrong',
  'error.DEVICE_REVOKED': 'This PC was revoked at the server on {at}: ask the administrator to pair it again',
  'error.OFFICE_UNREACHABLE':
    'The office server ({address}) does not answer: work is paused; use the paper receipt books and enter them later',
  'error.OFFICE_PIN_MISMATCH':
    'The server at this address shows another certificate than when this PC was paired: refused; call the administrator',
  'error.OFFICE_ADDRESS_INVALID': 'Enter the server address, e.g. https://192.168.1.20:8443',
  'error.LINK_NOT_ALLOWED': 'This PC already has data of its own or is already connected',
  'error.OFFICE_OUTCOME_UNKNOWN':
    'The network dropped: the outcome is not confirmed. Check the household page once connected; do not charge again',
  'office.field.code': 'Enter the 10-character pairing code shown at the server',
  'office.field.listen': 'Enter the address and port to listen on, e.g. 0.0.0.0:8443',
  'audit.officeCodeMade': 'Pairing code made ({name})',
  'audit.officePaired': 'Counter PC paired ({name})',
  'audit.officeRevoked': 'Counter PC revoked ({name}): {reason}',
  'audit.officeRefused': 'Connection refused ({reason}, {address})',
  'office.refused.unknown': 'not paired or wrong credential',
  'office.refused.revoked': 'revoked PC',
  'office.refused.code': 'wrong pairing code'
}

export const officeMessages = {
  'zh-CN': officeZhCN,
  'zh-TW': officeZhTW,
  en: officeEn
} satisfies Catalogs<OfficeMessageKey>
