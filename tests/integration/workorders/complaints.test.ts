// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { at, complaint, complaintCount, iso, register } from './complaints-fixture'
import { clerkApi, env, MANAGER, sqlite } from './workorders-fixture'

const numbers = async () => (await clerkApi.complaints.list()).map((c) => c.number).sort()

async function closedComplaint() {
  const c = await register({ severity: 'minor' })
  await clerkApi.complaints.resolve({ complaintId: c.id, result: '已处理' })
  return clerkApi.complaints.reply({ complaintId: c.id, reply: '已告知', channel: 'phone' })
}

describe('complaint numbers', () => {
  it('run gapless through the local year, TS{year}-{six digits}, and start again on 1 January', async () => {
    await register()
    await register({ roomId: undefined, customer: '路人' })
    // A refused registration takes no number.
    expect((await clerkApi.attempt.complaints.create(complaint({ category: 'nope' }))).ok).toBe(false)
    await register()
    expect(await numbers()).toEqual(['TS2026-000001', 'TS2026-000002', 'TS2026-000003'])
    await at('2027-01-01T00:30')
    expect((await register()).number).toBe('TS2027-000001')
    const rows = sqlite().prepare('SELECT year, sequence FROM complaints ORDER BY id').all()
    expect(rows).toEqual([
      { year: 2026, sequence: 1 },
      { year: 2026, sequence: 2 },
      { year: 2026, sequence: 3 },
      { year: 2027, sequence: 1 }
    ])
  })
})

describe('registration', () => {
  it('keeps every fact, the category’s name, who registered it and the created event', async () => {
    const c = await register({
      occurredAt: '2026-11-22T08:30',
      place: '3 栋大堂',
      subject: '保安部',
      department: '保安部'
    })
    expect(c).toMatchObject({
      status: 'open',
      channel: 'phone',
      customer: '张先生',
      roomCode: '3-2-1502',
      occurredAt: iso('2026-11-22T08:30'),
      place: '3 栋大堂',
      department: '保安部',
      category: 'attitude',
      categoryName: '服务态度',
      invalid: false,
      createdBy: 'clerk1',
      events: [{ kind: 'created', staffName: 'clerk1' }]
    })
  })

  it('refuses bad input with a field message each, and saves nothing', async () => {
    await at('2026-11-22T10:00')
    const bad = await clerkApi.attempt.complaints.create(
      complaint({
        category: 'nope',
        department: '不存在的部门',
        contact: '12345',
        roomId: 99_999,
        occurredAt: '2026-11-22T11:00',
        customerDeadline: '2026-11-30'
      })
    )
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.error.code).toBe('VALIDATION')
    expect(bad.error.details?.fields).toEqual({
      category: '请选择设置中的投诉类别',
      department: '请选择设置中的部门',
      contact: '联系电话格式不正确（手机号11位；固定电话请带区号）',
      roomId: '房号不存在',
      occurredAt: '发生时间不能晚于现在',
      customerDeadline: '只有一般投诉可填写客户要求的期限'
    })
    const dates = await clerkApi.attempt.complaints.create(
      complaint({ severity: 'minor', occurredAt: '2026-02-30T10:00', customerDeadline: '2026-11-21' })
    )
    expect(!dates.ok && dates.error.details?.fields).toEqual({
      occurredAt: '请填写有效的日期时间',
      customerDeadline: '客户要求的期限不能早于今天'
    })
    expect(complaintCount()).toBe(0)
    expect(sqlite().prepare('SELECT count(*) AS n FROM complaint_events').get()).toEqual({ n: 0 })
  })

  it('shows the contact masked to a clerk and whole to the manager', async () => {
    const c = await register({ contact: '139 1234 5678' })
    expect(c.contact).toBe('139****5678')
    const manager = env.clientFor(await env.signIn(MANAGER.username, MANAGER.password))
    expect((await manager.complaints.get({ complaintId: c.id })).contact).toBe('13912345678')
    expect((await manager.complaints.list())[0]!.contact).toBe('13912345678')
    expect((await clerkApi.complaints.list())[0]!.contact).toBe('139****5678')
  })
})

