import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { expectOk } from '../../helpers/core'
import { eachTest } from '../../helpers/each-test'
import {
  CREDIT,
  GOOD,
  HEADER,
  ID_A,
  ID_B,
  cells,
  readBack,
  setUpImport,
  xlsx,
  type ImportEnv
} from '../../helpers/estate-import'

let env: ImportEnv
eachTest(setUpImport, (e) => {
  env = e
})

describe('exporting rooms and residents', () => {
  it('the export lists every room with IDs and phones masked, and re-imports as a clean preview that adds nothing', async () => {
    expectOk(await env.commit(await xlsx(GOOD)))
    const file = await env.admin.estate.exportWorkbook({})
    expect(file.fileName).toMatch(/^房屋与住户-2026112[12]\.xlsx$/)
    const rows = await readBack(file.dataBase64)
    expect(rows[0]).toEqual(HEADER)
    // The area is a number Excel can sum, shown with two decimals.
    const areas = await readBack(file.dataBase64, (cell) => [cell.type, cell.value, cell.numFmt])
    expect(areas.slice(1).map((r) => r[3])).toEqual([
      [ExcelJS.ValueType.Number, 89.5, '0.00'],
      [ExcelJS.ValueType.Number, 89.5, '0.00'],
      [ExcelJS.ValueType.Number, 102.3, '0.00'],
      [ExcelJS.ValueType.Number, 56, '0.00'],
      [ExcelJS.ValueType.Number, 56, '0.00']
    ])
    for (const row of rows.slice(1)) row[3] = ''
    expect(rows.slice(1)).toEqual([
      cells(`3|2|1502||住宅|已入住|林海|业主|居民身份证|3501**********${ID_A.slice(-4)}|139****5678|`),
      cells(
        `3|2|1502||住宅|已入住|陈静|家庭成员|居民身份证|3501**********${ID_B.slice(-4)}|138****1111、0591-****4321|夫妻`
      ),
      cells('3|2|1503||住宅|空置||||||'),
      cells(`A|1|101||商铺|托管|福建榕城贸易有限公司|业主|统一社会信用代码|${CREDIT}||`),
      cells('A|1|102||商铺|已入住|王小明|租户|||137****2222|')
    ])
    expect(JSON.stringify(rows)).not.toContain(ID_A)

    const before = env.counts()
    expect(await env.previewOf(file.dataBase64)).toEqual({
      rows: 5,
      rooms: 4,
      newRooms: 0,
      newBuildings: [],
      persons: 0,
      relations: 0,
      problems: []
    })
    expect(expectOk(await env.commit(file.dataBase64))).toMatchObject({ newRooms: 0, persons: 0, relations: 0 })
    expect(env.counts()).toEqual(before)
    const phones = env.core.store.sqlite.prepare(`select phone from person_phones order by id`).all()
    expect(phones).toContainEqual({ phone: '13912345678' })
  })
})
