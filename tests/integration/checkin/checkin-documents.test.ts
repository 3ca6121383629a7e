import { describe, expect, it } from 'vitest'
import { clerkApi, count, env, identity, save, start } from './checkin-fixture'

/** Saves the identity step complete and returns the refusal's message (or 'ok'). */
async function refusal(checkinId: number, data: Parameters<typeof save<'identity'>>[2]) {
  const result = await save(checkinId, 'identity', data)
  return result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`
}

describe('the documents each case must show (验明资料)', () => {
  it('owner in person: ID card, move-in notice and purchase contract', async () => {
    const { id } = await start()
    expect(
      await refusal(id, {
        case: 'owner',
        documents: [
          { key: 'ownerId', verified: true },
          { key: 'moveInNotice', verified: false }
        ]
      })
    ).toBe('CHECKIN_STEP_INCOMPLETE: “验明资料”尚未完成：入住通知单、购房合同')
    expect(await refusal(id, identity.owner())).toBe('ok')
    const view = await clerkApi.checkin.get({ checkinId: id })
    expect(view).toMatchObject({
      case: 'owner',
      completedSteps: ['identity'],
      currentStep: 'registration',
      missingDocuments: []
    })
  })

  it('an agent also brings the power of attorney and their own ID, and the POA must run today', async () => {
    const { id } = await start()
    const owner = identity.owner()
    expect(await refusal(id, { ...owner, case: 'agent' })).toBe(
      'CHECKIN_STEP_INCOMPLETE: “验明资料”尚未完成：委托书、受托人身份证、委托书的委托事项和期限'
    )
    const expired = { ...identity.agent(), poa: { scope: '代办入住', from: '2026-01-01', to: '2026-10-31' } }
    expect(await refusal(id, expired)).toBe('CHECKIN_STEP_INCOMPLETE: “验明资料”尚未完成：委托书今天不在有效期内')
    expect(await refusal(id, identity.agent())).toBe('ok')
    expect((await clerkApi.checkin.get({ checkinId: id })).case).toBe('agent')
  })

  it('a company brings its certificate and the handling person’s ID instead of an owner’s ID card', async () => {
    const { id } = await start(env.rooms.r5_1_101)
    expect(await refusal(id, { ...identity.owner(), case: 'company' })).toBe(
      'CHECKIN_STEP_INCOMPLETE: “验明资料”尚未完成：单位证明、经办人身份证'
    )
    expect(await refusal(id, identity.company())).toBe('ok')
  })

  it('a refused complete saves nothing; a draft keeps what was entered and says what is missing', async () => {
    const { id, lastSavedAt } = await start()
    const partial = { case: 'agent' as const, documents: [{ key: 'ownerId', verified: true }] }
    await refusal(id, partial)
    expect(count('checkin_steps')).toBe(0)
    expect((await clerkApi.checkin.get({ checkinId: id })).lastSavedAt).toBe(lastSavedAt)
    env.clock.advanceMinutes(3)
    const draft = await save(id, 'identity', partial, false)
    expect(draft).toMatchObject({
      ok: true,
      data: {
        case: 'agent',
        completedSteps: [],
        missingDocuments: ['moveInNotice', 'purchaseContract', 'powerOfAttorney', 'agentId'],
        lastSavedAt: env.clock.now().toISOString()
      }
    })
    // Drafts are frequent: only a completed step goes on the household timeline.
    expect(count('audit_log', `summary_key = 'audit.checkinStep'`)).toBe(0)
  })
})

describe('registration (住户登记) checks the household', () => {
  it('an owner case needs a current owner; an agent case also a current agent relation', async () => {
    const { id } = await start()
    expect(await save(id, 'registration', { confirmed: false })).toMatchObject({
      ok: false,
      error: { message: '“住户登记”尚未完成：住户登记表确认' }
    })
    expect(await save(id, 'registration', { confirmed: true })).toMatchObject({ ok: true })
    await save(id, 'identity', identity.agent())
    expect(await save(id, 'registration', { confirmed: true })).toMatchObject({
      ok: false,
      error: { message: '“住户登记”尚未完成：委托期内的受托人登记' }
    })
    await clerkApi.households.addRelation({
      roomId: env.rooms.r3_2_1502,
      relation: 'agent',
      startedOn: '2026-11-22',
      poaScope: '代为办理入住',
      poaFrom: '2026-11-01',
      poaTo: '2026-12-31',
      person: { name: '李受托', phones: ['13700009999'] }
    })
    const view = await save(id, 'registration', { confirmed: true })
    expect(view).toMatchObject({ ok: true, data: { completedSteps: ['identity', 'registration'] } })
    expect(view.ok && view.data.parties.map((p) => [p.relation, p.name, p.phoneMasked])).toEqual([
      ['owner', '张三', '139****5678'],
      ['agent', '李受托', '137****9999']
    ])
  })

  it('a company case needs the company as owner', async () => {
    const { id } = await start()
    await save(id, 'identity', identity.company())
    expect(await save(id, 'registration', { confirmed: true })).toMatchObject({
      ok: false,
      error: { message: '“住户登记”尚未完成：在册单位业主' }
    })
    const company = await start(env.rooms.r5_1_101)
    await save(company.id, 'identity', identity.company())
    expect(await save(company.id, 'registration', { confirmed: true })).toMatchObject({ ok: true })
  })
})
