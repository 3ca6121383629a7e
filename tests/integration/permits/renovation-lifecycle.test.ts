import { describe, expect, it } from 'vitest'
import { newSigningKey, parsePayload, signatureValid } from '../../../shared/permits/paper-code'
import { publicKeys } from '../../../electron/main/services/permits/papers'
import {
  activeRenovation,
  apply,
  attemptApply,
  clerkApi,
  codeOf,
  count,
  env,
  fieldsOf,
  laterDays,
  managerApi,
  people,
  readyToIssue,
  ROOM,
  sqlite,
  supervisorApi,
  TODAY,
  upload
} from './permits-fixture'

const roomStatus = () =>
  (sqlite().prepare('SELECT status FROM rooms WHERE id = ?').get(ROOM) as { status: string }).status

describe('renovation lifecycle: apply → review → sign → charge → pay → permit', () => {
  it('takes an owner’s application to an active permit, the room 装修中', async () => {
    const applied = await apply()
    expect(applied).toMatchObject({
      number: 'ZS2026-000001',
      status: 'applied',
      roomCode: '3-2-1502',
      applicantName: '张三',
      applicantKind: 'owner',
      poaTo: null,
      ownerName: expect.stringContaining('张三'),
      contractorName: '福州美家装饰工程有限公司',
      startsOn: TODAY,
      endsOn: '2026-12-21',
      permitNumber: null,
      workerCount: 0,
      passesOut: 0,
      violationCount: 0,
      blockers: ['review', 'agreement', 'safetyLetter', 'fees'],
      needsApproval: false,
      fees: { garbage: null, deposit: null }
    })
    expect(applied.works.map((w) => w.name)).toEqual(['水电改造', '墙面、地面装饰'])
    expect(applied.contractor).toMatchObject({ leader: '陈工', phone: expect.stringContaining('*') })
    expect(applied.events.map((e) => e.kind)).toEqual(['applied'])

    const reviewed = await clerkApi.renovations.review({ renovationId: applied.id, result: 'pass', reviewer: '刘工' })
    expect(reviewed).toMatchObject({
      status: 'approved',
      review: { result: 'pass', reviewer: '刘工', recordedBy: 'clerk1' }
    })
    await clerkApi.renovations.sign({ renovationId: applied.id, document: 'agreement', signedBy: '张三' })
    const signed = await clerkApi.renovations.sign({
      renovationId: applied.id,
      document: 'safetyLetter',
      signedBy: '陈工'
    })
    expect(signed.blockers).toEqual(['fees'])
    expect(signed.agreementSignedAt).not.toBeNull()
    const charged = await clerkApi.renovations.charge({ renovationId: applied.id })
    expect(charged.fees.garbage).toMatchObject({ itemName: '装修垃圾清运费', amountFen: 30_000, receiptId: null })
    expect(charged.fees.deposit).toMatchObject({ itemName: '装修保证金', amountFen: 200_000, receiptId: null })
    expect(count(`SELECT 1 FROM receivables WHERE room_id = ? AND note = '装修 ZS2026-000001'`, ROOM)).toBe(2)
  })

  it('issues permit ZX2026-000001 whose signature verifies, the room turning renovating', async () => {
    const ready = await readyToIssue()
    expect(ready.blockers).toEqual([])
    expect(ready.fees.deposit?.receiptCode).toBeTruthy()
    expect(roomStatus()).toBe('occupied')
    const active = await clerkApi.renovations.issue({ renovationId: ready.id })
    expect(active).toMatchObject({ status: 'active', permitNumber: 'ZX2026-000001', permitValidTo: '2026-12-21' })
    expect(active.noticeAt).not.toBeNull()
    expect(active.notifyDepartments).toEqual(['维修部', '安护部'])
    expect(active.prohibited.length).toBeGreaterThan(0)
    const [permit] = active.permits
    expect(permit).toMatchObject({
      kind: 'permit',
      edition: 1,
      validFrom: TODAY,
      validTo: '2026-12-21',
      standing: 'valid'
    })
    expect(permit!.hint).toContain('3-2-1502')
    const parsed = parsePayload(permit!.payload)
    if (!parsed.ok) throw new Error('the payload must parse')
    expect(signatureValid(parsed.paper, publicKeys(env.core.store.db))).toBe(true)
    const other = newSigningKey()
    expect(signatureValid(parsed.paper, [{ id: parsed.paper.keyId, publicKey: other.publicKey }])).toBe(false)
    expect(roomStatus()).toBe('renovating')
    expect(sqlite().prepare('SELECT previous_room_status AS s FROM renovations').get()).toEqual({ s: 'occupied' })
  })

  it('the permit starts on the planned start when that is later than today', async () => {
    const active = await activeRenovation({ startsOn: '2026-11-25', endsOn: '2026-12-10' })
    expect(active.permits[0]).toMatchObject({ validFrom: '2026-11-25', validTo: '2026-12-10', standing: 'notYetValid' })
  })

  it('refuses the permit once the planned end has passed; shows the leader’s phone to a manager only', async () => {
    const ready = await readyToIssue({ endsOn: '2026-11-30' })
    expect(ready.contractor.phone).not.toBe('13805910001')
    expect((await managerApi.renovations.get({ renovationId: ready.id })).contractor.phone).toBe('13805910001')
    await laterDays(9) // 2026-12-01
    const late = await clerkApi.attempt.renovations.issue({ renovationId: ready.id })
    expect(fieldsOf(late)).toEqual({ endsOn: '完工日期 2026-11-30 已过，请先修改申请的日期' })
    expect(count('SELECT 1 FROM papers')).toBe(0)
  })

  it('numbers applications without gaps per year, a refusal taking no number', async () => {
    const first = await apply()
    await clerkApi.renovations.cancel({ renovationId: first.id, reason: '业主改期' })
    const refused = await attemptApply({ applicantPersonId: people.tenant })
    expect(codeOf(refused)).toBe('APPLICANT_NOT_VERIFIED')
    const second = await apply()
    expect(second.number).toBe('ZS2026-000002')
    await clerkApi.renovations.cancel({ renovationId: second.id, reason: '重新申请' })
    await laterDays(40) // 2027-01-01
    const nextYear = await apply({ startsOn: '2027-01-01', endsOn: '2027-01-31' })
    expect(nextYear.number).toBe('ZS2027-000001')
  })
})

