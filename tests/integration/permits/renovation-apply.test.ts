import { describe, expect, it } from 'vitest'
import type { HouseholdView, TimelineEntry } from '../../../shared/households/households'
import {
  apply,
  attemptApply,
  clerkApi,
  codeOf,
  count,
  env,
  fieldsOf,
  people,
  ROOM,
  settings,
  TODAY,
  upload
} from './permits-fixture'

/** Rows a refused application must not leave behind. */
const footprint = () => ({
  renovations: count('SELECT 1 FROM renovations'),
  contractors: count('SELECT 1 FROM contractors'),
  attachments: count('SELECT 1 FROM attachments'),
  events: count('SELECT 1 FROM renovation_events'),
  audits: count('SELECT 1 FROM audit_log WHERE room_id = ?', ROOM)
})

const household = () => env.query<HouseholdView>('households.get', { roomId: ROOM })
const onFile = async (typeKey: string) => (await household()).documents.find((d) => d.typeKey === typeKey)?.onFile

describe('apply: who may apply', () => {
  it('a co-owner applies as an owner', async () => {
    const view = await apply({ applicantPersonId: people.coowner })
    expect(view).toMatchObject({ applicantName: '李娜', applicantKind: 'owner', poaTo: null })
  })

  it('an agent whose power of attorney covers today applies with the ID copy and the power of attorney', async () => {
    const view = await apply({
      applicantPersonId: people.agent,
      agentIdCopy: upload('agent-id.png'),
      powerOfAttorney: upload('poa.png'),
      qualification: upload('licence.png')
    })
    expect(view).toMatchObject({ applicantName: '王五', applicantKind: 'agent', poaTo: '2026-12-31' })
    expect(view.qualificationAttachmentId).not.toBeNull()
    const docs = (await household()).documents
    expect(docs.find((d) => d.typeKey === 'agentIdCopy')).toMatchObject({
      onFile: true,
      attachments: [{ fileName: 'agent-id.png' }]
    })
    expect(docs.find((d) => d.typeKey === 'powerOfAttorney')).toMatchObject({
      onFile: true,
      attachments: [{ fileName: 'poa.png' }]
    })
    expect(
      count(`SELECT 1 FROM attachments WHERE room_id = ? AND type_key IS NULL AND file_name = 'licence.png'`, ROOM)
    ).toBe(1)
  })

  it('an agent without the papers is refused unless the household file has them', async () => {
    const before = footprint()
    const noCopy = await attemptApply({ applicantPersonId: people.agent, powerOfAttorney: upload('poa.png') })
    expect(fieldsOf(noCopy)).toEqual({ agentIdCopy: '受托人办理须提供受托人身份证复印件' })
    const noPoa = await attemptApply({ applicantPersonId: people.agent, agentIdCopy: upload('id.png') })
    expect(fieldsOf(noPoa)).toEqual({ powerOfAttorney: '受托人办理须提供授权委托书' })
    expect(footprint()).toEqual(before)
    await env.call('households.setDocument', { roomId: ROOM, typeKey: 'agentIdCopy', onFile: true })
    await env.call('households.setDocument', { roomId: ROOM, typeKey: 'powerOfAttorney', onFile: true })
    const view = await apply({ applicantPersonId: people.agent })
    expect(view.applicantKind).toBe('agent')
  })

  it('an agent whose power of attorney ran out, a tenant, a stranger: APPLICANT_NOT_VERIFIED, nothing saved', async () => {
    const before = footprint()
    for (const personId of [people.expiredAgent, people.tenant, 999_999]) {
      const result = await attemptApply({
        applicantPersonId: personId,
        agentIdCopy: upload('id.png'),
        powerOfAttorney: upload('poa.png')
      })
      expect(codeOf(result)).toBe('APPLICANT_NOT_VERIFIED')
    }
    // The owner of another room is no applicant for this one.
    const other = await attemptApply({ roomId: env.rooms.r3_1_101 })
    expect(codeOf(other)).toBe('APPLICANT_NOT_VERIFIED')
    expect(footprint()).toEqual(before)
  })
})

