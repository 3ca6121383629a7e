import type { Locale } from './kernel/locale'
import { householdEn, householdZhCN, householdZhTW } from './households/messages'
import { importEn, importZhCN, importZhTW, type ImportMessageKey } from './households/import-messages'
import { feeEn, feeZhCN, feeZhTW } from './fees/messages'
import { printEn, printZhCN, printZhTW } from './fees/print-messages'
import { arrearsEn, arrearsZhCN, arrearsZhTW } from './fees/arrears-messages'
import { keyEn, keyZhCN, keyZhTW } from './keys/messages'
import { reportTermsEn, reportTermsZhCN, reportTermsZhTW, type ReportTermKey } from './fees/report-messages'

/**
 * Messages the core produces: error texts, field-validation texts and audit summaries.
 * The renderer's own catalog (renderer/src/i18n) holds the screens' words; these are shared
 * because the router speaks them to whichever shell asked.
 * `{name}` placeholders are filled from params.
 */
const zhCN = {
  'error.VALIDATION': '输入有误，请检查标红的项目',
  'error.UNKNOWN_PROCEDURE': '未知的操作：{name}',
  'error.NOT_SIGNED_IN': '请先登录',
  'error.SESSION_LOCKED': '屏幕已锁定，请输入密码解锁',
  'error.FORBIDDEN': '您的角色（{role}）无权执行此操作',
  'error.APPROVAL_REQUIRED': '此操作需要{roles}现场审批',
  'error.APPROVAL_REJECTED': '审批人用户名或密码错误，或其角色不能审批此操作',
  'error.BAD_CREDENTIALS': '用户名或密码错误（还可尝试 {remaining} 次）',
  'error.ACCOUNT_LOCKED': '密码连续输错 5 次，账户已锁定，请于 {until} 后再试或请主管解锁',
  'error.ACCOUNT_DISABLED': '该账户已停用，请联系系统管理员',
  'error.ALREADY_SET_UP': '系统已完成初始设置',
  'error.NOT_SET_UP': '系统尚未完成初始设置',
  'error.USERNAME_TAKEN': '用户名“{username}”已被使用',
  'error.NOT_FOUND': '找不到该记录',
  'error.WEAK_PASSWORD': '密码至少 8 位，且须同时包含字母和数字，不能与用户名相同',
  'error.LAST_ADMIN': '至少要保留一名启用的系统管理员',
  'error.REQUEST_ID_REQUIRED': '请求缺少请求编号，未执行',
  'error.RECOVERY_MODE': '数据库无法打开，系统处于恢复模式',
  'error.NOT_IN_RECOVERY': '数据库运行正常，不需要从备份恢复',
  'error.BACKUP_INVALID': '该备份未通过完整性检查，不能用于恢复',
  'error.CONFLICT': '数据已被他人修改，请刷新后重试',
  'error.RATE_LIMITED': '尝试过于频繁，请一分钟后再试',
  'error.PASSWORD_CHANGE_REQUIRED': '管理员设置的初始密码须先修改，修改后才能继续操作',
  'error.DUPLICATE_ROOM': '房号 {room} 已存在',
  'error.DUPLICATE_DOCUMENT': '该证件号码已登记在“{name}”名下，请直接选用此人',
  'error.FILE_TOO_LARGE': '文件超过 10 MB，请压缩或拆分后再上传',
  'error.INTERNAL': '系统内部错误，操作未完成，数据未改变（{detail}）',

  'field.required': '必填',
  'field.tooLong': '内容过长',
  'field.invalid': '格式不正确',
  'field.unknown': '不认识的字段',
  'field.usernameShort': '用户名至少 2 个字符',
  'field.usernameChars': '用户名只能包含字母、数字、下划线、点和短横线',
  'field.idleRange': '请输入 1 至 240 之间的整数',
  'field.layoutNeedsForm': '套打只用于连续纸和 A5 收据，热敏小票请选完整表格',

  'role.clerk': '客服管理员',
  'role.cashier': '财物管理员',
  'role.supervisor': '客服主管',
  'role.manager': '管理处主任',
  'role.admin': '系统管理员',
  'role.join': '或',

  'audit.generic': '执行 {procedure}',
  'audit.setup': '完成初始设置：{companyName} / {estateName}，前台“{counterName}”',
  'audit.signIn': '登录（{shift}）',
  'audit.shiftOpened': '开班',
  'audit.shiftResumed': '接续未结束的班次',
  'audit.signInFailed': '密码错误（连续第 {count} 次）',
  'audit.approvalRejected': '审批被拒绝：{username}',
  'audit.accountLocked': '密码连续输错 {count} 次，账户锁定至 {until}',
  'audit.signOut': '退出登录',
  'audit.lock': '锁定屏幕',
  'audit.unlock': '解锁屏幕',
  'audit.changePassword': '修改密码',
  'audit.setLocale': '界面语言改为 {locale}',
  'audit.unlockAccount': '解除账户“{username}”的锁定',
  'audit.staffCreate': '新增员工 {username}（{role}）',
  'audit.staffUpdate': '修改员工 {username}：{displayName}，{role}',
  'audit.staffEnable': '启用员工 {username}',
  'audit.staffDisable': '停用员工 {username}',
  'audit.staffResetPassword': '重置员工 {username} 的密码',
  'audit.settingsUpdate': '修改基本设置',
  'audit.backupNow': '手动备份数据库：{file}',
  'audit.restoreBackup': '从备份恢复数据库：{file}'
}

