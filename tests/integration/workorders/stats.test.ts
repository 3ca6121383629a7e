// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { at, register } from './complaints-fixture'
import { countOf, monthOf, repairAt, workThrough } from './stats-fixture'
import { clerkApi, defect, env, makeOrders, MANAGER } from './workorders-fixture'

describe('a month of repairs', () => {
  it('counts by registration in local months, across the month and the year end', async () => {
    const a = await repairAt('2026-11-22T10:00')
    await repairAt('2026-11-30T23:50', {
      source: 'phone',
      category: 'plumbing',
      charge: 'paid',
      partsFen: 3000,
      labourFen: 5000,
      quoteAgreedBy: '王女士'
    })
    await repairAt('2026-12-01T00:10', { category: 'doorWindow', location: '入户门' })
    await repairAt('2026-12-31T23:59', { category: 'doorWindow', location: '入户门' })
    await repairAt('2027-01-01T00:00', { category: 'other', location: '客厅' })
    makeOrders([defect()]) // a move-in defect counts by its source, with no follow-up of this kind

    const nov = await monthOf('2026-11')
    expect(nov.repairs.total).toBe(2)
    expect(countOf(nov.repairs.byCategory, 'leak')).toBe(1)
    expect(nov.repairs.byCategory.find((c) => c.key === 'plumbing')?.name).toBe('水电')
    expect(nov.repairs.bySource.map((s) => [s.key, s.count]).sort()).toEqual([
      ['counter', 1],
      ['phone', 1]
    ])
    expect(nov.repairs.paid).toBe(1)
    expect(nov.repairs.bySource.find((s) => s.key === 'phone')?.name).toBe('电话报修')

    const dec = await monthOf('2026-12')
    expect(dec.repairs.total).toBe(2)
    const jan = await monthOf('2027-01')
    expect(jan.repairs.total).toBe(2)
    expect(countOf(jan.repairs.bySource, 'checkin')).toBe(1)
    expect(jan.trend.map((m) => [m.period, m.repairs])).toEqual([
      ['2026-08', 0],
      ['2026-09', 0],
      ['2026-10', 0],
      ['2026-11', 2],
      ['2026-12', 2],
      ['2027-01', 2]
    ])
    expect(a.number).toMatch(/^WX2026-/)
  })

  it('rates the follow-ups of the orders completed in the month, and counts reworks', async () => {
    const a = await repairAt('2026-11-22T10:00', { category: 'plumbing' })
    const b = await repairAt('2026-11-22T10:05', { category: 'plumbing', location: '厨房' })
    const c = await repairAt('2026-11-22T10:10', { category: 'plumbing', location: '阳台' })
    await workThrough(a.id, { dispatch: '2026-11-22T10:20', arrive: '2026-11-22T11:00', finish: '2026-11-22T12:00' })
    await workThrough(b.id, { dispatch: '2026-11-22T12:10', arrive: '2026-11-22T13:00', finish: '2026-11-22T14:00' })
    await workThrough(c.id, { dispatch: '2026-11-22T14:10', arrive: '2026-11-22T15:00' })
    await at('2026-11-23T10:00')
    await clerkApi.repairs.visit({ workOrderId: a.id, method: 'phone', reached: true, result: 'satisfied' })
    await clerkApi.repairs.visit({ workOrderId: b.id, method: 'phone', reached: true, result: 'unsatisfied' })
    await at('2026-11-30T20:00')
    await clerkApi.repairs.finish({ workOrderId: c.id, workDone: '已修复', signedBy: '王女士' })
    const nov = await monthOf('2026-11')
    // b was visited too (unsatisfied: reworked), so it counts as followed up.
    expect(nov.repairs).toMatchObject({ completed: 3, visited: 2, satisfied: 1, reworks: 1 })
    const steps = Object.fromEntries(nov.repairs.steps.map((s) => [s.step, s]))
    // a dispatched in time; c late (a's work came first); b's new cycle from the rework not yet dispatched.
    expect(steps.dispatch).toMatchObject({ due: 3, onTime: 1, late: 1, overdue: 1 })
    // b's first cycle is history: its completion is no longer a step of the order.
    expect(steps.complete).toMatchObject({ due: 2, onTime: 1, late: 1, overdue: 0 })
    // a's visit on time; c's, due by 2 December, belongs to December.
    expect(steps.visit).toMatchObject({ due: 1, onTime: 1 })
    const dec = await monthOf('2026-12')
    expect(dec.repairs.steps.find((s) => s.step === 'visit')).toMatchObject({ due: 1, onTime: 0, late: 0, overdue: 0 })
    expect(nov.trend.at(-1)?.followUpRateE2).toBe(6667)
  })
})