describe('apply: works, dates, one renovation at a time, the contractor', () => {
  it('refuses works not in the settings, dates out of order, in the past or too long — nothing saved', async () => {
    const before = footprint()
    expect(fieldsOf(await attemptApply({ works: ['plumbing', 'pool'] }))).toEqual({
      'works.1': '“pool”不是设置中的装修项目'
    })
    expect(fieldsOf(await attemptApply({ startsOn: '2026-11-21' }))).toEqual({
      startsOn: '开工日期不能早于今天（2026-11-22）'
    })
    expect(fieldsOf(await attemptApply({ endsOn: '2026-11-21' }))).toEqual({ endsOn: '完工日期不能早于开工日期' })
    // 90 days from 11-22 end on 2026-02-19; one more is refused.
    expect(fieldsOf(await attemptApply({ endsOn: '2027-02-20' }))).toEqual({ endsOn: '装修期限最长 90 天' })
    expect(footprint()).toEqual(before)
    expect((await apply({ endsOn: '2027-02-19' })).endsOn).toBe('2027-02-19')
  })

  it('snapshots the chosen works: a later change of the settings leaves the renovation as applied', async () => {
    const view = await apply({ works: ['structure'] })
    await env.clientFor(await env.signIn('super1', 'pass1234')).renovations.saveSettings({
      ...settings,
      works: settings.works.map((w) => (w.key === 'structure' ? { ...w, name: '改结构' } : w))
    })
    const again = await clerkApi.renovations.get({ renovationId: view.id })
    expect(again.works).toEqual([{ key: 'structure', name: '拆改主体结构', needsApproval: true }])
  })

  it('refuses a second open renovation for the room; a cancelled one no longer counts', async () => {
    const first = await apply()
    const before = footprint()
    const second = await attemptApply()
    expect(fieldsOf(second)).toEqual({ roomId: `本房已有未结束的装修 ${first.number}` })
    expect(footprint()).toEqual(before)
    await clerkApi.renovations.cancel({ renovationId: first.id, reason: '业主改期' })
    expect((await apply()).number).toBe('ZS2026-000002')
  })

  it('finds the contractor by licence and brings it up to date; the renovation keeps its own leader', async () => {
    const first = await apply()
    await clerkApi.renovations.cancel({ renovationId: first.id, reason: '换人负责' })
    const second = await apply({
      contractor: { name: '福州美家装饰有限公司', licenceNo: '91350100MA2XYZ001', leader: '林工', phone: '13805910002' }
    })
    expect(second.contractorId).toBe(first.contractorId)
    expect(count('SELECT 1 FROM contractors')).toBe(1)
    const [contractor] = await clerkApi.contractors.list()
    expect(contractor).toMatchObject({
      name: '福州美家装饰有限公司',
      leader: '林工',
      renovations: 2,
      violations: 0,
      deductionsFen: 0
    })
    expect((await clerkApi.renovations.get({ renovationId: first.id })).contractor.leader).toBe('陈工')
    expect(await clerkApi.contractors.list({ q: 'XYZ001' })).toHaveLength(1)
    expect(await clerkApi.contractors.list({ q: '不存在' })).toHaveLength(0)
  })
})

describe('amend, review, sign', () => {
  it('amends before review without a new review; after review works or dates send it back to 已登记', async () => {
    const applied = await apply()
    const amended = await clerkApi.renovations.amend({
      renovationId: applied.id,
      description: '只改厨房',
      endsOn: '2026-12-25'
    })
    expect(amended).toMatchObject({ status: 'applied', description: '只改厨房', endsOn: '2026-12-25' })
    await clerkApi.renovations.review({ renovationId: applied.id, result: 'pass', reviewer: '刘工' })
    const described = await clerkApi.renovations.amend({ renovationId: applied.id, description: '厨房和卫生间' })
    expect(described).toMatchObject({ status: 'approved', review: { result: 'pass' } })
    const reworked = await clerkApi.renovations.amend({ renovationId: applied.id, works: ['kitchenBath'] })
    expect(reworked).toMatchObject({ status: 'applied', review: null })
    expect(reworked.blockers[0]).toBe('review')
    const timeline = await env.query<TimelineEntry[]>('households.timeline', { roomId: ROOM })
    expect(timeline.map((t) => t.summary)).toContain(
      `装修 ${applied.number} 修改了装修项目或日期（${TODAY} 至 2026-12-25），须重新审核`
    )
    expect(fieldsOf(await clerkApi.attempt.renovations.amend({ renovationId: applied.id }))).toEqual({
      renovationId: '请填写要修改的内容'
    })
    expect(
      fieldsOf(await clerkApi.attempt.renovations.amend({ renovationId: applied.id, endsOn: '2027-03-01' }))
    ).toEqual({
      endsOn: '装修期限最长 90 天'
    })
  })

  it('a failed review can be reviewed again; an approved one cannot', async () => {
    const applied = await apply()
    const failed = await clerkApi.renovations.review({
      renovationId: applied.id,
      result: 'fail',
      reviewer: '刘工',
      remarks: '卫生间防水方案不全'
    })
    expect(failed).toMatchObject({ status: 'rejected', review: { result: 'fail', remarks: '卫生间防水方案不全' } })
    const passed = await clerkApi.renovations.review({ renovationId: applied.id, result: 'pass', reviewer: '刘工' })
    expect(passed.status).toBe('approved')
    const again = await clerkApi.attempt.renovations.review({
      renovationId: applied.id,
      result: 'fail',
      reviewer: '刘工'
    })
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'RENOVATION_STATE', message: `装修 ${applied.number} 当前为“审核通过”，不能审核方案` }
    })
  })

  it('signing marks the household checklist; each step is on the room’s timeline', async () => {
    const applied = await apply()
    expect(await onFile('renovationAgreement')).toBe(false)
    const signed = await clerkApi.renovations.sign({
      renovationId: applied.id,
      document: 'agreement',
      signedBy: '张三'
    })
    expect(signed.agreementSignedAt).toBe(env.clock.now().toISOString())
    expect(await onFile('renovationAgreement')).toBe(true)
    await clerkApi.renovations.sign({ renovationId: applied.id, document: 'safetyLetter', signedBy: '陈工' })
    expect(await onFile('safetyLetter')).toBe(true)
    await clerkApi.renovations.note({ renovationId: applied.id, text: '业主要求周末不施工' })
    const timeline = (await env.query<TimelineEntry[]>('households.timeline', { roomId: ROOM })).map((t) => t.summary)
    expect(timeline).toEqual(
      expect.arrayContaining([
        `装修申请 ${applied.number} 登记（申请人 张三，施工单位 福州美家装饰工程有限公司，${TODAY} 至 2026-12-21）`,
        `装修 ${applied.number} 签订装修管理协议（签署人 张三）`,
        `装修 ${applied.number} 签订安全责任书（签署人 陈工）`,
        `装修 ${applied.number} 备注：业主要求周末不施工`
      ])
    )
    const view = await clerkApi.renovations.get({ renovationId: applied.id })
    expect(view.events.map((e) => e.kind)).toEqual(['applied', 'signed', 'signed', 'noted'])
  })
})
