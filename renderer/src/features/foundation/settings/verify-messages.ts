import type { Catalog, Catalogs } from '@shared/kernel/i18n'

/** The screen words of 设置 → 关于 → 数据校验, every language. */
const zhCN = {
  'verify.title': '数据校验',
  'verify.run': '校验',
  'verify.intro':
    '重新计算收据、作废、钥匙借还和操作日志的每一条校验链，并检查保护触发器和账单结清，找出被改动或删除的记录。',
  'verify.never': '还没有做过全面校验',
  'verify.lastAt': '上次全面校验：{at}',
  'verify.allOk': '全部校验链完整，保护触发器齐全，每笔已收账单都与收据一致',
  'verify.foundProblems': '校验发现问题：下列记录可能在系统之外被改动，请保留现场并联系系统管理员',
  'verify.chainRows': '{chain}：{rows} 条',
  'verify.chain.receipts': '收据（号段 {prefix}）',
  'verify.chain.anyReceipts': '收据',
  'verify.chain.receipt_voids': '收据作废记录',
  'verify.chain.key_movements': '钥匙借还记录',
  'verify.chain.audit_log': '操作日志',
  'verify.break': '{chain}：第 {position} 条（记录编号 {rowid}{label}）{reason}',
  'verify.breakLabel': '，{label}',
  'verify.breakCounter': '{chain}：号段计数为 {position}，{reason}',
  'verify.reason.altered': '与校验值不符：写入后被改动过，或它前面的记录被改动或删除',
  'verify.reason.unsealed': '没有校验值：不是通过本系统写入的',
  'verify.reason.numberGap': '它前面缺少收据号码',
  'verify.reason.counterMismatch': '与最后一张收据的号码不符：号码被占用或收据被删除',
  'verify.reason.checkpointChanged': '上次校验通过后又被改动过',
  'verify.missingTriggers': '缺少保护触发器 {count} 个：{names}',
  'verify.settlement': '账单结清不一致 {count} 处',
  'verify.settlement.paidWithoutReceipt': '应收账单编号 {id} 标为已由收据 {code} 结清，但该收据不结清它',
  'verify.settlement.unpaidWithoutVoid': '应收账单编号 {id} 列在有效收据 {code} 上，却标为未缴且没有作废记录',
  'verify.lastCheck': '{scope}（{at}）发现：',
  'verify.scope.tail': '启动检查',
  'verify.scope.full': '每日检查'
}

export type VerifyScreenKey = keyof typeof zhCN

const zhTW: Catalog<VerifyScreenKey> = {
  'verify.title': '資料校驗',
  'verify.run': '校驗',
  'verify.intro':
    '重新計算收據、作廢、鑰匙借還和操作日誌的每一條校驗鏈，並檢查保護觸發器和帳單結清，找出被改動或刪除的記錄。',
  'verify.never': '還沒有做過全面校驗',
  'verify.lastAt': '上次全面校驗：{at}',
  'verify.allOk': '全部校驗鏈完整，保護觸發器齊全，每筆已收帳單都與收據一致',
  'verify.foundProblems': '校驗發現問題：下列記錄可能在系統之外被改動，請保留現場並聯絡系統管理員',
  'verify.chainRows': '{chain}：{rows} 筆',
  'verify.chain.receipts': '收據（號段 {prefix}）',
  'verify.chain.anyReceipts': '收據',
  'verify.chain.receipt_voids': '收據作廢記錄',
  'verify.chain.key_movements': '鑰匙借還記錄',
  'verify.chain.audit_log': '操作日誌',
  'verify.break': '{chain}：第 {position} 筆（記錄編號 {rowid}{label}）{reason}',
  'verify.breakLabel': '，{label}',
  'verify.breakCounter': '{chain}：號段計數為 {position}，{reason}',
  'verify.reason.altered': '與校驗值不符：寫入後被改動過，或它前面的記錄被改動或刪除',
  'verify.reason.unsealed': '沒有校驗值：不是透過本系統寫入的',
  'verify.reason.numberGap': '它前面缺少收據號碼',
  'verify.reason.counterMismatch': '與最後一張收據的號碼不符：號碼被佔用或收據被刪除',
  'verify.reason.checkpointChanged': '上次校驗通過後又被改動過',
  'verify.missingTriggers': '缺少保護觸發器 {count} 個：{names}',
  'verify.settlement': '帳單結清不一致 {count} 處',
  'verify.settlement.paidWithoutReceipt': '應收帳單編號 {id} 標為已由收據 {code} 結清，但該收據不結清它',
  'verify.settlement.unpaidWithoutVoid': '應收帳單編號 {id} 列在有效收據 {code} 上，卻標為未繳且沒有作廢記錄',
  'verify.lastCheck': '{scope}（{at}）發現：',
  'verify.scope.tail': '啟動檢查',
  'verify.scope.full': '每日檢查'
}

const en: Catalog<VerifyScreenKey> = {
  'verify.title': 'Data verification',
  'verify.run': 'Verify',
  'verify.intro':
    'Re-computes every chain of receipts, voids, key movements and the audit log, and checks the guard triggers and the settlement of bills, to find records changed or removed.',
  'verify.never': 'No full verification yet',
  'verify.lastAt': 'Last full verification: {at}',
  'verify.allOk': 'Every chain is whole, the guard triggers are present, every paid bill matches its receipt',
  'verify.foundProblems':
    'Verification found problems: the records below may have been changed outside FrontDesk. Leave everything as it is and call the administrator',
  'verify.chainRows': '{chain}: {rows} records',
  'verify.chain.receipts': 'Receipts (series {prefix})',
  'verify.chain.anyReceipts': 'Receipts',
  'verify.chain.receipt_voids': 'Receipt voids',
  'verify.chain.key_movements': 'Key movements',
  'verify.chain.audit_log': 'Audit log',
  'verify.break': '{chain}: number {position} (record id {rowid}{label}) {reason}',
  'verify.breakLabel': ', {label}',
  'verify.breakCounter': '{chain}: the series counter is at {position}; {reason}',
  'verify.reason.altered':
    'does not match its hash: changed after it was written, or the record before it was changed or removed',
  'verify.reason.unsealed': 'has no hash: it was not written by FrontDesk',
  'verify.reason.numberGap': 'follows a missing receipt number',
  'verify.reason.counterMismatch': 'does not match the last receipt: numbers were taken or receipts removed',
  'verify.reason.checkpointChanged': 'was verified before and has changed since',
  'verify.missingTriggers': '{count} guard triggers missing: {names}',
  'verify.settlement': '{count} settlement breaks',
  'verify.settlement.paidWithoutReceipt': 'Bill id {id} is marked paid by receipt {code}, which does not settle it',
  'verify.settlement.unpaidWithoutVoid': 'Bill id {id} is on valid receipt {code} but marked unpaid, without a void',
  'verify.lastCheck': '{scope} ({at}) found:',
  'verify.scope.tail': 'The start-up check',
  'verify.scope.full': 'The daily check'
}

export const verifyScreenMessages: Catalogs<VerifyScreenKey> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en }
