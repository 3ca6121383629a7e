import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HouseholdView } from '../../../shared/households/households'
import { tempDir } from '../../helpers/core'
import { residentId, setUpEstate, ZHANG_SAN_ID } from '../../helpers/estate'

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpEstate>>
beforeEach(async () => {
  tmp = tempDir()
  env = await setUpEstate(tmp.dir)
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

const household = (roomId: number) => env.admin.households.get({ roomId })
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

describe('households', () => {
  it('shows owners and occupants with ID numbers and phones masked', async () => {
    const h = await household(env.rooms.r3_2_1502)
    expect(h.room).toMatchObject({ code: '3-2-1502', areaCenti: 12035, type: 'residence', floor: 15 })
    expect(h.current).toHaveLength(1)
    expect(h.current[0]!.person).toMatchObject({
      name: '张三',
      idNumberMasked: `${ZHANG_SAN_ID.slice(0, 4)}**********${ZHANG_SAN_ID.slice(-4)}`,
      phonesMasked: ['139****5678']
    })
    expect(JSON.stringify(h)).not.toContain(ZHANG_SAN_ID)
    expect(JSON.stringify(h)).not.toContain('13912345678')
  })

  it('a resident ID with a wrong check digit is refused with a Chinese message beside the field, and nothing is saved', async () => {
    const bad = ZHANG_SAN_ID.slice(0, 17) + (ZHANG_SAN_ID.endsWith('1') ? '2' : '1')
    const result = await env.admin.attempt.households.addRelation({
      roomId: env.rooms.r3_2_1502,
      relation: 'family',
      startedOn: '2026-01-01',
      person: { name: '张小三', idType: 'resident', idNumber: bad }
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { 'person.idNumber': '身份证号校验位不正确' } } }
    })
    expect((await household(env.rooms.r3_2_1502)).current).toHaveLength(1)
  })

  it('a malformed phone and a bad credit code are refused the same way', async () => {
    const result = await env.admin.attempt.households.addRelation({
      roomId: env.rooms.r5_1_101,
      relation: 'tenant',
      startedOn: '2026-01-01',
      person: { kind: 'company', name: '某公司', creditCode: '91350100M000100Y40', phones: ['12345'] }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const fields = (result as unknown as { error: { details: { fields: Record<string, string> } } }).error.details
      .fields
    expect(fields['person.creditCode']).toBe('统一社会信用代码校验位不正确')
    expect(fields['person.phones.0']).toMatch(/电话号码格式不正确/)
  })

  it('the same ID number cannot be registered to a second person', async () => {
    const result = await env.admin.attempt.households.addRelation({
      roomId: env.rooms.r3_1_101,
      relation: 'family',
      startedOn: '2026-01-01',
      person: { name: '冒名', idType: 'resident', idNumber: ZHANG_SAN_ID }
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_DOCUMENT', message: '该证件号码已登记在“张三”名下，请直接选用此人' }
    })
  })

  it('ending a relation keeps it in the history, and it cannot be ended twice', async () => {
    const h = await household(env.rooms.r3_1_101)
    const tenant = h.current.find((r) => r.relation === 'tenant')!
    await env.admin.households.endRelation({ relationId: tenant.id, endedOn: '2026-11-20', reason: '租约到期' })
    const after = await household(env.rooms.r3_1_101)
    expect(after.current.map((r) => r.relation)).toEqual(['owner'])
    expect(after.past).toEqual([
      expect.objectContaining({ relation: 'tenant', endedOn: '2026-11-20', endReason: '租约到期' })
    ])
    expect(
      await env.admin.attempt.households.endRelation({ relationId: tenant.id, endedOn: '2026-11-21', reason: 'again' })
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(() => env.core.store.sqlite.exec(`DELETE FROM room_persons`)).toThrow(/never deleted/)
  })

  it('a person on file can be related to a second room; an agent needs the power of attorney', async () => {
    const zhang = (await household(env.rooms.r3_2_1502)).current[0]!.person
    const missing = await env.admin.attempt.households.addRelation({
      roomId: env.rooms.r3_1_101,
      relation: 'agent',
      startedOn: '2026-01-01',
      personId: zhang.id
    })
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { poaScope: '受托人须填写委托事项和委托期限' } } }
    })
    await env.admin.households.addRelation({
      roomId: env.rooms.r3_1_101,
      relation: 'agent',
      startedOn: '2026-01-01',
      personId: zhang.id,
      poaScope: '代办装修',
      poaFrom: '2026-01-01',
      poaTo: '2026-12-31'
    })
    const h = await household(env.rooms.r3_1_101)
    expect(h.current.find((r) => r.relation === 'agent')).toMatchObject({
      poaScope: '代办装修',
      poaTo: '2026-12-31',
      person: { name: '张三' }
    })
  })

  it('the documents checklist counts what is on file; a scan is stored by its hash and marks the paper on file', async () => {
    let h = await household(env.rooms.r3_2_1502)
    expect(h.completeness).toEqual({ onFile: 0, required: 7 })
    await env.admin.households.setDocument({ roomId: env.rooms.r3_2_1502, typeKey: 'moveInNotice', onFile: true })
    const attached = await env.admin.households.attach({
      roomId: env.rooms.r3_2_1502,
      typeKey: 'idCopy',
      fileName: '身份证.png',
      mime: 'image/png',
      dataBase64: PNG.toString('base64')
    })
    h = await household(env.rooms.r3_2_1502)
    expect(h.completeness).toEqual({ onFile: 2, required: 7 })
    expect(h.documents.find((d) => d.typeKey === 'idCopy')).toMatchObject({
      onFile: true,
      attachments: [expect.objectContaining({ fileName: '身份证.png', sizeBytes: PNG.length })]
    })
    const file = await env.admin.households.attachment({ attachmentId: attached.id })
    expect(Buffer.from(file.dataBase64, 'base64').equals(PNG)).toBe(true)
    const notPng = await env.admin.attempt.households.attach({
      roomId: env.rooms.r3_2_1502,
      typeKey: 'idCopy',
      fileName: 'x.png',
      mime: 'image/png',
      dataBase64: Buffer.from('MZ-not-an-image').toString('base64')
    })
    expect(notPng).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('the timeline lists every event about the room, newest first, with who did it', async () => {
    await env.admin.households.addNote({ roomId: env.rooms.r3_2_1502, text: '业主要求上午勿扰' })
    await env.admin.households.updateRoom({
      roomId: env.rooms.r3_2_1502,
      type: 'residence',
      status: 'occupied',
      vip: true,
      tags: ['独居老人']
    })
    const events = await env.admin.households.timeline({ roomId: env.rooms.r3_2_1502 })
    expect(events.map((e) => e.summary)).toEqual(['修改房屋 3-2-1502：已入住，VIP', '添加备注', '登记业主：张三'])
    expect(events[0]!.staffName).toBe('王管理')
  })

  it('revealing a full ID number is for supervisors and up, and each reveal is audited', async () => {
    const zhang = (await household(env.rooms.r3_2_1502)).current[0]!.person
    await env.addStaff('clerk1', 'clerk')
    await env.addStaff('super1', 'supervisor')
    const clerk = await env.signIn('clerk1', 'pass1234')
    const supervisor = await env.signIn('super1', 'pass1234')
    expect(
      (await env.clientFor(clerk).attempt.households.get({ roomId: env.rooms.r3_2_1502 })) as { data: HouseholdView }
    ).toMatchObject({ data: { mayReveal: false } })
    expect(await env.clientFor(clerk).attempt.privacy.reveal({ personId: zhang.id, field: 'idNumber' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(
      await env.clientFor(supervisor).attempt.privacy.reveal({ personId: zhang.id, field: 'idNumber' })
    ).toMatchObject({ ok: true, data: { value: ZHANG_SAN_ID } })
    expect(
      await env.clientFor(supervisor).attempt.privacy.reveal({ personId: zhang.id, field: 'phone' })
    ).toMatchObject({ ok: true, data: { value: '13912345678' } })
    const events = await env.admin.households.timeline({ roomId: env.rooms.r3_2_1502 })
    expect(events.filter((e) => e.summary.startsWith('查看完整'))).toHaveLength(2)
  })

  it('bulk creation refuses a room that already exists and writes nothing', async () => {
    const result = await env.admin.attempt.estate.bulkCreate({
      building: '3',
      units: { from: 2, to: 3 },
      floors: { from: 1, to: 2 },
      positions: [{ position: 1, area: '90' }]
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ROOM', message: '房号 3-2-101 已存在' } })
    const buildings = await env.admin.estate.buildings({})
    expect(buildings.find((b) => b.code === '3')!.units.map((u) => u.code)).toEqual(['1', '2'])
    const badArea = await env.admin.attempt.estate.bulkCreate({
      building: '9',
      units: { from: 1, to: 1 },
      floors: { from: 1, to: 2 },
      positions: [{ position: 1, area: '89.567' }]
    })
    expect(badArea).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { 'positions.0.area': '面积最多两位小数' } } }
    })
  })

  it('the checklist is configurable: a new required paper counts toward completeness, a retired one no longer shows', async () => {
    const added = await env.admin.estate.saveDocumentType({
      name: '车位租赁合同',
      required: true,
      active: true,
      sortKey: 200
    })
    expect(added.key).toBe('custom1')
    expect((await household(env.rooms.r3_2_1502)).completeness).toEqual({ onFile: 0, required: 8 })
    await env.admin.estate.saveDocumentType({
      key: 'keySignOff',
      name: '钥匙签收表',
      required: true,
      active: false,
      sortKey: 70
    })
    const h = await household(env.rooms.r3_2_1502)
    expect(h.completeness.required).toBe(7)
    expect(h.documents.map((d) => d.typeKey)).not.toContain('keySignOff')
  })

  it('which roles may reveal is a setting', async () => {
    const zhang = (await household(env.rooms.r3_2_1502)).current[0]!.person
    await env.addStaff('clerk1', 'clerk')
    const clerk = await env.signIn('clerk1', 'pass1234')
    const settings = await env.admin.settings.get({})
    await env.admin.settings.update({ ...settings, revealRoles: ['clerk', 'supervisor'] })
    expect(await env.clientFor(clerk).attempt.privacy.reveal({ personId: zhang.id, field: 'idNumber' })).toMatchObject({
      ok: true,
      data: { value: ZHANG_SAN_ID }
    })
  })

  it('a new resident ID is checked against a real one built from its digits', () => {
    expect(residentId('11010519491231002')).toBe('11010519491231002X')
  })
})
