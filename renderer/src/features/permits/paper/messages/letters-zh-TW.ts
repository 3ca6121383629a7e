import type { permitLettersZhCN } from './letters-zh-CN'

export const permitLettersZhTW: Record<keyof typeof permitLettersZhCN, string> = {
  'permitPaper.agreement.title': '裝修管理協議',
  'permitPaper.agreement.office': '甲方（物業服務企業）：{company}',
  'permitPaper.agreement.owner': '乙方（業主）：{owner}',
  'permitPaper.agreement.contractor': '施工單位：{contractor}（負責人 {leader}，電話 {phone}）',
  'permitPaper.agreement.intro':
    '為加強{estate}住宅室內裝飾裝修管理，保障房屋結構安全和全體業主的合法權益，根據《住宅室內裝飾裝修管理辦法》及本物業管理區域管理規約，甲乙雙方就{room}裝飾裝修事宜訂立本協議。',
  'permitPaper.agreement.clause1':
    '乙方應按經甲方審核同意的裝修方案施工，核准施工項目為：{works}。變更方案或增加項目的，應重新申報，經甲方同意後方可施工。',
  'permitPaper.agreement.clause2':
    '施工期限自 {from} 至 {to}。逾期未完工的，乙方應在期滿前到客服中心辦理延期手續，逾期未辦理的不得繼續施工。',
  'permitPaper.agreement.clause3': '施工時間：{hours}。超出時間施工的，甲方有權制止。',
  'permitPaper.agreement.clause4': '裝修過程中不得有下列行為：',
  'permitPaper.agreement.clause5':
    '乙方應督促施工單位為施工人員辦理《施工人員臨時出入證》，施工人員憑證出入，離場時交回。乙方對施工單位及其人員的行為承擔連帶責任。',
  'permitPaper.agreement.clause6':
    '裝修垃圾應袋裝後運至甲方指定地點，不得拋撒、堆放於公共區域或倒入下水管道。乙方應繳納裝修垃圾清運費 {garbage}。',
  'permitPaper.agreement.clause7':
    '乙方應交納裝修保證金 {deposit}。裝修完工經甲方驗收合格、全部證件交回後，保證金無息退還；違反本協議或造成損失的，甲方可按違規記錄從保證金中扣除，不足部分由乙方賠償。',
  'permitPaper.agreement.clause8':
    '乙方應允許甲方工作人員入戶檢查裝修情況。對違反本協議的行為，甲方有權勸阻、責令停工整改，直至收回《裝修施工許可證》，並報告有關主管部門。',
  'permitPaper.agreement.clause9':
    '裝修完工後，乙方應通知甲方驗收。因裝修造成共用部位、共用設施設備或他人財產損壞的，由乙方負責修復或賠償。',
  'permitPaper.agreement.clause10': '本協議一式兩份，甲乙雙方各執一份，自雙方簽字（蓋章）之日起生效。',
  'permitPaper.agreement.bySchedule': '按收費標準',
  'permitPaper.safety.title': '裝修施工安全責任書',
  'permitPaper.safety.intro':
    '為確保{room}裝飾裝修施工安全，明確安全責任，{estate}物業服務中心（以下簡稱管理處）與施工單位{contractor}簽訂本責任書。施工單位是本工程施工安全的責任主體，其負責人{leader}為現場安全第一責任人。',
  'permitPaper.safety.clause1':
    '施工單位應按審核同意的方案施工，不得擅自變更，不得拆改房屋主體結構、承重結構和共用設施設備。',
  'permitPaper.safety.clause2':
    '施工人員須經登記並佩戴《施工人員臨時出入證》，憑證出入；出入證不得轉借，離場時交回。施工單位應對施工人員進行安全教育。',
  'permitPaper.safety.clause3':
    '用電須從戶內配電箱接出，使用合格電線電纜和漏電保護裝置，不得私拉亂接、超負荷用電；每日收工前切斷電源、關閉水閥。',
  'permitPaper.safety.clause4':
    '施工現場嚴禁吸菸。動用明火（電焊、氣割等）須事先向管理處報備，操作人員持證上崗，配備滅火器材並有專人看護。',
  'permitPaper.safety.clause5': '施工現場應配備合格滅火器；油漆、稀料等易燃材料少量存放、遠離火源，用後及時封存。',
  'permitPaper.safety.clause6':
    '高處作業應採取防護措施；不得向窗外、樓道拋擲物品，不得在公共區域堆放材料，搬運材料不得損壞電梯和公共設施。',
  'permitPaper.safety.clause7': '施工時間：{hours}。施工中不得有下列行為：',
  'permitPaper.safety.clause8':
    '施工中發生火災、漏水、人員受傷等事故，施工單位應立即採取措施並報告管理處；因施工單位原因造成的人身傷害和財產損失，由施工單位承擔全部責任。',
  'permitPaper.safety.clause9':
    '管理處有權對施工現場進行安全檢查，對安全隱患責令整改；拒不整改的，可責令停工，直至收回施工許可證及施工人員出入證。',
  'permitPaper.safety.clause10':
    '本責任書自簽字之日起生效，至裝修驗收合格之日止。一式兩份，管理處與施工單位各執一份，業主知悉並簽字。'
}
