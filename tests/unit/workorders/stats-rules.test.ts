// The counter's time zone: a month runs from local midnight of its first day.
process.env.TZ = 'Asia/Shanghai'

import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { stepDeadline } from '../../../shared/workorders/deadlines'
import {
  countBy,
  dueLists,
  monthWindow,
  rateE2,
  recurringProblems,
  sixMonths,
  stepRates,
  type RecurringCandidate
} from '../../../shared/workorders/stats-rules'

const iso = (local: string) => dayjs(local).toISOString()
const NOW = dayjs('2026-11-22T10:00:00').toDate()

describe('monthWindow', () => {
  it('runs from local midnight of the 1st to the next month’s, across the year end', () => {
    expect(monthWindow('2026-12')).toEqual({ start: '2026-11-30T16:00:00.000Z', end: '2026-12-31T16:00:00.000Z' })
    expect(monthWindow('2027-01').start).toBe(monthWindow('2026-12').end)
  })
  it('gives six months oldest first, across the year', () => {
    expect(sixMonths('2027-02')).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02'])
  })
})

describe('countBy', () => {
  it('counts by key, largest first, names from the caller', () => {
    const rows = ['leak', 'door', 'leak', 'other', 'leak', 'door']
    expect(
      countBy(
        rows,
        (r) => r,
        (k) => k.toUpperCase()
      )
    ).toEqual([
      { key: 'leak', name: 'LEAK', count: 3 },
      { key: 'door', name: 'DOOR', count: 2 },
      { key: 'other', name: 'OTHER', count: 1 }
    ])
  })
})

describe('stepRates', () => {
  const w = monthWindow('2026-10')
  it('puts each step due in the month in one column; steps due outside are not counted', () => {
    const due = iso('2026-10-10T12:00')
    const steps = [
      [stepDeadline('dispatch', due, iso('2026-10-10T11:00'), NOW)], // on time
      [stepDeadline('dispatch', due, due, NOW)], // done exactly at its due: on time
      [stepDeadline('dispatch', due, iso('2026-10-11T09:00'), NOW)], // late
      [stepDeadline('dispatch', due, null, NOW)], // still open: overdue
      [stepDeadline('dispatch', iso('2026-10-31T23:00'), iso('2026-11-02T09:00'), NOW)], // open at month end
      [stepDeadline('visit', iso('2026-11-01T00:00'), null, NOW)], // due next month
      [stepDeadline('visit', iso('2026-09-30T23:59'), null, NOW)] // due last month
    ]
    const [dispatch, visit] = stepRates(steps, w, w.end, ['dispatch', 'visit'])
    expect(dispatch).toEqual({ step: 'dispatch', due: 5, onTime: 2, late: 1, overdue: 2 })
    expect(visit).toEqual({ step: 'visit', due: 0, onTime: 0, late: 0, overdue: 0 })
  })
  it('in the running month, a step not yet due is counted due but in no column', () => {
    const nov = monthWindow('2026-11')
    const [visit] = stepRates([[stepDeadline('visit', iso('2026-11-25T23:59'), null, NOW)]], nov, NOW.toISOString(), [
      'visit'
    ])
    expect(visit).toEqual({ step: 'visit', due: 1, onTime: 0, late: 0, overdue: 0 })
  })
})

const repair = (n: number, roomId: number, category: string, location: string, local: string): RecurringCandidate => ({
  id: n,
  number: `WX2026-${String(n).padStart(6, '0')}`,
  roomId,
  roomCode: `R${roomId}`,
  category,
  categoryName: category,
  location,
  createdAt: iso(local)
})