describe('recurring problems', () => {
  it('finds three leaks in one room within 90 days ending at the month’s end, and lets the oldest fall out', async () => {
    const first = await repairAt('2026-11-22T10:00')
    const second = await repairAt('2026-12-10T10:00')
    const third = await repairAt('2026-12-20T10:00')
    await repairAt('2026-12-21T10:00', { category: 'doorWindow', location: '入户门' })
    const dec = await monthOf('2026-12')
    expect(dec.recurring).toHaveLength(1)
    expect(dec.recurring[0]).toMatchObject({
      kind: 'room',
      roomCode: '3-2-1502',
      category: 'leak',
      categoryName: '渗漏水',
      location: '卫生间',
      count: 3
    })
    expect(dec.recurring[0]!.ids).toEqual([first.id, second.id, third.id])
    expect(dec.recurring[0]!.numbers).toEqual([first.number, second.number, third.number])
    // February's window starts on 1 December: the November leak is out, two are not a pattern.
    expect((await monthOf('2027-02')).recurring).toEqual([])
    expect((await monthOf('2026-11')).recurring).toEqual([])
  })

  it('finds one category at one location across rooms', async () => {
    const place = { category: 'public', location: '3 栋电梯厅' }
    await repairAt('2026-11-22T10:00', place)
    await repairAt('2026-11-23T10:00', { ...place, roomId: env.rooms.r3_1_101 })
    await repairAt('2026-11-24T10:00', { ...place, roomId: env.rooms.r5_1_101 })
    const [found] = (await monthOf('2026-11')).recurring
    expect(found).toMatchObject({ kind: 'place', roomCode: null, category: 'public', location: '3 栋电梯厅', count: 3 })
  })
})

describe('complaints and services in the month', () => {
  it('counts complaints by category and severity, the invalid and the closed, and their on-time steps', async () => {
    await at('2026-11-22T10:00')
    const major = await register({ severity: 'major' })
    await clerkApi.complaints.escalate({ complaintId: major.id, to: '张经理' })
    const minor = await register({ severity: 'minor', category: 'cleaning', description: '垃圾未清' })
    await clerkApi.complaints.resolve({ complaintId: minor.id, result: '不属实', invalid: true })
    await clerkApi.complaints.reply({ complaintId: minor.id, reply: '已告知', channel: 'phone' })
    await register({ severity: 'important', category: 'repair' })
    await at('2026-12-01T09:00')
    await register({ severity: 'minor' })

    const nov = await monthOf('2026-11')
    expect(nov.complaints).toMatchObject({ total: 3, invalid: 1, closed: 1 })
    expect(nov.complaints.bySeverity.map((s) => [s.key, s.name, s.count]).sort()).toEqual([
      ['important', '重要', 1],
      ['major', '重大', 1],
      ['minor', '一般', 1]
    ])
    expect(countOf(nov.complaints.byCategory, 'cleaning')).toBe(1)
    const steps = Object.fromEntries(nov.complaints.steps.map((s) => [s.step, s]))
    expect(steps.escalate).toMatchObject({ due: 2, onTime: 1 })
    expect(steps.resolve).toMatchObject({ onTime: 1 })
    expect((await monthOf('2026-12')).complaints.total).toBe(1)
  })

  it('counts services by item with their fees', async () => {
    const manager = env.clientFor(await env.signIn(MANAGER.username, MANAGER.password).then((token) => () => token))
    const item = await manager.serviceItems.save({
      name: '疏通下水道',
      category: 'paid',
      unit: '次',
      priceFen: 8000,
      needsApproval: false,
      note: '',
      active: true,
      sortKey: 1
    })
    await repairAt('2026-11-22T10:00', {
      kind: 'service',
      category: 'other',
      serviceItemId: item.id,
      quantityCenti: 100,
      charge: 'paid',
      labourFen: 8000
    })
    const nov = await monthOf('2026-11')
    expect(nov.services.total).toBe(1)
    expect(nov.services.byItem).toEqual([{ key: String(item.id), name: '疏通下水道', count: 1 }])
    expect(nov.services.feeFen).toBe(8000)
    expect(nov.repairs.total).toBe(0)
  })
})

describe('the export', () => {
  it('writes the month as a workbook, one sheet per table', async () => {
    await repairAt('2026-11-22T10:00')
    const file = await clerkApi.workOrderStats.export({ period: '2026-11' })
    expect(file.fileName).toBe('报修投诉统计-2026-11.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '报修分类',
      '时效',
      '有偿服务',
      '投诉',
      '重复问题',
      '近六个月'
    ])
    const summary = book.getWorksheet('汇总')!
    expect(summary.getRow(3).values).toEqual([undefined, '报修登记', 1])
  })
})
