/**
 * The move-in papers' words (入住通知单, 住户登记表, 钥匙签收表, 交接单, 托管协议). Paper is printed
 * in Chinese whatever the screen's language, so the builders read this zh-CN catalog; the other
 * languages are for the screens that name the same things (a case, a document, a result).
 */
export const checkinPaperZhCN = {
  'checkinPaper.result.pass': '合格',
  'checkinPaper.result.defect': '缺陷',
  'checkinPaper.unit.water': '吨',
  'checkinPaper.unit.electricity': '千瓦时',
  'checkinPaper.unit.gas': '立方米',
  'checkinPaper.title.registration': '住户登记表',
  'checkinPaper.title.keys': '钥匙签收表',
  'checkinPaper.title.handover': '房屋质量验收登记表（交接单）',
  'checkinPaper.title.trusteeship': '房屋托管协议'
}
