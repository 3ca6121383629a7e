import ExcelJS from 'exceljs'
import { beforeEach, describe, expect, it } from 'vitest'
import { acceptInput, as, env, setToken, setUpHandover } from './handover-fixture'

/** The records after the handover: the history's list and filters, prints, the notes on the 工作台, the Excel file. */

beforeEach(async () => {
  await setUpHandover()
})

async function handOver(from: string, to: string, notes = '') {
  const summary = await as(from).handover.summary({})
  const result = await as(from).handover.accept({ ...acceptInput(summary, to), notes, notesImportant: notes !== '' })
  setToken(to, result.session!.token)
  env.clock.advanceMinutes(5)
  return result.handover
}

describe('handover records', () => {
  it('lists, filters, prints the original then copies, and exports', async () => {
    const first = await handOver('cashier1', 'clerk2', '空调遥控器在抽屉里')
    const second = await handOver('clerk2', 'cashier1')
    const clerk = as('cashier1')
    expect((await clerk.handover.list({})).map((r) => r.number)).toEqual([second.number, first.number])
    expect((await clerk.handover.list({ text: '遥控器' })).map((r) => r.id)).toEqual([first.id])
    expect((await clerk.handover.list({ text: second.number })).map((r) => r.id)).toEqual([second.id])
    const staffId = (await clerk.duty.staff({})).find((s) => s.displayName === 'cashier1')!.id
    expect((await clerk.handover.list({ staffId })).length).toBe(2)
    const day = first.at.slice(0, 10)
    expect((await clerk.handover.list({ from: '2020-01-01', to: '2020-01-02' })).length).toBe(0)
    expect((await clerk.handover.list({ from: day, to: day })).length).toBeGreaterThan(0)

    // The handover recorded the original, which the screen prints at once; every later print is a copy.
    expect(first.prints).toBe(1)
    expect(await clerk.handover.printed({ id: first.id })).toEqual({ copyNumber: 2 })
    expect(await clerk.handover.printed({ id: first.id })).toEqual({ copyNumber: 3 })
    expect((await clerk.handover.get({ id: first.id })).prints).toBe(3)

    const file = await clerk.handover.export({})
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    const sheet = book.worksheets[0]!
    expect(sheet.getRow(1).getCell(1).text).toBe('编号')
    expect(sheet.getRow(2).getCell(1).text).toBe(first.number)
    expect(sheet.getRow(2).getCell(10).text).toBe('空调遥控器在抽屉里')
  })

  it('shows the notes to those who come on after, until each has read them', async () => {
    const noted = await handOver('cashier1', 'clerk2', '3-2-1502 明早取发票')
    expect((await as('clerk2').handover.pendingNotes({})).map((v) => v.id)).toEqual([noted.id])
    // The writer does not see their own notes.
    await handOver('clerk2', 'cashier1')
    expect(await as('cashier1').handover.pendingNotes({})).toEqual([])
    await as('cashier1').handover.acknowledge({ id: noted.id })
    await handOver('cashier1', 'clerk2')
    const clerk2 = as('clerk2')
    expect((await clerk2.handover.pendingNotes({})).map((v) => v.id)).toEqual([noted.id])
    await clerk2.handover.acknowledge({ id: noted.id })
    await clerk2.handover.acknowledge({ id: noted.id })
    expect(await clerk2.handover.pendingNotes({})).toEqual([])
    expect((await clerk2.handover.get({ id: noted.id })).acknowledgedBy.map((a) => a.name)).toEqual([
      'cashier1',
      'clerk2'
    ])
  })
})