type FoundationKey = keyof typeof zhCN
export type MessageKey = FoundationKey | keyof typeof householdZhCN | ImportMessageKey | keyof typeof feeZhCN | keyof typeof arrearsZhCN | keyof typeof printZhCN | keyof typeof keyZhCN | ReportTermKey
type Catalog = Record<MessageKey, string>
type FoundationCatalog = Record<FoundationKey, string>

const zhTW: FoundationCatalog = {
  'error.VALIDATION': '輸入有誤，請檢查標紅的項目',
  'error.UNKNOWN_PROCEDURE': '未知的操作：{name}',
  'error.NOT_SIGNED_IN': '請先登入',
  'error.SESSION_LOCKED': '螢幕已鎖定，請輸入密碼解鎖',
  'error.FORBIDDEN': '您的角色（{role}）無權執行此操作',
  'error.APPROVAL_REQUIRED': '此操作需要{roles}現場審批',
  'error.APPROVAL_REJECTED': '審批人帳號或密碼錯誤，或其角色不能審批此操作',
  'error.BAD_CREDENTIALS': '帳號或密碼錯誤（還可嘗試 {remaining} 次）',
  'error.ACCOUNT_LOCKED': '密碼連續輸錯 5 次，帳戶已鎖定，請於 {until} 後再試或請主管解鎖',
  'error.ACCOUNT_DISABLED': '該帳戶已停用，請聯絡系統管理員',
  'error.ALREADY_SET_UP': '系統已完成初始設定',
  'error.NOT_SET_UP': '系統尚未完成初始設定',
  'error.USERNAME_TAKEN': '帳號「{username}」已被使用',
  'error.NOT_FOUND': '找不到該記錄',
  'error.WEAK_PASSWORD': '密碼至少 8 位，且須同時包含字母和數字，不能與帳號相同',
  'error.LAST_ADMIN': '至少要保留一名啟用的系統管理員',
  'error.REQUEST_ID_REQUIRED': '請求缺少請求編號，未執行',
  'error.RECOVERY_MODE': '資料庫無法開啟，系統處於復原模式',
  'error.NOT_IN_RECOVERY': '資料庫運作正常，不需要從備份復原',
  'error.BACKUP_INVALID': '該備份未通過完整性檢查，不能用於復原',
  'error.CONFLICT': '資料已被他人修改，請重新整理後再試',
  'error.RATE_LIMITED': '嘗試過於頻繁，請一分鐘後再試',
  'error.PASSWORD_CHANGE_REQUIRED': '管理員設定的初始密碼須先修改，修改後才能繼續操作',
  'error.DUPLICATE_ROOM': '房號 {room} 已存在',
  'error.DUPLICATE_DOCUMENT': '該證件號碼已登記在「{name}」名下，請直接選用此人',
  'error.FILE_TOO_LARGE': '檔案超過 10 MB，請壓縮或分拆後再上傳',
  'error.INTERNAL': '系統內部錯誤，操作未完成，資料未改變（{detail}）',

  'field.required': '必填',
  'field.tooLong': '內容過長',
  'field.invalid': '格式不正確',
  'field.unknown': '不認識的欄位',
  'field.usernameShort': '帳號至少 2 個字元',
  'field.usernameChars': '帳號只能包含字母、數字、底線、點和短橫線',
  'field.idleRange': '請輸入 1 至 240 之間的整數',
  'field.layoutNeedsForm': '套印只用於連續紙和 A5 收據，熱敏小票請選完整表格',

  'role.clerk': '客服管理員',
  'role.cashier': '財物管理員',
  'role.supervisor': '客服主管',
  'role.manager': '管理處主任',
  'role.admin': '系統管理員',
  'role.join': '或',

  'audit.generic': '執行 {procedure}',
  'audit.setup': '完成初始設定：{companyName} / {estateName}，櫃台「{counterName}」',
  'audit.signIn': '登入（{shift}）',
  'audit.shiftOpened': '開班',
  'audit.shiftResumed': '接續未結束的班次',
  'audit.signInFailed': '密碼錯誤（連續第 {count} 次）',
  'audit.approvalRejected': '審批被拒絕：{username}',
  'audit.accountLocked': '密碼連續輸錯 {count} 次，帳戶鎖定至 {until}',
  'audit.signOut': '登出',
  'audit.lock': '鎖定螢幕',
  'audit.unlock': '解鎖螢幕',
  'audit.changePassword': '修改密碼',
  'audit.setLocale': '介面語言改為 {locale}',
  'audit.unlockAccount': '解除帳戶「{username}」的鎖定',
  'audit.staffCreate': '新增員工 {username}（{role}）',
  'audit.staffUpdate': '修改員工 {username}：{displayName}，{role}',
  'audit.staffEnable': '啟用員工 {username}',
  'audit.staffDisable': '停用員工 {username}',
  'audit.staffResetPassword': '重設員工 {username} 的密碼',
  'audit.settingsUpdate': '修改基本設定',
  'audit.backupNow': '手動備份資料庫：{file}',
  'audit.restoreBackup': '從備份復原資料庫：{file}'
}

