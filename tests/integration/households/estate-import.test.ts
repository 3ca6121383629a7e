import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProblem } from '../../../shared/households/estate'
import { expectOk, tempDir } from '../../helpers/core'
import {
  CREDIT,
  HEADER,
  ID_A,
  ID_B,
  gbk,
  id,
  readBack,
  setUpImport,
  wrongCheck,
  xlsx,
  type Row
} from '../../helpers/estate-import'

const GOOD: Row[] = [
  ['3', '2', '1502', '89.5', '住宅', '已入住', '林海', '业主', '居民身份证', ID_A, '13912345678', ''],
  [
    '3',
    '2',
    '1502',
    '',
    '住宅',
    '已入住',
    '陈静',
    '家庭成员',
    '居民身份证',
    ID_B,
    '13800001111、0591-87654321',
    '夫妻'
  ],
  ['3', '2', '1503', '102.30', '住宅', '空置', '', '', '', '', '', ''],
  ['A', '1', '101', '56', '商铺', '托管', '福建榕城贸易有限公司', '业主', '统一社会信用代码', CREDIT, '', ''],
  ['A', '1', '102', '56', '商铺', '已入住', '王小明', '租户', '', '', '13700002222', '']
]

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())
const setUp = () => setUpImport(tmp.dir)

describe('importing rooms and residents', () => {
  it('the template downloads with instructions and its example rows import cleanly', async () => {
    const { core, admin, previewOf, commit, counts } = await setUp()
    const file = await admin.estate.importTemplate({})
    expect(file.fileName).toBe('房屋与住户导入模板.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['房屋与住户', '说明'])
    expect(workbook.getWorksheet('房屋与住户')!.getRow(1).values).toEqual([undefined, ...HEADER])
    expect(workbook.getWorksheet('房屋与住户')!.getCell('E2').dataValidation).toMatchObject({ type: 'list' })

    expect(await previewOf(file.dataBase64)).toEqual({
      rows: 2,
      rooms: 2,
      newRooms: 2,
      newBuildings: ['1', 'S1'],
      persons: 2,
      relations: 2,
      problems: []
    })
    expect(expectOk(await commit(file.dataBase64))).toMatchObject({
      newRooms: 2,
      persons: 2,
      relations: 2,
      problems: []
    })
    expect(counts()).toMatchObject({ rooms: 2, persons: 2, relations: 2 })
    const company = core.store.sqlite
      .prepare(`select kind, credit_code, id_number from persons where kind = 'company'`)
      .get() as Record<string, unknown>
    expect(company).toMatchObject({ kind: 'company', id_number: null })
    expect(String(company.credit_code)).toHaveLength(18)
    core.close()
  })

  it('a file with two bad rows is refused whole, with both rows, their columns and Chinese reasons; nothing is written', async () => {
    const { core, previewOf, commit, counts } = await setUp()
    const bad = [...GOOD]
    bad[1] = [
      '3',
      '2',
      '1502',
      '',
      '住宅',
      '已入住',
      '陈静',
      '家庭成员',
      '居民身份证',
      wrongCheck(ID_B),
      '13800001111',
      ''
    ]
    bad[2] = ['3', '2', '1503', 'abc', '住宅', '空置', '', '', '', '', '', '']
    const data = await xlsx(bad)
    const expected: ImportProblem[] = [
      { row: 3, column: '证件号码/信用代码', message: '身份证号校验位不正确' },
      { row: 4, column: '建筑面积(㎡)', message: '面积不是数字' }
    ]
    expect((await previewOf(data)).problems).toEqual(expected)
    const before = counts()
    const refused = await commit(data)
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { problems: expected } } })
    expect(counts()).toEqual(before)
    expect(before).toMatchObject({ rooms: 0, persons: 0, relations: 0 })
    core.close()
  })

  it('the fixed file imports with the right counts, and importing it again creates nothing', async () => {
    const { core, commit, counts } = await setUp()
    const data = await xlsx(GOOD)
    expect(expectOk(await commit(data))).toEqual({
      rows: 5,
      rooms: 4,
      newRooms: 4,
      newBuildings: ['3', 'A'],
      persons: 4,
      relations: 4,
      problems: []
    })
    expect(counts()).toEqual({ rooms: 4, persons: 4, relations: 4, phones: 4 })
    const room = core.store.sqlite
      .prepare(`select code, area_centi, floor, type, status from rooms where code = '3-2-1502'`)
      .get()
    expect(room).toEqual({ code: '3-2-1502', area_centi: 8950, floor: 15, type: 'residence', status: 'occupied' })
    const relation = core.store.sqlite
      .prepare(
        `select relation, started_on, ended_on from room_persons rp join persons p on p.id = rp.person_id where p.name = '陈静'`
      )
      .get()
    expect(relation).toEqual({
      relation: 'family',
      started_on: expect.stringMatching(/^2026-11-2[12]$/),
      ended_on: null
    })
    const gender = core.store.sqlite.prepare(`select gender from persons where name = '林海'`).get()
    expect(gender).toEqual({ gender: 'male' })
    const audit = core.store.sqlite
      .prepare(`select summary_key, summary_params from audit_log where summary_key = 'audit.import'`)
      .all()
    expect(audit).toHaveLength(1)

    expect(expectOk(await commit(data))).toMatchObject({
      rooms: 4,
      newRooms: 0,
      persons: 0,
      relations: 0,
      problems: []
    })
    expect(counts()).toEqual({ rooms: 4, persons: 4, relations: 4, phones: 4 })
    core.close()
  })

  it('reports each kind of problem with its row, column and reason, including conflicts with what is on file', async () => {
    const { core, commit, previewOf } = await setUp()
    expectOk(await commit(await xlsx(GOOD)))
    const rows: Row[] = [
      ['', '1', '101', '50', '', '', '', '', '', '', '', ''],
      ['3#', '2', '15-02', '50', '', '', '', '', '', '', '', ''],
      ['5', '1', '101', '50.123', '别墅', '入住', '', '', '', '', '', ''],
      ['5', '1', '102', '0', '', '', '赵六', '', '', '', '12345', ''],
      ['5', '1', '103', '60', '', '', '', '业主', '', '', '', ''],
      ['5', '1', '104', '60', '', '', '钱七', '房东', '驾照', '', '', ''],
      [
        '5',
        '1',
        '105',
        '60',
        '',
        '',
        '孙八',
        '业主',
        '统一社会信用代码',
        CREDIT.slice(0, 17) + (CREDIT.endsWith('0') ? '1' : '0'),
        '',
        ''
      ],
      ['5', '1', '106', '60', '', '', '周九', '业主', '居民身份证', '350102198013011234', '', ''],
      ['5', '1', '107', '60', '', '', '吴十', '业主', '', ID_A, '', ''],
      ['5', '1', '108', '60', '', '', '郑一', '业主', '居民身份证', id('11010119900101001'), '', ''],
      ['5', '1', '109', '60', '', '', '郑二', '业主', '居民身份证', id('11010119900101001'), '', ''],
      ['5', '1', '110', '60', '住宅', '', '', '', '', '', '', ''],
      ['5', '1', '110', '61', '商铺', '', '', '', '', '', '', ''],
      ['3', '2', '1502', '90', '', '', '', '', '', '', '', ''],
      ['5', '1', '111', '60', '', '', '冯三', '受托人', '', '', '', ''],
      ['5', '1', '112', '60', '', '', '陈四', '业主', '', '', '139****5678', '']
    ]
    const { problems } = await previewOf(await xlsx(rows))
    const at = (row: number) => problems.filter((p) => p.row === row).map((p) => `${p.column}: ${p.message}`)
    expect(at(2)).toEqual(['楼栋: 必填'])
    expect(at(3)).toEqual(['房号: 只能填写字母和数字'])
    expect(at(4)).toEqual([
      '建筑面积(㎡): 面积最多两位小数',
      '房屋类型: 无法识别“别墅”，可填写：住宅、商铺、车位、储藏室、其他',
      '房屋状态: 无法识别“入住”，可填写：未交付、空置、已入住、托管、装修中'
    ])
    expect(at(5)).toEqual([
      '建筑面积(㎡): 面积必须大于 0',
      '关系: 填写了姓名，但没有填写关系',
      '手机: 电话号码格式不正确（手机 11 位，座机如 0591-87654321）'
    ])
    expect(at(6)).toEqual(['姓名/单位名称: 填写了住户信息，但没有填写姓名/单位名称'])
    expect(at(7)[0]).toBe('关系: 无法识别“房东”，可填写：业主、共有人、家庭成员、租户、受托人')
    expect(at(7)[1]).toMatch(/^证件类型: 无法识别“驾照”/)
    expect(at(8)).toEqual(['证件号码/信用代码: 统一社会信用代码校验位不正确'])
    expect(at(9)).toEqual(['证件号码/信用代码: 身份证号中的出生日期不正确'])
    expect(at(10)).toEqual(['姓名/单位名称: 该证件号码已登记在“林海”名下，与文件中的“吴十”不一致'])
    expect(at(12)).toEqual(['姓名/单位名称: 该证件号码在第 11 行登记为“郑一”，与本行的“郑二”不一致'])
    expect(at(14)).toEqual([
      '建筑面积(㎡): 房屋 5-1-110 在第 13 行已出现，建筑面积(㎡)不一致（“60.00㎡”与“61.00㎡”）',
      '房屋类型: 房屋 5-1-110 在第 13 行已出现，房屋类型不一致（“住宅”与“商铺”）'
    ])
    expect(at(15)).toEqual(['建筑面积(㎡): 房屋 3-2-1502 已登记，建筑面积(㎡)为“89.50㎡”，与文件中的“90.00㎡”不一致'])
    expect(at(16)).toEqual(['关系: 受托人须在房屋页面登记（需填写委托事项和委托期限）'])
    expect(at(17)).toEqual(['手机: 手机号已打码（含 *），新登记的住户请填写完整号码'])
    expect(at(11)).toEqual([])
    core.close()
  })

  it('refuses an ID number Excel stored as a number, a missing column and an unreadable file; finds a header under a title row', async () => {
    const { core, previewOf } = await setUp()
    const numeric = await previewOf(
      await xlsx([
        [
          '1',
          '1',
          '101',
          50,
          '住宅',
          '空置',
          '林海',
          '业主',
          '居民身份证',
          Number(ID_A.slice(0, 17) + '0'),
          13912345678,
          ''
        ]
      ])
    )
    expect(numeric.problems).toEqual([
      {
        row: 2,
        column: '证件号码/信用代码',
        message: '证件号码被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”后重新填写'
      }
    ])
    const noArea = await previewOf(await xlsx([['1', '1', '101']], ['楼栋', '单元', '房号']))
    expect(noArea.problems).toEqual([
      { row: 1, column: '建筑面积(㎡)', message: '缺少“建筑面积(㎡)”列，请使用导入模板' }
    ])
    const titled = await previewOf(
      await xlsx([HEADER, ['1', '', '101', '50', '', '', '', '', '', '', '', '']], ['幸福家园房屋清单'])
    )
    expect(titled).toMatchObject({ rows: 1, newRooms: 1, problems: [] })
    const broken = await previewOf(Buffer.from('this is not a workbook').toString('base64'))
    expect(broken.problems).toEqual([
      { row: 1, column: '', message: '无法读取该文件，请确认是 .xlsx 或 .csv 格式且未加密' }
    ])
    core.close()
  })

  it('a GBK-encoded CSV saved by Excel imports, and so does UTF-8 with a BOM', async () => {
    const { core, commit, counts } = await setUp()
    const csv = [
      HEADER.join(','),
      `7,1,0901,88.8,住宅,已入住,欧阳娜娜,业主,居民身份证,${ID_B},13912345678,`,
      '7,1,0902,88.8,住宅,空置,,,,,,'
    ].join('\r\n')
    expect(expectOk(await commit(gbk(csv).toString('base64'), 'rooms.csv'))).toMatchObject({
      rows: 2,
      newRooms: 2,
      persons: 1,
      relations: 1,
      problems: []
    })
    expect(core.store.sqlite.prepare(`select name from persons`).all()).toEqual([{ name: '欧阳娜娜' }])
    expect(core.store.sqlite.prepare(`select code from rooms order by code`).all()).toEqual([
      { code: '7-1-901' },
      { code: '7-1-902' }
    ])
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv.replace('0902', '0903'), 'utf8')])
    expect(expectOk(await commit(utf8.toString('base64'), 'rooms.csv'))).toMatchObject({
      newRooms: 1,
      persons: 0,
      relations: 0,
      problems: []
    })
    expect(counts()).toMatchObject({ rooms: 3, persons: 1 })
    core.close()
  })

  it('the export lists every room with IDs and phones masked, and re-imports as a clean preview that adds nothing', async () => {
    const { core, admin, commit, previewOf, counts } = await setUp()
    expectOk(await commit(await xlsx(GOOD)))
    const file = await admin.estate.exportWorkbook({})
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
      [
        '3',
        '2',
        '1502',
        '',
        '住宅',
        '已入住',
        '林海',
        '业主',
        '居民身份证',
        `3501**********${ID_A.slice(-4)}`,
        '139****5678',
        ''
      ],
      [
        '3',
        '2',
        '1502',
        '',
        '住宅',
        '已入住',
        '陈静',
        '家庭成员',
        '居民身份证',
        `3501**********${ID_B.slice(-4)}`,
        '138****1111、0591-****4321',
        '夫妻'
      ],
      ['3', '2', '1503', '', '住宅', '空置', '', '', '', '', '', ''],
      ['A', '1', '101', '', '商铺', '托管', '福建榕城贸易有限公司', '业主', '统一社会信用代码', CREDIT, '', ''],
      ['A', '1', '102', '', '商铺', '已入住', '王小明', '租户', '', '', '137****2222', '']
    ])
    expect(JSON.stringify(rows)).not.toContain(ID_A)

    const before = counts()
    expect(await previewOf(file.dataBase64)).toEqual({
      rows: 5,
      rooms: 4,
      newRooms: 0,
      newBuildings: [],
      persons: 0,
      relations: 0,
      problems: []
    })
    expect(expectOk(await commit(file.dataBase64))).toMatchObject({ newRooms: 0, persons: 0, relations: 0 })
    expect(counts()).toEqual(before)
    const phones = core.store.sqlite.prepare(`select phone from person_phones order by id`).all()
    expect(phones).toContainEqual({ phone: '13912345678' })
    core.close()
  })
})
