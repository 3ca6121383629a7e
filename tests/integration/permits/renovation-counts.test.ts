import { describe, expect, it } from 'vitest'
import { residentId } from '../../helpers/estate'
import { activeRenovation, clerkApi, env } from './permits-fixture'

/** The list's counts and the contractors' record, with workers, passes and violations from A2's steps. */
describe('counts in renovations.list and contractors.list', () => {
  it('counts workers, passes out and violations; the contractor’s violations and deductions', async () => {
    const active = await activeRenovation()
    const withWorkers = await clerkApi.renovations.addWorker({
      renovationId: active.id,
      name: '赵师傅',
      idType: 'resident',
      idNumber: residentId('35010219800101001'),
      phone: '13900001111',
      trade: '水电工'
    })
    await clerkApi.renovations.addWorker({
      renovationId: active.id,
      name: '钱师傅',
      idType: 'resident',
      idNumber: residentId('35010219800101002'),
      phone: '13900002222',
      trade: '泥瓦工'
    })
    const [first] = withWorkers.workers
    const passed = await clerkApi.renovations.issuePass({ workerId: first!.id })
    await clerkApi.renovations.violation({
      renovationId: active.id,
      foundAt: env.clock.now().toISOString(),
      foundBy: '巡逻岗 周',
      what: '午休时间电钻施工',
      deduction: '200',
      deductionReason: '违反施工时间'
    })
    const [listed] = await clerkApi.renovations.list({ roomId: active.roomId })
    expect(listed).toMatchObject({ workerCount: 2, passesOut: 1, violationCount: 1 })
    const view = await clerkApi.renovations.get({ renovationId: active.id })
    expect(view).toMatchObject({ workerCount: 2, passesOut: 1, violationCount: 1, deductionsFen: 20_000 })
    const pass = passed.workers.flatMap((w) => w.passes)[0]!
    await clerkApi.renovations.paperEvent({ paperId: pass.id, event: 'returned' })
    expect((await clerkApi.renovations.list({}))[0]?.passesOut).toBe(0)
    const [contractor] = await clerkApi.contractors.list()
    expect(contractor).toMatchObject({
      renovations: 1,
      violations: 1,
      deductionsFen: 20_000,
      phone: expect.stringContaining('*')
    })
  })
})
