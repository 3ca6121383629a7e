import type { Catalog, Catalogs } from '../kernel/i18n'

/** The core's words for the automatic backups (field texts of backups.saveSettings, its audit summary). */
export const backupZhCN = {
  'field.backupRange': '请输入允许范围内的整数',
  'field.backupDirAbsolute': '请填写完整路径，例如 E:\\物业备份 或 \\\\服务器\\共享\\物业备份',
  'field.backupDirInsideData': '第二备份位置不能在数据文件夹里：它要放在另一块磁盘、U 盘或网络文件夹上',
  'audit.backupSettings': '修改自动备份设置：每 {everyHours} 小时，第二备份位置 {secondDir}'
}

export type BackupMessageKey = keyof typeof backupZhCN

export const backupZhTW: Catalog<BackupMessageKey> = {
  'field.backupRange': '請輸入允許範圍內的整數',
  'field.backupDirAbsolute': '請填寫完整路徑，例如 E:\\物業備份 或 \\\\伺服器\\共用\\物業備份',
  'field.backupDirInsideData': '第二備份位置不能在資料夾內：它要放在另一顆磁碟、隨身碟或網路資料夾上',
  'audit.backupSettings': '修改自動備份設定：每 {everyHours} 小時，第二備份位置 {secondDir}'
}

export const backupEn: Catalog<BackupMessageKey> = {
  'field.backupRange': 'A whole number in the allowed range',
  'field.backupDirAbsolute': 'Enter a full path, e.g. E:\\Backups or \\\\server\\share\\Backups',
  'field.backupDirInsideData':
    'The second location cannot be inside the data folder: put it on another disk, a USB drive or a network folder',
  'audit.backupSettings': 'Changed the automatic backups: every {everyHours} h, second location {secondDir}'
}

export const backupMessages: Catalogs<BackupMessageKey> = { 'zh-CN': backupZhCN, 'zh-TW': backupZhTW, en: backupEn }
