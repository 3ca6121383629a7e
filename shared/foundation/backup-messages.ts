import type { Catalog, Catalogs } from '../kernel/i18n'

/** The core's words for the backups and 校验: field texts of backups.saveSettings, the audit summaries. */
export const backupZhCN = {
  'field.backupRange': '请输入允许范围内的整数',
  'field.backupDirAbsolute': '请填写完整路径，例如 E:\\物业备份 或 \\\\服务器\\共享\\物业备份',
  'field.backupDirInsideData': '第二备份位置不能在数据文件夹里：它要放在另一块磁盘、U 盘或网络文件夹上',
  'audit.backupSettings': '修改自动备份设置：每 {everyHours} 小时，第二备份位置 {secondDir}',
  'audit.backupStartup': '启动时自动备份数据库：{file}（按保留规则删除旧备份 {removed} 份）',
  'audit.backupScheduled': '定时自动备份数据库：{file}（按保留规则删除旧备份 {removed} 份）',
  'audit.backupQuit': '退出时自动备份数据库：{file}（按保留规则删除旧备份 {removed} 份）',
  'audit.backupHandover': '交接班时备份数据库：{file}（按保留规则删除旧备份 {removed} 份）',
  'audit.backupCopied': '备份已复制到第二备份位置：{file} → {folder}',
  'audit.backupFailedFull': '备份失败：备份位置的磁盘已满（{folder}）',
  'audit.backupFailedUnwritable': '备份失败：备份文件夹无法写入（{folder}）',
  'audit.backupFailed': '备份失败（{folder}）：{detail}',
  'audit.backupCopyFailedFull': '复制到第二备份位置失败：磁盘已满（{folder}）',
  'audit.backupCopyFailedUnwritable': '复制到第二备份位置失败：无法写入（{folder}），可能 U 盘未插或网络断开',
  'audit.backupCopyFailed': '复制到第二备份位置失败（{folder}）：{detail}',
  'audit.verifyOk': '校验数据：全部 {rows} 条记录的校验链完整，保护触发器齐全，账单结清一致',
  'audit.verifyBroken':
    '校验数据发现问题：校验链断点 {table} 第 {rowid} 行，缺少保护触发器 {triggers} 个，账单结清不一致 {settlement} 处'
}

export type BackupMessageKey = keyof typeof backupZhCN

export const backupZhTW: Catalog<BackupMessageKey> = {
  'field.backupRange': '請輸入允許範圍內的整數',
  'field.backupDirAbsolute': '請填寫完整路徑，例如 E:\\物業備份 或 \\\\伺服器\\共用\\物業備份',
  'field.backupDirInsideData': '第二備份位置不能在資料夾內：它要放在另一顆磁碟、隨身碟或網路資料夾上',
  'audit.backupSettings': '修改自動備份設定：每 {everyHours} 小時，第二備份位置 {secondDir}',
  'audit.backupStartup': '啟動時自動備份資料庫：{file}（依保留規則刪除舊備份 {removed} 份）',
  'audit.backupScheduled': '定時自動備份資料庫：{file}（依保留規則刪除舊備份 {removed} 份）',
  'audit.backupQuit': '結束時自動備份資料庫：{file}（依保留規則刪除舊備份 {removed} 份）',
  'audit.backupHandover': '交接班時備份資料庫：{file}（依保留規則刪除舊備份 {removed} 份）',
  'audit.backupCopied': '備份已複製到第二備份位置：{file} → {folder}',
  'audit.backupFailedFull': '備份失敗：備份位置的磁碟已滿（{folder}）',
  'audit.backupFailedUnwritable': '備份失敗：備份資料夾無法寫入（{folder}）',
  'audit.backupFailed': '備份失敗（{folder}）：{detail}',
  'audit.backupCopyFailedFull': '複製到第二備份位置失敗：磁碟已滿（{folder}）',
  'audit.backupCopyFailedUnwritable': '複製到第二備份位置失敗：無法寫入（{folder}），可能隨身碟未插或網路中斷',
  'audit.backupCopyFailed': '複製到第二備份位置失敗（{folder}）：{detail}',
  'audit.verifyOk': '校驗資料：全部 {rows} 筆記錄的校驗鏈完整，保護觸發器齊全，帳單結清一致',
  'audit.verifyBroken':
    '校驗資料發現問題：校驗鏈斷點 {table} 第 {rowid} 列，缺少保護觸發器 {triggers} 個，帳單結清不一致 {settlement} 處'
}

export const backupEn: Catalog<BackupMessageKey> = {
  'field.backupRange': 'A whole number in the allowed range',
  'field.backupDirAbsolute': 'Enter a full path, e.g. E:\\Backups or \\\\server\\share\\Backups',
  'field.backupDirInsideData':
    'The second location cannot be inside the data folder: put it on another disk, a USB drive or a network folder',
  'audit.backupSettings': 'Changed the automatic backups: every {everyHours} h, second location {secondDir}',
  'audit.backupStartup': 'Start-up backup of the database: {file} ({removed} old backups removed by retention)',
  'audit.backupScheduled': 'Scheduled backup of the database: {file} ({removed} old backups removed by retention)',
  'audit.backupQuit': 'Backup on quit: {file} ({removed} old backups removed by retention)',
  'audit.backupHandover': 'Backup at shift handover: {file} ({removed} old backups removed by retention)',
  'audit.backupCopied': 'Backup copied to the second location: {file} → {folder}',
  'audit.backupFailedFull': 'Backup failed: the backup disk is full ({folder})',
  'audit.backupFailedUnwritable': 'Backup failed: the backups folder cannot be written ({folder})',
  'audit.backupFailed': 'Backup failed ({folder}): {detail}',
  'audit.backupCopyFailedFull': 'Copy to the second location failed: the disk is full ({folder})',
  'audit.backupCopyFailedUnwritable':
    'Copy to the second location failed: cannot write ({folder}); the USB drive may be out or the network down',
  'audit.backupCopyFailed': 'Copy to the second location failed ({folder}): {detail}',
  'audit.verifyOk':
    'Verified the data: the chains of all {rows} records are whole, guard triggers present, bills settled',
  'audit.verifyBroken':
    'Verification found problems: chain broken at {table} row {rowid}, {triggers} guard triggers missing, {settlement} settlement breaks'
}

export const backupMessages: Catalogs<BackupMessageKey> = { 'zh-CN': backupZhCN, 'zh-TW': backupZhTW, en: backupEn }
