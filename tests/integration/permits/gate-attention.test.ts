import { describe, expect, it } from 'vitest'
import { residentId } from '../../helpers/estate'
import { activeRenovation, clerkApi, laterDays, people, ROOM, supervisorApi } from './permits-fixture'

/** The 工作台's attention lists: works running, papers ending soon, passes still out, today's slips. */

async function withPass(validTo?: string) {
  const renovation = await activeRenovation()
  const added = await clerkApi.renovations.addWorker({
    renovationId: renovation.id,
    name: '李木工',
    idType: 'resident',
    idNumber: residentId('35010219880315123'),
    phone: '13812345678',
    trade: '木工'
  })
  const view = await clerkApi.renovations.issuePass({ workerId: added.workers[0]!.id, ...(validTo ? { validTo } : {}) })
  return { renovation: view, permit: view.permits[0]!, pass: view.workers[0]!.passes[0]! }
}

describe('gate.attention', () => {
  it('lists running works and the papers ending within the settings days', async () => {
    const { renovation, permit, pass } = await withPass('2026-11-24')
    const attention = await clerkApi.gate.attention({})
    expect(attention.active.map((r) => r.id)).toEqual([renovation.id])
    expect(attention.expiring.map((e) => [e.paper.number, e.holderName, e.roomCode])).toEqual([
      [pass.number, '李木工', '3-2-1502']
    ])
    // The permit runs to 2026-12-21: three days before it joins the list (the default expiringDays).
    await laterDays(26)
    const later = await clerkApi.gate.attention({})
    expect(later.expiring.map((e) => [e.paper.number, e.holderName])).toEqual([
      [permit.number, '福州美家装饰工程有限公司']
    ])
  })

  it('lists passes still out after the permit is revoked, until they come back', async () => {
    const { renovation, pass } = await withPass()
    expect((await clerkApi.gate.attention({})).passesOut).toEqual([])
    await supervisorApi.renovations.revoke({ renovationId: renovation.id, reason: '屡次违规' })
    const out = await clerkApi.gate.attention({})
    expect(out.active).toEqual([])
    expect(out.passesOut.map((e) => [e.paper.number, e.holderName, e.renovationId])).toEqual([
      [pass.number, '李木工', renovation.id]
    ])
    expect(out.expiring).toEqual([])
    await clerkApi.renovations.paperEvent({ paperId: pass.id, event: 'returned', note: '' })
    expect((await clerkApi.gate.attention({})).passesOut).toEqual([])
  })

  it('lists the release slips issued today', async () => {
    const slip = await clerkApi.releases.create({
      roomId: ROOM,
      applicantKind: 'owner',
      applicantPersonId: people.owner,
      items: [{ name: '旧床', quantity: 1 }]
    } as Parameters<typeof clerkApi.releases.create>[0])
    expect((await clerkApi.gate.attention({})).releasesToday.map((r) => r.number)).toEqual([slip.number])
    await laterDays(1)
    expect((await clerkApi.gate.attention({})).releasesToday).toEqual([])
  })
})
