/**
 * 装修管理协议 and 安全责任书: a standard text for an ordinary residential estate, completed with the
 * estate's rules (hours, prohibited works) and the renovation's facts. Clause n is `...clauseN`;
 * the prohibited works are listed after the clause that names them.
 */
export const permitLettersZhCN = {
  'permitPaper.agreement.title': '装修管理协议',
  'permitPaper.agreement.office': '甲方（物业服务企业）：{company}',
  'permitPaper.agreement.owner': '乙方（业主）：{owner}',
  'permitPaper.agreement.contractor': '施工单位：{contractor}（负责人 {leader}，电话 {phone}）',
  'permitPaper.agreement.intro':
    '为加强{estate}住宅室内装饰装修管理，保障房屋结构安全和全体业主的合法权益，根据《住宅室内装饰装修管理办法》及本物业管理区域管理规约，甲乙双方就{room}装饰装修事宜订立本协议。',
  'permitPaper.agreement.clause1':
    '乙方应按经甲方审核同意的装修方案施工，核准施工项目为：{works}。变更方案或增加项目的，应重新申报，经甲方同意后方可施工。',
  'permitPaper.agreement.clause2':
    '施工期限自 {from} 至 {to}。逾期未完工的，乙方应在期满前到客服中心办理延期手续，逾期未办理的不得继续施工。',
  'permitPaper.agreement.clause3': '施工时间：{hours}。超出时间施工的，甲方有权制止。',
  'permitPaper.agreement.clause4': '装修过程中不得有下列行为：',
  'permitPaper.agreement.clause5':
    '乙方应督促施工单位为施工人员办理《施工人员临时出入证》，施工人员凭证出入，离场时交回。乙方对施工单位及其人员的行为承担连带责任。',
  'permitPaper.agreement.clause6':
    '装修垃圾应袋装后运至甲方指定地点，不得抛撒、堆放于公共区域或倒入下水管道。乙方应缴纳装修垃圾清运费 {garbage}。',
  'permitPaper.agreement.clause7':
    '乙方应交纳装修保证金 {deposit}。装修完工经甲方验收合格、全部证件交回后，保证金无息退还；违反本协议或造成损失的，甲方可按违规记录从保证金中扣除，不足部分由乙方赔偿。',
  'permitPaper.agreement.clause8':
    '乙方应允许甲方工作人员入户检查装修情况。对违反本协议的行为，甲方有权劝阻、责令停工整改，直至收回《装修施工许可证》，并报告有关主管部门。',
  'permitPaper.agreement.clause9':
    '装修完工后，乙方应通知甲方验收。因装修造成共用部位、共用设施设备或他人财产损坏的，由乙方负责修复或赔偿。',
  'permitPaper.agreement.clause10': '本协议一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。',
  'permitPaper.agreement.bySchedule': '按收费标准',
  'permitPaper.safety.title': '装修施工安全责任书',
  'permitPaper.safety.intro':
    '为确保{room}装饰装修施工安全，明确安全责任，{estate}物业服务中心（以下简称管理处）与施工单位{contractor}签订本责任书。施工单位是本工程施工安全的责任主体，其负责人{leader}为现场安全第一责任人。',
  'permitPaper.safety.clause1':
    '施工单位应按审核同意的方案施工，不得擅自变更，不得拆改房屋主体结构、承重结构和共用设施设备。',
  'permitPaper.safety.clause2':
    '施工人员须经登记并佩戴《施工人员临时出入证》，凭证出入；出入证不得转借，离场时交回。施工单位应对施工人员进行安全教育。',
  'permitPaper.safety.clause3':
    '用电须从户内配电箱接出，使用合格电线电缆和漏电保护装置，不得私拉乱接、超负荷用电；每日收工前切断电源、关闭水阀。',
  'permitPaper.safety.clause4':
    '施工现场严禁吸烟。动用明火（电焊、气割等）须事先向管理处报备，操作人员持证上岗，配备灭火器材并有专人看护。',
  'permitPaper.safety.clause5': '施工现场应配备合格灭火器；油漆、稀料等易燃材料少量存放、远离火源，用后及时封存。',
  'permitPaper.safety.clause6':
    '高处作业应采取防护措施；不得向窗外、楼道抛掷物品，不得在公共区域堆放材料，搬运材料不得损坏电梯和公共设施。',
  'permitPaper.safety.clause7': '施工时间：{hours}。施工中不得有下列行为：',
  'permitPaper.safety.clause8':
    '施工中发生火灾、漏水、人员受伤等事故，施工单位应立即采取措施并报告管理处；因施工单位原因造成的人身伤害和财产损失，由施工单位承担全部责任。',
  'permitPaper.safety.clause9':
    '管理处有权对施工现场进行安全检查，对安全隐患责令整改；拒不整改的，可责令停工，直至收回施工许可证及施工人员出入证。',
  'permitPaper.safety.clause10':
    '本责任书自签字之日起生效，至装修验收合格之日止。一式两份，管理处与施工单位各执一份，业主知悉并签字。'
}
