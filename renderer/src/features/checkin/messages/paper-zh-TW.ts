import type { checkinPaperZhCN } from './paper-zh-CN'

export const checkinPaperZhTW: Record<keyof typeof checkinPaperZhCN, string> = {
  'checkinPaper.result.pass': '合格',
  'checkinPaper.result.defect': '缺陷',
  'checkinPaper.unit.water': '噸',
  'checkinPaper.unit.electricity': '千瓦時',
  'checkinPaper.unit.gas': '立方米',
  'checkinPaper.title.registration': '住戶登記表',
  'checkinPaper.title.keys': '鑰匙簽收表',
  'checkinPaper.title.handover': '房屋品質驗收登記表（交接單）',
  'checkinPaper.title.trusteeship': '房屋託管協議'
}