describe('the steps', () => {
  it('refuse a step that does not follow, naming the status and the step', async () => {
    const c = await register()
    const early = await clerkApi.attempt.complaints.reply({ complaintId: c.id, reply: '已告知', channel: 'phone' })
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'COMPLAINT_STATE', message: `投诉 ${c.number} 当前为“待处理”，不能告知结果` }
    })
    const visitEarly = await clerkApi.attempt.complaints.visit({ complaintId: c.id, method: 'phone', reached: true })
    expect(visitEarly).toMatchObject({
      ok: false,
      error: { code: 'COMPLAINT_STATE', details: { status: 'open', step: 'visit' } }
    })
    const closed = await closedComplaint()
    for (const refused of [
      await clerkApi.attempt.complaints.resolve({ complaintId: closed.id, result: '再处理' }),
      await clerkApi.attempt.complaints.escalate({ complaintId: closed.id, to: '经理' }),
      await clerkApi.attempt.complaints.answer({ complaintId: closed.id, answer: '答复', channel: 'phone' })
    ])
      expect(refused).toMatchObject({ ok: false, error: { code: 'COMPLAINT_STATE', details: { status: 'closed' } } })
    await clerkApi.staff.setLocale({ locale: 'en' })
    const en = await clerkApi.attempt.complaints.reply({ complaintId: closed.id, reply: 'x', channel: 'phone' })
    expect(!en.ok && en.error.message).toBe(`Complaint ${closed.number} is “Closed”: it cannot be replied to`)
  })

  it('the visit after closing: nobody reached is recorded and stays due; then visited with the result', async () => {
    const closed = await closedComplaint()
    expect(closed.next).toMatchObject({ step: 'visit' })
    await at('2026-11-23T10:00')
    const missed = await clerkApi.complaints.visit({
      complaintId: closed.id,
      method: 'phone',
      reached: false,
      comments: '无人接听'
    })
    expect(missed).toMatchObject({ status: 'closed', visitedAt: null, next: { step: 'visit', doneAt: null } })
    expect(missed.events.at(-1)).toMatchObject({ kind: 'visitAttempt', at: iso('2026-11-23T10:00'), note: '无人接听' })
    const noResult = await clerkApi.attempt.complaints.visit({ complaintId: closed.id, method: 'phone', reached: true })
    expect(!noResult.ok && noResult.error.details?.fields).toEqual({ result: '联系上客户时请选择回访结果' })
    await at('2026-11-23T15:00')
    const visited = await clerkApi.complaints.visit({
      complaintId: closed.id,
      method: 'visit',
      reached: true,
      result: 'satisfied',
      comments: '客户表示满意'
    })
    expect(visited).toMatchObject({
      status: 'visited',
      visitResult: 'satisfied',
      visitedAt: iso('2026-11-23T15:00'),
      next: null
    })
    expect(visited.events.at(-1)).toMatchObject({
      kind: 'visited',
      note: '客户表示满意',
      details: { method: 'visit', result: 'satisfied' }
    })
  })

  it('an invalid complaint is still resolved (as invalid) and answered', async () => {
    const c = await register()
    const resolved = await clerkApi.complaints.resolve({
      complaintId: c.id,
      result: '经核实不属物业责任',
      invalid: true
    })
    expect(resolved).toMatchObject({ status: 'resolved', invalid: true, result: '经核实不属物业责任' })
    const closed = await clerkApi.complaints.reply({ complaintId: c.id, reply: '已向客户解释', channel: 'visit' })
    expect(closed).toMatchObject({ status: 'closed', invalid: true })
    expect(closed.deadlines.find((d) => d.step === 'answer')).toMatchObject({ doneAt: closed.repliedAt })
    const timeline = await clerkApi.households.timeline({ roomId: env.rooms.r3_2_1502 })
    expect(timeline.map((e) => e.summary)).toContain(`投诉 ${c.number} 经核实为无效投诉：经核实不属物业责任`)
  })

  it('notes and plans move an open complaint into handling; each step is on the room’s timeline', async () => {
    const c = await register()
    const noted = await clerkApi.complaints.note({ complaintId: c.id, note: '已联系保安部' })
    expect(noted.status).toBe('handling')
    const planned = await clerkApi.complaints.plan({ complaintId: c.id, plan: '赔偿损失', costFen: 25_050 })
    expect(planned).toMatchObject({ plan: '赔偿损失', planCostFen: 25_050 })
    expect(planned.events.at(-1)).toMatchObject({ kind: 'planned', details: { costFen: 25_050 } })
    const timeline = await clerkApi.households.timeline({ roomId: env.rooms.r3_2_1502 })
    expect(timeline.slice(0, 3).map((e) => e.summary)).toEqual([
      `投诉 ${c.number} 处理方案：赔偿损失`,
      `投诉 ${c.number} 处理记录`,
      `投诉 ${c.number}（重大，服务态度）：张先生 — 保安态度恶劣`
    ])
  })
})

describe('the list', () => {
  it('filters by room, status, severity, due and search, newest first', async () => {
    await at('2026-11-22T10:00')
    const a = await register()
    const b = await register({ severity: 'minor', roomId: env.rooms.r3_1_101, customer: '李女士' })
    const c = await register({ severity: 'important', roomId: undefined, customer: '访客' })
    await clerkApi.complaints.escalate({ complaintId: c.id, to: '主管' })
    const ids = async (input: Parameters<typeof clerkApi.complaints.list>[0]) =>
      (await clerkApi.complaints.list(input)).map((x) => x.id)
    expect(await ids({})).toEqual([c.id, b.id, a.id])
    expect(await ids({ roomId: env.rooms.r3_1_101 })).toEqual([b.id])
    expect(await ids({ status: 'handling' })).toEqual([c.id])
    expect(await ids({ severity: 'major' })).toEqual([a.id])
    expect(await ids({ search: '李女' })).toEqual([b.id])
    expect(await ids({ search: '3-2-1502' })).toEqual([a.id])
    expect(await ids({ search: 'TS2026-000003' })).toEqual([c.id])
    // Today: the major one's escalation is due tonight; tomorrow it is overdue.
    expect(await ids({ due: 'today' })).toEqual([a.id])
    expect(await ids({ due: 'overdue' })).toEqual([])
    await at('2026-11-23T10:00')
    expect(await ids({ due: 'overdue' })).toEqual([a.id])
    expect(await ids({ limit: 1 })).toHaveLength(1)
  })
})
