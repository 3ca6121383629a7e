import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ImportProblem } from '../../../shared/households/estate'
import { expectOk } from '../../helpers/core'
import { eachTest } from '../../helpers/each-test'
import { GOOD, HEADER, ID_B, cells, setUpImport, wrongCheck, xlsx, type ImportEnv } from '../../helpers/estate-import'

let env: ImportEnv
eachTest(setUpImport, (e) => {
  env = e
})

describe('importing rooms and residents', () => {
  it('the template downloads with instructions and its example rows import cleanly', async () => {
    const file = await env.admin.estate.importTemplate({})
    expect(file.fileName).toBe('房屋与住户导入模板.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['房屋与住户', '说明'])
    expect(workbook.getWorksheet('房屋与住户')!.getRow(1).values).toEqual([undefined, ...HEADER])
    expect(workbook.getWorksheet('房屋与住户')!.getCell('E2').dataValidation).toMatchObject({ type: 'list' })

    expect(await env.previewOf(file.dataBase64)).toEqual({
      rows: 2,
      rooms: 2,
      newRooms: 2,
      newBuildings: ['1', 'S1'],
      persons: 2,
      relations: 2,
      problems: []
    })
    expect(expectOk(await env.commit(file.dataBase64))).toMatchObject({
      newRooms: 2,
      persons: 2,
      relations: 2,
      problems: []
    })
    expect(env.counts()).toMatchObject({ rooms: 2, persons: 2, relations: 2 })
    const company = env.core.store.sqlite
      .prepare(`select kind, credit_code, id_number from persons where kind = 'company'`)
      .get() as Record<string, unknown>
    expect(company).toMatchObject({ kind: 'company', id_number: null })
    expect(String(company.credit_code)).toHaveLength(18)
  })

  it('a file with two bad rows is refused whole, with both rows, their columns and Chinese reasons; nothing is written', async () => {
    const bad = [...GOOD]
    bad[1] = cells(`3|2|1502||住宅|已入住|陈静|家庭成员|居民身份证|${wrongCheck(ID_B)}|13800001111|`)
    bad[2] = cells('3|2|1503|abc|住宅|空置||||||')
    const data = await xlsx(bad)
    const expected: ImportProblem[] = [
      { row: 3, column: '证件号码/信用代码', message: '身份证号校验位不正确' },
      { row: 4, column: '建筑面积(㎡)', message: '面积不是数字' }
    ]
    expect((await env.previewOf(data)).problems).toEqual(expected)
    const before = env.counts()
    const refused = await env.commit(data)
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { problems: expected } } })
    expect(env.counts()).toEqual(before)
    expect(before).toMatchObject({ rooms: 0, persons: 0, relations: 0 })
  })

  it('the fixed file imports with the right counts, and importing it again creates nothing', async () => {
    const data = await xlsx(GOOD)
    expect(expectOk(await env.commit(data))).toEqual({
      rows: 5,
      rooms: 4,
      newRooms: 4,
      newBuildings: ['3', 'A'],
      persons: 4,
      relations: 4,
      problems: []
    })
    expect(env.counts()).toEqual({ rooms: 4, persons: 4, relations: 4, phones: 4 })
    const room = env.core.store.sqlite
      .prepare(`select code, area_centi, floor, type, status from rooms where code = '3-2-1502'`)
      .get()
    expect(room).toEqual({ code: '3-2-1502', area_centi: 8950, floor: 15, type: 'residence', status: 'occupied' })
    const relation = env.core.store.sqlite
      .prepare(
        `select relation, started_on, ended_on from room_persons rp join persons p on p.id = rp.person_id where p.name = '陈静'`
      )
      .get()
    expect(relation).toEqual({
      relation: 'family',
      started_on: expect.stringMatching(/^2026-11-2[12]$/),
      ended_on: null
    })
    const gender = env.core.store.sqlite.prepare(`select gender from persons where name = '林海'`).get()
    expect(gender).toEqual({ gender: 'male' })
    const audit = env.core.store.sqlite
      .prepare(`select summary_key, summary_params from audit_log where summary_key = 'audit.import'`)
      .all()
    expect(audit).toHaveLength(1)

    expect(expectOk(await env.commit(data))).toMatchObject({
      rooms: 4,
      newRooms: 0,
      persons: 0,
      relations: 0,
      problems: []
    })
    expect(env.counts()).toEqual({ rooms: 4, persons: 4, relations: 4, phones: 4 })
  })
})