const en: FoundationCatalog = {
  'error.VALIDATION': 'Some entries are not valid; check the fields marked in red',
  'error.UNKNOWN_PROCEDURE': 'Unknown operation: {name}',
  'error.NOT_SIGNED_IN': 'Please sign in first',
  'error.SESSION_LOCKED': 'The screen is locked; enter your password to unlock',
  'error.FORBIDDEN': 'Your role ({role}) may not do this',
  'error.APPROVAL_REQUIRED': 'This needs on-the-spot approval by a {roles}',
  'error.APPROVAL_REJECTED': "The approver's user name or password is wrong, or their role cannot approve this",
  'error.BAD_CREDENTIALS': 'Wrong user name or password ({remaining} attempts left)',
  'error.ACCOUNT_LOCKED':
    'Five wrong passwords in a row: the account is locked until {until}, or ask a supervisor to unlock it',
  'error.ACCOUNT_DISABLED': 'This account is disabled; contact the system administrator',
  'error.ALREADY_SET_UP': 'The system has already been set up',
  'error.NOT_SET_UP': 'The system has not been set up yet',
  'error.USERNAME_TAKEN': 'The user name “{username}” is already taken',
  'error.NOT_FOUND': 'Record not found',
  'error.WEAK_PASSWORD':
    'A password needs at least 8 characters with both letters and digits, and must differ from the user name',
  'error.LAST_ADMIN': 'At least one active system administrator must remain',
  'error.REQUEST_ID_REQUIRED': 'The request had no request id and was not carried out',
  'error.RECOVERY_MODE': 'The database cannot be opened; the system is in recovery mode',
  'error.NOT_IN_RECOVERY': 'The database is working; there is nothing to restore',
  'error.BACKUP_INVALID': 'This backup failed its integrity check and cannot be restored',
  'error.CONFLICT': 'Someone else changed this record; refresh and try again',
  'error.RATE_LIMITED': 'Too many attempts; try again in a minute',
  'error.PASSWORD_CHANGE_REQUIRED': 'Change the password the administrator set before doing anything else',
  'error.DUPLICATE_ROOM': 'Room {room} already exists',
  'error.DUPLICATE_DOCUMENT': 'This document number is already registered to “{name}”; choose that person instead',
  'error.FILE_TOO_LARGE': 'The file is larger than 10 MB; compress or split it',
  'error.INTERNAL': 'Internal error: nothing was changed ({detail})',

  'field.required': 'Required',
  'field.tooLong': 'Too long',
  'field.invalid': 'Not valid',
  'field.unknown': 'Unknown field',
  'field.usernameShort': 'At least 2 characters',
  'field.usernameChars': 'Letters, digits, underscore, dot and hyphen only',
  'field.idleRange': 'A whole number from 1 to 240',
  'field.layoutNeedsForm': 'Data-only printing is for continuous and A5 forms; use the full form on the thermal roll',

  'role.clerk': 'Service clerk',
  'role.cashier': 'Cashier',
  'role.supervisor': 'Service supervisor',
  'role.manager': 'Office manager',
  'role.admin': 'System administrator',
  'role.join': ' or ',

  'audit.generic': 'Ran {procedure}',
  'audit.setup': 'Initial setup: {companyName} / {estateName}, counter “{counterName}”',
  'audit.signIn': 'Signed in ({shift})',
  'audit.shiftOpened': 'shift opened',
  'audit.shiftResumed': 'open shift resumed',
  'audit.signInFailed': 'Wrong password ({count} in a row)',
  'audit.approvalRejected': 'Approval refused: {username}',
  'audit.accountLocked': '{count} wrong passwords: account locked until {until}',
  'audit.signOut': 'Signed out',
  'audit.lock': 'Screen locked',
  'audit.unlock': 'Screen unlocked',
  'audit.changePassword': 'Password changed',
  'audit.setLocale': 'Language set to {locale}',
  'audit.unlockAccount': 'Lifted the lockout of “{username}”',
  'audit.staffCreate': 'Added staff {username} ({role})',
  'audit.staffUpdate': 'Changed staff {username}: {displayName}, {role}',
  'audit.staffEnable': 'Enabled staff {username}',
  'audit.staffDisable': 'Disabled staff {username}',
  'audit.staffResetPassword': 'Reset the password of {username}',
  'audit.settingsUpdate': 'Changed the basic settings',
  'audit.backupNow': 'Database backed up by hand: {file}',
  'audit.restoreBackup': 'Database restored from backup: {file}'
}

const catalogs: Record<Locale, Catalog> = {
  'zh-CN': { ...zhCN, ...householdZhCN, ...importZhCN, ...feeZhCN, ...arrearsZhCN, ...printZhCN, ...keyZhCN, ...reportTermsZhCN },
  'zh-TW': { ...zhTW, ...householdZhTW, ...importZhTW, ...feeZhTW, ...arrearsZhTW, ...printZhTW, ...keyZhTW, ...reportTermsZhTW },
  en: { ...en, ...householdEn, ...importEn, ...feeEn, ...arrearsEn, ...printEn, ...keyEn, ...reportTermsEn }
}

export type MessageParams = Record<string, string | number>

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogs['zh-CN']
}

/** Fills `{name}` placeholders. Params whose value is itself a message key are translated too. */
export function message(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const catalog = catalogs[locale]
  return catalog[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) return `{${name}}`
    return typeof value === 'string' && isMessageKey(value) ? catalog[value] : String(value)
  })
}
