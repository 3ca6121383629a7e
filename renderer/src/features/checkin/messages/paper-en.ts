import type { checkinPaperZhCN } from './paper-zh-CN'

export const checkinPaperEn: Record<keyof typeof checkinPaperZhCN, string> = {
  'checkinPaper.result.pass': 'Pass',
  'checkinPaper.result.defect': 'Defect',
  'checkinPaper.unit.water': 't',
  'checkinPaper.unit.electricity': 'kWh',
  'checkinPaper.unit.gas': 'm³',
  'checkinPaper.title.registration': 'Resident registration form',
  'checkinPaper.title.keys': 'Key and items receipt',
  'checkinPaper.title.handover': 'Inspection and handover form',
  'checkinPaper.title.trusteeship': 'Trusteeship agreement'
}
