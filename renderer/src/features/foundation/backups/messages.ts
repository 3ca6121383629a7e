import type { Catalog, Catalogs } from '@shared/kernel/i18n'

/** The screen words of the automatic backups (设置 → 关于 and the 工作台 card), every language. */
const zhCN = {
  'backups.title': '自动备份',
  'backups.newest': '最新备份',
  'backups.none': '还没有备份',
  'backups.verified': '已校验',
  'backups.age.minutes': '{n} 分钟前',
  'backups.age.hours': '{n} 小时前',
  'backups.age.days': '{n} 天前',
  'backups.staleLocal': '已超过一天没有新的备份。请检查备份文件夹，或点“立即备份”。',
  'backups.second': '第二备份位置',
  'backups.second.notSet': '未设置。请选一个 U 盘或网络文件夹：电脑硬盘坏了时，同一块盘上的备份也会一起丢失。',
  'backups.second.ok': '正常，最近一次收到备份 {age}',
  'backups.second.stale': '已超过一天没有收到备份（最近一次：{age}）。请插上 U 盘或检查网络文件夹：{folder}',
  'backups.second.never': '还没有收到过备份。请插上 U 盘或检查网络文件夹：{folder}',
  'backups.second.unreachable': '无法写入第二备份位置：{folder}。请插上 U 盘或检查网络连接，系统会自动补上最新的备份。',
  'backups.second.sameDisk': '第二备份位置和数据库在同一块磁盘上，磁盘损坏时两份都会丢失，请改用 U 盘或网络文件夹。',
  'backups.form.everyHours': '每隔几小时自动备份',
  'backups.form.everyHoursHint': '程序启动时（若上次备份已超过一天）和正常退出时也会各备份一次',
  'backups.form.keepAllDays': '保留最近几天的全部备份',
  'backups.form.keepDailyMonths': '之后每天保留一份，保留几个月',
  'backups.form.keepHint': '更早的备份每月保留一份，长期保存',
  'backups.form.secondDir': '第二备份位置（U 盘或网络文件夹的完整路径，留空表示不用）',
  'backups.form.secondDirHint': '保存时会试写一次，并立刻复制最新的备份过去',
  'backups.form.hours': '小时',
  'backups.form.days': '天',
  'backups.form.months': '个月'
}

export type BackupScreenKey = keyof typeof zhCN

const zhTW: Catalog<BackupScreenKey> = {
  'backups.title': '自動備份',
  'backups.newest': '最新備份',
  'backups.none': '還沒有備份',
  'backups.verified': '已校驗',
  'backups.age.minutes': '{n} 分鐘前',
  'backups.age.hours': '{n} 小時前',
  'backups.age.days': '{n} 天前',
  'backups.staleLocal': '已超過一天沒有新的備份。請檢查備份資料夾，或點「立即備份」。',
  'backups.second': '第二備份位置',
  'backups.second.notSet': '未設定。請選一個隨身碟或網路資料夾：電腦硬碟壞了時，同一顆磁碟上的備份也會一起遺失。',
  'backups.second.ok': '正常，最近一次收到備份 {age}',
  'backups.second.stale': '已超過一天沒有收到備份（最近一次：{age}）。請插上隨身碟或檢查網路資料夾：{folder}',
  'backups.second.never': '還沒有收到過備份。請插上隨身碟或檢查網路資料夾：{folder}',
  'backups.second.unreachable':
    '無法寫入第二備份位置：{folder}。請插上隨身碟或檢查網路連線，系統會自動補上最新的備份。',
  'backups.second.sameDisk': '第二備份位置和資料庫在同一顆磁碟上，磁碟損壞時兩份都會遺失，請改用隨身碟或網路資料夾。',
  'backups.form.everyHours': '每隔幾小時自動備份',
  'backups.form.everyHoursHint': '程式啟動時（若上次備份已超過一天）和正常結束時也會各備份一次',
  'backups.form.keepAllDays': '保留最近幾天的全部備份',
  'backups.form.keepDailyMonths': '之後每天保留一份，保留幾個月',
  'backups.form.keepHint': '更早的備份每月保留一份，長期保存',
  'backups.form.secondDir': '第二備份位置（隨身碟或網路資料夾的完整路徑，留空表示不用）',
  'backups.form.secondDirHint': '儲存時會試寫一次，並立刻複製最新的備份過去',
  'backups.form.hours': '小時',
  'backups.form.days': '天',
  'backups.form.months': '個月'
}

const en: Catalog<BackupScreenKey> = {
  'backups.title': 'Automatic backups',
  'backups.newest': 'Newest backup',
  'backups.none': 'No backup yet',
  'backups.verified': 'verified',
  'backups.age.minutes': '{n} min ago',
  'backups.age.hours': '{n} h ago',
  'backups.age.days': '{n} days ago',
  'backups.staleLocal': 'No new backup for more than a day. Check the backups folder, or press Back up now.',
  'backups.second': 'Second location',
  'backups.second.notSet':
    'Not set. Choose a USB drive or a network folder: when the disk fails, backups on the same disk are lost with it.',
  'backups.second.ok': 'Working; last backup received {age}',
  'backups.second.stale':
    'No backup received for more than a day (last: {age}). Plug in the USB drive or check the network folder: {folder}',
  'backups.second.never': 'No backup received yet. Plug in the USB drive or check the network folder: {folder}',
  'backups.second.unreachable':
    'Cannot write to the second location: {folder}. Plug in the USB drive or check the network; the newest backup is copied there as soon as it is back.',
  'backups.second.sameDisk':
    'The second location is on the same disk as the database: a disk failure loses both. Use a USB drive or a network folder.',
  'backups.form.everyHours': 'Back up automatically every',
  'backups.form.everyHoursHint':
    'Also one at start-up (when the last is older than a day) and one when the app is closed normally',
  'backups.form.keepAllDays': 'Keep every backup of the last',
  'backups.form.keepDailyMonths': 'Then one a day for',
  'backups.form.keepHint': 'Older backups: one a month, kept for good',
  'backups.form.secondDir': 'Second location (full path of a USB drive or network folder; empty for none)',
  'backups.form.secondDirHint': 'Saving tries a write there and copies the newest backup at once',
  'backups.form.hours': 'hours',
  'backups.form.days': 'days',
  'backups.form.months': 'months'
}

export const backupScreenMessages: Catalogs<BackupScreenKey> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en }
