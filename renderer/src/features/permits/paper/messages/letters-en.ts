import type { permitLettersZhCN } from './letters-zh-CN'

export const permitLettersEn: Record<keyof typeof permitLettersZhCN, string> = {
  'permitPaper.agreement.title': 'Renovation Management Agreement',
  'permitPaper.agreement.office': 'Party A (property management): {company}',
  'permitPaper.agreement.owner': 'Party B (owner): {owner}',
  'permitPaper.agreement.contractor': 'Contractor: {contractor} (in charge: {leader}, phone {phone})',
  'permitPaper.agreement.intro':
    "To manage interior renovation at {estate}, keep the building structurally safe and protect the rights of all owners, under the Regulations on Residential Interior Decoration and the estate's management rules, the parties agree as follows on the renovation of {room}.",
  'permitPaper.agreement.clause1':
    'Party B carries out only the plan Party A has reviewed and approved; the approved works are: {works}. A changed plan or further works must be applied for again and approved before they start.',
  'permitPaper.agreement.clause2':
    'The works run from {from} to {to}. Works not finished by then need an extension applied for at the service centre before the end date; without it, works must stop.',
  'permitPaper.agreement.clause3': 'Working hours: {hours}. Party A may stop works outside these hours.',
  'permitPaper.agreement.clause4': 'During the renovation the following are not allowed:',
  'permitPaper.agreement.clause5':
    'Party B makes the contractor obtain a temporary worker pass for every worker; workers enter and leave with their pass and return it when they leave the site. Party B is jointly responsible for the contractor and its workers.',
  'permitPaper.agreement.clause6':
    'Renovation waste is bagged and taken to the place Party A names; it is never dropped or left in common areas or poured into drains. Party B pays the waste removal fee of {garbage}.',
  'permitPaper.agreement.clause7':
    "Party B pays a renovation deposit of {deposit}. It is returned without interest once the completed works pass Party A's inspection and every paper is back; for breaches of this agreement or damage, Party A deducts from the deposit as the violation records state, and Party B pays any shortfall.",
  'permitPaper.agreement.clause8':
    "Party B lets Party A's staff inspect the works. For a breach of this agreement Party A may warn, order the works suspended and put right, withdraw the construction permit and report to the authorities.",
  'permitPaper.agreement.clause9':
    "When the works are complete Party B asks Party A to inspect them. Damage to common parts, shared facilities or others' property caused by the works is repaired or paid for by Party B.",
  'permitPaper.agreement.clause10':
    'This agreement is made in two copies, one for each party, and takes effect when both have signed (and sealed).',
  'permitPaper.agreement.bySchedule': 'as the fee schedule sets',
  'permitPaper.safety.title': 'Construction Safety Responsibility Letter',
  'permitPaper.safety.intro':
    'To keep the renovation of {room} safe and make clear who answers for it, the {estate} property management office (the office) and the contractor {contractor} sign this letter. The contractor is responsible for safety on site; its person in charge, {leader}, is the first person responsible.',
  'permitPaper.safety.clause1':
    'The contractor carries out only the approved plan, changes nothing without approval, and never alters the main or load-bearing structure or shared facilities.',
  'permitPaper.safety.clause2':
    'Workers are registered and wear their temporary worker pass, enter and leave only with it, never lend it and return it when they leave the site. The contractor gives its workers safety instruction.',
  'permitPaper.safety.clause3':
    "Power is taken only from the flat's own distribution box, with sound cables and residual-current protection; no improvised wiring or overloading. Power and water are turned off at the end of every working day.",
  'permitPaper.safety.clause4':
    'No smoking on site. Open flame (welding, cutting) is reported to the office beforehand, done by a certified operator, with extinguishers ready and someone watching.',
  'permitPaper.safety.clause5':
    'The site keeps a working fire extinguisher; paints, thinners and other flammables are kept in small amounts, away from any flame, and sealed after use.',
  'permitPaper.safety.clause6':
    'Work at height is protected; nothing is thrown from windows or into stairwells, no materials are left in common areas, and moving materials must not damage lifts or shared facilities.',
  'permitPaper.safety.clause7': 'Working hours: {hours}. The following are not allowed:',
  'permitPaper.safety.clause8':
    "After a fire, a leak, an injury or any other accident the contractor acts at once and tells the office; injury and damage caused by the contractor are entirely the contractor's responsibility.",
  'permitPaper.safety.clause9':
    'The office may inspect the site for safety and order hazards put right; if they are not, it may order works suspended and withdraw the permit and the worker passes.',
  'permitPaper.safety.clause10':
    'This letter takes effect when signed and lasts until the renovation passes its completion inspection. Two copies, one each for the office and the contractor; the owner has read it and signs.'
}