describe('refusals of issue, and blockers', () => {
  it('PERMIT_BLOCKED lists what is missing, nothing changes', async () => {
    const applied = await apply()
    const notApproved = await clerkApi.attempt.renovations.issue({ renovationId: applied.id })
    expect(codeOf(notApproved)).toBe('RENOVATION_STATE')
    await clerkApi.renovations.review({ renovationId: applied.id, result: 'pass', reviewer: '刘工' })
    const blocked = await clerkApi.attempt.renovations.issue({ renovationId: applied.id })
    expect(blocked).toMatchObject({
      ok: false,
      error: {
        code: 'PERMIT_BLOCKED',
        message: '尚不能发证：签订装修管理协议、签订安全责任书、缴清装修垃圾清运费和保证金'
      }
    })
    expect(count('SELECT 1 FROM papers')).toBe(0)
    expect(roomStatus()).toBe('occupied')
  })

  it('charged but unpaid fees still block; works needing approval block until its number and scan are in', async () => {
    const applied = await apply({ works: ['plumbing', 'structure'] })
    expect(applied.needsApproval).toBe(true)
    expect(applied.blockers).toEqual(['review', 'agreement', 'safetyLetter', 'approvalDoc', 'fees'])
    const numbered = await clerkApi.renovations.amend({ renovationId: applied.id, approvalDocNo: '榕房批〔2026〕18号' })
    expect(numbered.blockers).toContain('approvalDoc')
    const scanned = await clerkApi.renovations.amend({ renovationId: applied.id, approvalDoc: upload('approval.png') })
    expect(scanned.blockers).not.toContain('approvalDoc')
    expect(scanned.approvalAttachmentId).not.toBeNull()
    const charged = await clerkApi.renovations.charge({ renovationId: applied.id })
    expect(charged.blockers).toContain('fees')
  })
})

describe('charge', () => {
  it('charges once; a second charge is refused and adds nothing', async () => {
    const applied = await apply()
    await clerkApi.renovations.charge({ renovationId: applied.id })
    const before = count('SELECT 1 FROM receivables')
    const again = await clerkApi.attempt.renovations.charge({ renovationId: applied.id })
    expect(fieldsOf(again)).toEqual({ renovationId: '装修费用已收取（装修垃圾清运费、装修保证金），不能重复收取' })
    expect(count('SELECT 1 FROM receivables')).toBe(before)
  })

  it('PERMIT_FEE_ITEM_UNSET while the settings name no fee items', async () => {
    const applied = await apply()
    const current = await clerkApi.renovations.settings()
    await supervisorApi.renovations.saveSettings({ ...current, depositItemId: null })
    const result = await clerkApi.attempt.renovations.charge({ renovationId: applied.id })
    expect(codeOf(result)).toBe('PERMIT_FEE_ITEM_UNSET')
    expect(count('SELECT 1 FROM receivables WHERE room_id = ?', ROOM)).toBe(0)
  })
})
