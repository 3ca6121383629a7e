// The counter's time zone: stored instants are UTC, due dates and ages are China's calendar days.
process.env.TZ = 'Asia/Shanghai'

import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/core'
import type { api } from '../../../shared/api'
import type { InputOf } from '../../../shared/kernel/procedure'
import { setUpEstate } from '../../helpers/estate'
import { feesFixture, localAt } from '../../helpers/fees-fixture'

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpEstate>>
let fx: ReturnType<typeof feesFixture>
let clerk: string
let property: number
let A: number, B: number, C: number

beforeEach(async () => {
  tmp = tempDir()
  env = await setUpEstate(tmp.dir)
  fx = feesFixture(env.core.store.sqlite)
  await env.addStaff('clerk1', 'clerk')
  clerk = await env.signIn('clerk1', 'pass1234')
  property = fx.item('物业管理费')
  ;({ r3_2_1502: A, r3_1_101: B, r5_1_101: C } = env.rooms)
  // Today is 2026-11-22 (the test clock). A owes November; B since September; C since July.
  fx.receivable({ roomId: A, itemId: property, period: '2026-11', amountFen: 22265 })
  for (const period of ['2026-09', '2026-10', '2026-11'])
    fx.receivable({ roomId: B, itemId: property, period, amountFen: 16558 })
  for (const period of ['2026-07', '2026-08']) fx.receivable({ roomId: C, itemId: property, period, amountFen: 50000 })
  // Not arrears: paid, due today, due next month.
  const paid = fx.receivable({ roomId: C, itemId: property, period: '2026-06', amountFen: 50000 })
  fx.receipt({ seriesId: fx.series('SJ2026'), roomId: C, receivableIds: [paid], issuedAt: localAt('2026-06-18') })
  fx.receivable({ roomId: A, itemId: property, period: '2026-12', amountFen: 22265, dueOn: '2026-12-20' })
  fx.oneOff({ roomId: A, itemId: property, on: '2026-11-22', amountFen: 30000 })
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

/** The administrator's client; goTo signs the administrator in again, so the token is read at each call. */
const admin = () => env.clientFor(() => env.adminToken)
type ListInput = InputOf<typeof api.arrears.list>
const list = (input: Partial<ListInput> = {}, token = env.adminToken) =>
  env.clientFor(token).arrears.list({ sort: 'room', ...input })

/** Moves the clock to 09:00 on a later day; sessions idle that long are locked, so sign in again. */
async function goTo(date: string) {
  env.clock.advanceMinutes((new Date(localAt(date, '09:00')).getTime() - env.clock.now().getTime()) / 60_000)
  clerk = await env.signIn('clerk1', 'pass1234')
  env.adminToken = await env.signIn('admin', 'admin1234')
}

describe('the arrears list', () => {
  it('lists each room that owes past its due date, with its total and the age of its oldest debt', async () => {
    const result = await list()
    expect(result).toMatchObject({ asOf: '2026-11-22', total: 3, totalFen: 22265 + 3 * 16558 + 2 * 50000 })
    expect(
      result.rows.map((r) => [r.roomCode, r.overdueFen, r.overdueCount, r.oldestDue, r.ageMonths, r.bucket])
    ).toEqual([
      ['3-1-101', 49674, 3, '2026-09-20', 3, '2-3'],
      ['3-2-1502', 22265, 1, '2026-11-20', 1, '1'],
      ['5-1-101', 100000, 2, '2026-07-20', 5, '>3']
    ])
  })

  it('shows the owners and the first owner’s first phone, masked', async () => {
    const rows = (await list()).rows
    expect(rows.find((r) => r.roomId === B)).toMatchObject({
      owners: '张晓兰',
      phoneMasked: '138****8000',
      buildingCode: '3'
    })
    expect(rows.find((r) => r.roomId === C)).toMatchObject({
      owners: '福州万达商业管理有限公司',
      phoneMasked: '0591-****6666'
    })
  })

  it('sorts by amount, by age or by room, either way, and filters by building and age', async () => {
    const codes = async (input: Partial<ListInput>) => (await list(input)).rows.map((r) => r.roomCode)
    expect(await codes({ sort: 'amount' })).toEqual(['5-1-101', '3-1-101', '3-2-1502'])
    expect(await codes({ sort: 'amount', order: 'asc' })).toEqual(['3-2-1502', '3-1-101', '5-1-101'])
    expect(await codes({ sort: 'age' })).toEqual(['5-1-101', '3-1-101', '3-2-1502'])
    expect(await codes({ sort: 'room', order: 'desc' })).toEqual(['5-1-101', '3-2-1502', '3-1-101'])
    const building3 = (await admin().estate.buildings({})).find((b) => b.code === '3')!
    expect(await codes({ buildingId: building3.id })).toEqual(['3-1-101', '3-2-1502'])
    expect(await codes({ minAgeMonths: 2 })).toEqual(['3-1-101', '5-1-101'])
    expect(await codes({ minAgeMonths: 4 })).toEqual(['5-1-101'])
    const page = await list({ sort: 'amount', limit: 1 })
    expect(page).toMatchObject({ total: 3, totalFen: 171939 })
    expect(page.rows).toHaveLength(1)
  })

  it('sums by age bucket and by building', async () => {
    const summary = await admin().arrears.summary({})
    expect(summary.buckets).toEqual([
      { bucket: '1', rooms: 1, fen: 22265 },
      { bucket: '2-3', rooms: 1, fen: 49674 },
      { bucket: '>3', rooms: 1, fen: 100000 }
    ])
    expect(summary.buildings.map((b) => [b.buildingCode, b.rooms, b.fen, b.byBucket])).toEqual([
      ['3', 2, 71939, { '1': 22265, '2-3': 49674, '>3': 0 }],
      ['5', 1, 100000, { '1': 0, '2-3': 0, '>3': 100000 }]
    ])
    expect(summary).toMatchObject({ rooms: 3, totalFen: 171939, demandLettersDue: 0 })
  })

  it('a month later every debt is a month older and next month’s charge has joined', async () => {
    await goTo('2026-12-21')
    const rows = (await list()).rows
    expect(rows.find((r) => r.roomId === A)).toMatchObject({
      overdueFen: 22265 * 2 + 30000,
      ageMonths: 2,
      bucket: '2-3'
    })
    expect(rows.find((r) => r.roomId === B)).toMatchObject({ ageMonths: 4, bucket: '>3' })
  })

  it('exports the list as a workbook with every row and the total', async () => {
    const file = await admin().arrears.export({ sort: 'amount' })
    expect(file.fileName).toBe('欠费清单-20261122.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    const sheet = book.getWorksheet('欠费清单')!
    expect(sheet.getRow(2).getCell(1).value).toBe('房号')
    expect([3, 4, 5].map((n) => sheet.getRow(n).getCell(1).value)).toEqual(['5-1-101', '3-1-101', '3-2-1502'])
    expect(sheet.getRow(3).getCell(5).value).toBe(1000)
    expect(sheet.getRow(6).getCell(5).value).toBe(1719.39)
    // The oldest due date is a date Excel can sort and filter, not text.
    expect(sheet.getRow(3).getCell(7)).toMatchObject({ type: ExcelJS.ValueType.Date, numFmt: 'yyyy-mm-dd' })
  })
})

describe('a void', () => {
  it('makes what the receipt settled overdue again', async () => {
    const ids = (
      env.core.store.sqlite
        .prepare(`SELECT id FROM receivables WHERE room_id = ? AND paid_receipt_id IS NULL`)
        .all(B) as { id: number }[]
    ).map((r) => r.id)
    const paid = fx.receipt({
      seriesId: fx.series('SJ2027'),
      roomId: B,
      receivableIds: ids,
      issuedAt: localAt('2026-11-22', '10:30')
    })
    expect((await list()).rows.map((r) => r.roomId)).not.toContain(B)
    fx.voidReceipt(paid.id, localAt('2026-11-22', '10:40'))
    expect((await list()).rows.find((r) => r.roomId === B)).toMatchObject({
      overdueFen: 49674,
      oldestDue: '2026-09-20',
      ageMonths: 3
    })
  })
})

describe('reminders (催缴)', () => {
  it('records what was done with the amount then overdue, and puts it on the household timeline', async () => {
    const made = await env
      .clientFor(clerk)
      .arrears.remind({ roomId: B, kind: 'phone', outcome: '业主称月底前缴清', nextStep: '12月1日回访' })
    expect(made).toMatchObject({ kind: 'phone', amountFen: 49674, staffName: 'clerk1', nextStep: '12月1日回访' })
    const timeline = await admin().households.timeline({ roomId: B })
    expect(timeline[0]).toMatchObject({
      procedure: 'arrears.remind',
      summary: '电话催缴（欠费 496.74 元）：业主称月底前缴清',
      staffName: 'clerk1'
    })
    await env.clientFor(clerk).arrears.remind({ roomId: B, kind: 'sms', outcome: '已发送' })
    expect((await admin().arrears.reminders({ roomId: B })).map((r) => r.kind)).toEqual(['sms', 'phone'])
    expect((await list()).rows.find((r) => r.roomId === B)?.lastReminder).toMatchObject({
      kind: 'sms',
      outcome: '已发送'
    })
  })

  it('is for the counter: the system administrator cannot record one', async () => {
    const result = await admin().attempt.arrears.remind({ roomId: B, kind: 'phone', outcome: '无人接听' })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('a room still owing 3 months after a phone reminder is flagged for a demand letter that day, not before', async () => {
    await env.clientFor(clerk).arrears.remind({ roomId: C, kind: 'phone', outcome: '答应下周缴' })
    await goTo('2027-02-21')
    expect((await list()).rows.find((r) => r.roomId === C)).toMatchObject({
      demandLetterDue: false,
      phoneReminderAt: expect.any(String)
    })
    await goTo('2027-02-22')
    expect((await list()).rows.find((r) => r.roomId === C)?.demandLetterDue).toBe(true)
    expect((await list({ demandLetterDue: true })).rows.map((r) => r.roomId)).toEqual([C])
    expect((await admin().arrears.summary({})).demandLettersDue).toBe(1)
    // Sending the letter answers the flag.
    await env.clientFor(clerk).arrears.remind({ roomId: C, kind: 'letter', outcome: 'EMS 寄出' })
    expect((await list()).rows.find((r) => r.roomId === C)?.demandLetterDue).toBe(false)
  })

  it('a phone call about a debt since paid does not start the clock for a new one', async () => {
    // C was called in May about an older debt; what C owes now fell due in July and August.
    fx.reminder(C, 'phone', localAt('2026-05-10'))
    expect((await list()).rows.find((r) => r.roomId === C)).toMatchObject({
      demandLetterDue: false,
      phoneReminderAt: null
    })
    // A call in late July, about the July charge, did: four months ago.
    fx.reminder(C, 'phone', localAt('2026-07-25'))
    expect((await list()).rows.find((r) => r.roomId === C)).toMatchObject({
      demandLetterDue: true,
      phoneReminderAt: localAt('2026-07-25')
    })
  })
})

describe('payment request notices (付款请求书)', () => {
  it('itemise everything unpaid up to the period, earlier arrears marked, due on the 20th, with the total in capitals', async () => {
    const notices = await admin().arrears.notices({ period: '2026-11', issuedOn: '2026-11-15' })
    expect(notices).toMatchObject({
      companyName: '幸福物业服务有限公司',
      estateName: '幸福家园',
      period: '2026-11',
      dueOn: '2026-11-20',
      issuedOn: '2026-11-15'
    })
    expect(notices.notices.map((n) => n.roomCode)).toEqual(['3-1-101', '3-2-1502', '5-1-101'])
    const b = notices.notices[0]!
    expect(b).toMatchObject({
      roomDisplay: '3栋1单元101',
      ownerNames: '张晓兰',
      totalFen: 49674,
      totalCapital: '肆佰玖拾陆元柒角肆分',
      overdueFen: 33116
    })
    expect(b.lines.map((l) => [l.periodLabel, l.amountFen, l.overdue])).toEqual([
      ['2026-09', 16558, true],
      ['2026-10', 16558, true],
      ['2026-11', 16558, false]
    ])
    // December's charge and the one-off due on the 22nd are not on November's notice.
    expect(notices.notices[1]!.lines.map((l) => l.periodLabel)).toEqual(['2026-11'])
  })

  it('can be asked for one building or chosen rooms, and a different due day', async () => {
    const some = await admin().arrears.notices({ period: '2026-11', roomIds: [A, C], dueDay: 25 })
    expect(some.dueOn).toBe('2026-11-25')
    expect(some.issuedOn).toBe('2026-11-22')
    expect(some.notices.map((n) => n.roomId)).toEqual([A, C])
    // Due on the 25th, the one-off of the 22nd is now on it.
    expect(some.notices[0]!.totalFen).toBe(22265 + 30000)
  })

  it('once sent, each room’s timeline says so', async () => {
    expect(
      await env.clientFor(clerk).arrears.noticesSent({ period: '2026-11', dueOn: '2026-11-20', roomIds: [A, B] })
    ).toEqual({ rooms: 2 })
    const timeline = await admin().households.timeline({ roomId: A })
    expect(timeline[0]).toMatchObject({ summary: '发出 2026-11 付款请求书，缴费截止 2026-11-20' })
  })
})

describe('the demand letter (催缴函)', () => {
  it('lists what is overdue with its age, the reminders so far, and gives 15 days', async () => {
    fx.reminder(C, 'phone', localAt('2026-07-25'), 50000)
    await env.clientFor(clerk).arrears.remind({ roomId: C, kind: 'sms', outcome: '已发送' })
    const letter = await admin().arrears.demandLetter({ roomId: C })
    expect(letter).toMatchObject({
      roomDisplay: '5栋1单元101',
      issuedOn: '2026-11-22',
      deadline: '2026-12-07',
      totalFen: 100000,
      totalCapital: '壹仟元整',
      oldestDue: '2026-07-20',
      ageMonths: 5,
      demandLetterDue: true
    })
    expect(letter.lines.map((l) => [l.periodLabel, l.ageMonths])).toEqual([
      ['2026-07', 5],
      ['2026-08', 4]
    ])
    expect(letter.reminders.map((r) => r.kind)).toEqual(['phone', 'sms'])
  })
})
