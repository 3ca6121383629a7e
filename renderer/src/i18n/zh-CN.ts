import { householdsZhCN } from './households/zh-CN'
import { feesZhCN } from './fees/zh-CN'
import { feeSettingsZhCN } from './fee-settings/zh-CN'
import { printingZhCN } from './printing/zh-CN'
import { arrearsZhCN } from './arrears/zh-CN'
import { reportsZhCN } from './reports/zh-CN'
import { keysZhCN } from './keys/zh-CN'

/** The screens' words in Simplified Chinese: the source of the catalog's keys. */
export const foundationZhCN = {
  'app.name': 'FrontDesk 物业前台',
  'app.demoBanner': '演示数据 — 此数据库由 npm run demo 生成，仅供试用，请勿录入真实业务',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.confirm': '确定',
  'common.edit': '编辑',
  'common.close': '关闭',
  'common.loading': '正在加载…',
  'common.yes': '是',
  'common.no': '否',
  'common.saved': '已保存',
  'common.required': '必填',
  'common.retry': '重试',

  'nav.workbench': '工作台',
  'nav.settings': '设置',

  'header.counter': '前台',
  'header.shiftSince': '本班开始 {time}',
  'header.changePassword': '修改密码',
  'header.lock': '锁定屏幕',
  'header.signOut': '退出登录',

  'setup.title': '首次使用：初始设置',
  'setup.intro': '填写公司、小区和本前台的名称，并创建第一位系统管理员。以后可在“设置”中修改。',
  'setup.section.estate': '公司与小区',
  'setup.section.admin': '系统管理员',
  'setup.companyName': '物业公司名称',
  'setup.companyName.placeholder': '例如：安居物业服务有限公司',
  'setup.estateName': '小区名称',
  'setup.estateName.placeholder': '例如：锦绣家园',
  'setup.counterName': '本前台名称',
  'setup.counterName.placeholder': '例如：一号前台',
  'setup.username': '登录用户名',
  'setup.displayName': '姓名',
  'setup.password': '密码',
  'setup.passwordHint': '至少 8 位，同时包含字母和数字',
  'setup.confirmPassword': '再次输入密码',
  'setup.passwordMismatch': '两次输入的密码不一致',
  'setup.submit': '完成设置',
  'setup.done': '设置完成，请用刚创建的管理员登录',

  'signIn.title': '登录',
  'signIn.username': '用户名',
  'signIn.password': '密码',
  'signIn.submit': '登录',
  'signIn.unlockAccount': '账户被锁定？请主管现场解锁',
  'signIn.unlockAccountTitle': '解除账户锁定',
  'signIn.unlockAccountUser': '被锁定的用户名',
  'signIn.unlockedOk': '账户“{username}”已解锁，请重新登录',
  'signIn.language': '语言',

  'lock.title': '屏幕已锁定',
  'lock.intro': '{name}，请输入您的密码继续。未保存的工作仍然保留。',
  'lock.password': '密码',
  'lock.unlock': '解锁',
  'lock.switchUser': '退出并换人登录',

  'password.title': '修改密码',
  'password.mustChange': '这是管理员为您设置的初始密码，请先改成只有您知道的密码。',
  'password.current': '当前密码',
  'password.new': '新密码',
  'password.confirm': '确认新密码',
  'password.changed': '密码已修改',

  'approval.title': '需要现场审批',
  'approval.intro': '此操作需要{roles}在现场输入自己的用户名和密码批准。审批人会记录在操作日志中。',
  'approval.username': '审批人用户名',
  'approval.password': '审批人密码',
  'approval.approve': '批准',

  'workbench.greeting': '{name}，您好',
  'workbench.shift': '本班：{counter}，{time} 开始',
  'workbench.shiftResumed': '（接续未结束的班次）',
  'workbench.activity': '本班操作记录',
  'workbench.activityAll': '全处操作记录',
  'workbench.activityEmpty': '本班还没有操作记录',
  'workbench.shortcuts': '键盘快捷键',
  'workbench.shortcut.search': '全局搜索',
  'workbench.shortcut.lock': '锁定屏幕',
  'workbench.shortcut.nav': '切换到左侧第 N 个菜单',
  'workbench.column.time': '时间',
  'workbench.column.staff': '操作人',
  'workbench.column.summary': '内容',
  'workbench.column.approver': '审批人',

  'settings.tab.estate': '基本信息',
  'settings.tab.staff': '员工管理',
  'settings.tab.language': '界面语言',
  'settings.tab.about': '关于',
  'settings.companyName': '物业公司名称',
  'settings.estateName': '小区名称',
  'settings.counterName': '本前台名称',
  'settings.idleLockMinutes': '无操作自动锁屏（分钟）',
  'settings.revealRoles': '可查看完整证件号码和电话的角色',
  'settings.revealRolesHint': '其他角色只看到打码后的号码；每次查看都记录在操作日志中。',
  'settings.adminOnly': '只有系统管理员可以修改这些设置。',

  'staff.add': '新增员工',
  'staff.username': '用户名',
  'staff.displayName': '姓名',
  'staff.role': '角色',
  'staff.status': '状态',
  'staff.active': '启用',
  'staff.disabled': '已停用',
  'staff.locked': '锁定至 {time}',
  'staff.mustChange': '待改初始密码',
  'staff.actions': '操作',
  'staff.disable': '停用',
  'staff.enable': '启用',
  'staff.resetPassword': '重置密码',
  'staff.initialPassword': '初始密码',
  'staff.newPassword': '新密码',
  'staff.disableConfirm': '停用后该员工将无法登录，历史记录保留。确定停用“{name}”？',
  'staff.noDelete': '员工不能删除，只能停用：历史记录需要保留姓名。',
  'staff.createdAt': '创建时间',

  'language.title': '界面语言',
  'language.intro': '只影响您自己的界面；每位员工可以选择自己的语言。',
  'language.zh-CN': '简体中文',
  'language.zh-TW': '繁體中文',
  'language.en': 'English',

  'about.version': '版本',
  'about.dataDir': '数据文件夹',
  'about.databaseFile': '数据库文件',
  'about.backupsDir': '备份文件夹',
  'about.sqlite': 'SQLite 版本',
  'about.schema': '数据库结构版本',
  'about.node': 'Node.js 版本',
  'about.backups': '最近的备份',
  'about.backupNow': '立即备份',
  'about.backupDone': '备份完成：{file}',
  'about.noBackups': '还没有备份',
  'about.printTest': '打印测试页',
  'about.printTestDone': '测试页已发送',

  'recovery.title': '数据库无法打开',
  'recovery.intro':
    '数据库文件未通过检查或无法打开。为避免丢失数据，系统没有改动、替换或重建它。请从下面经过校验的备份中选择一个恢复；原文件会被改名保留，不会删除。',
  'recovery.reason': '原因',
  'recovery.databaseFile': '数据库文件',
  'recovery.backups': '可用的备份',
  'recovery.noBackups': '没有找到可用的备份。请联系技术支持，并保留数据文件夹原样。',
  'recovery.verified': '已校验',
  'recovery.unverified': '校验未通过',
  'recovery.restore': '用此备份恢复',
  'recovery.adminPrompt': '请输入该备份中的系统管理员账户以确认恢复',
  'recovery.restored': '已从 {file} 恢复；原数据库文件已改名为 {aside} 保留',
  'recovery.file': '备份文件',
  'recovery.size': '大小',
  'recovery.createdAt': '备份时间',

  'print.testTitle': '打印测试页',
  'print.testBody': '如果这一页的边框完整、文字清晰，说明打印机设置正确。',

  'error.network': '无法连接到 FrontDesk 服务'
}

/** Each capability keeps its words in i18n/<capability>/; the catalog is their union. */
export const zhCN = { ...foundationZhCN, ...householdsZhCN, ...feesZhCN, ...feeSettingsZhCN, ...printingZhCN, ...arrearsZhCN, ...reportsZhCN, ...keysZhCN }

export type FoundationKey = keyof typeof foundationZhCN
export type CatalogKey = keyof typeof zhCN