describe('recurringProblems', () => {
  const rule = { count: 3, windowDays: 90 }
  const end = monthWindow('2026-10').end
  it('finds three leaks in one room within 90 days ending at the month’s end', () => {
    const list = [
      repair(1, 1, 'leak', '卫生间', '2026-08-05T10:00'),
      repair(2, 1, 'leak', '卫生间', '2026-09-10T10:00'),
      repair(3, 1, 'leak', '卫生间', '2026-10-20T10:00'),
      repair(4, 1, 'door', '入户门', '2026-10-21T10:00')
    ]
    const found = recurringProblems(list, rule, end)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ kind: 'room', roomCode: 'R1', category: 'leak', location: '卫生间', count: 3 })
    expect(found[0]!.numbers).toEqual(['WX2026-000001', 'WX2026-000002', 'WX2026-000003'])
  })
  it('leaves out a repair older than the window and one after its end', () => {
    const list = [
      repair(1, 1, 'leak', '卫生间', '2026-08-03T00:00'), // exactly 90 days before 1 Nov 00:00: inside
      repair(2, 1, 'leak', '卫生间', '2026-09-10T10:00'),
      repair(3, 1, 'leak', '厨房', '2026-11-01T00:00') // the next month
    ]
    expect(recurringProblems(list, rule, end)).toEqual([])
    const inside = [...list.slice(0, 2), repair(4, 1, 'leak', '厨房', '2026-10-31T23:59')]
    const [found] = recurringProblems(inside, rule, end)
    expect(found).toMatchObject({ count: 3, location: null })
    const outside = [repair(5, 1, 'leak', '卫生间', '2026-08-02T23:59'), ...inside.slice(1)]
    expect(recurringProblems(outside, rule, end)).toEqual([])
  })
  it('finds one category at one location across rooms, not in one room alone', () => {
    const list = [
      repair(1, 1, 'public', '3号楼 电梯', '2026-10-01T10:00'),
      repair(2, 2, 'public', '3号楼电梯', '2026-10-05T10:00'),
      repair(3, 3, 'public', ' 3号楼 电梯 ', '2026-10-09T10:00')
    ]
    const [found] = recurringProblems(list, rule, end)
    expect(found).toMatchObject({ kind: 'place', roomCode: null, category: 'public', count: 3, location: '3号楼 电梯' })
  })
})

describe('recurringProblems at home parts', () => {
  it('counts a part every home has (卫生间) only room by room, never as one place across rooms', () => {
    const list = [1, 2, 3].map((room) => repair(room, room, 'leak', '卫生间', `2026-10-0${room}T10:00`))
    expect(recurringProblems(list, { count: 3, windowDays: 90 }, monthWindow('2026-10').end)).toEqual([])
  })
})

describe('dueLists', () => {
  const base = { roomCode: '1-101', title: 't', severity: null }
  it('lists each item once by its most urgent open step: overdue and due today, earliest first', () => {
    const lists = dueLists(
      [
        {
          ...base,
          type: 'repair',
          id: 1,
          number: 'WX1',
          steps: [
            stepDeadline('dispatch', iso('2026-11-22T09:30'), null, NOW),
            stepDeadline('arrive', iso('2026-11-22T09:00'), null, NOW)
          ]
        },
        {
          ...base,
          type: 'service',
          id: 2,
          number: 'WX2',
          steps: [stepDeadline('visit', iso('2026-11-20T23:59'), null, NOW)]
        },
        {
          ...base,
          type: 'complaint',
          id: 3,
          number: 'TS1',
          steps: [stepDeadline('resolve', iso('2026-11-22T23:59'), null, NOW)]
        },
        {
          ...base,
          type: 'repair',
          id: 4,
          number: 'WX4',
          steps: [stepDeadline('visit', iso('2026-11-22T11:00'), null, NOW)]
        },
        {
          ...base,
          type: 'repair',
          id: 5,
          number: 'WX5',
          steps: [stepDeadline('visit', iso('2026-11-24T12:00'), null, NOW)]
        },
        {
          ...base,
          type: 'repair',
          id: 6,
          number: 'WX6',
          steps: [stepDeadline('visit', iso('2026-11-20T12:00'), iso('2026-11-20T10:00'), NOW)]
        }
      ],
      10
    )
    expect(lists.overdue.map((d) => [d.number, d.step])).toEqual([
      ['WX2', 'visit'],
      ['WX1', 'arrive']
    ])
    expect(lists.today.map((d) => [d.number, d.urgency])).toEqual([
      ['WX4', 'dueSoon'],
      ['TS1', 'dueToday']
    ])
  })
  it('keeps to the limit', () => {
    const many = [1, 2, 3].map((id) => ({
      ...base,
      type: 'repair' as const,
      id,
      number: `WX${id}`,
      steps: [stepDeadline('visit', iso(`2026-11-1${id}T10:00`), null, NOW)]
    }))
    expect(dueLists(many, 2).overdue.map((d) => d.id)).toEqual([1, 2])
  })
})

describe('rateE2', () => {
  it('is percent × 100, null when nothing to rate', () => {
    expect(rateE2(199, 200)).toBe(9950)
    expect(rateE2(0, 0)).toBeNull()
  })
})
