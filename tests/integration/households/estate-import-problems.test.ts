import { describe, expect, it } from 'vitest'
import { expectOk } from '../../helpers/core'
import { eachTest } from '../../helpers/each-test'
import {
  CREDIT,
  GOOD,
  HEADER,
  ID_A,
  id,
  setUpImport,
  xlsx,
  type ImportEnv,
  type Row
} from '../../helpers/estate-import'

let env: ImportEnv
eachTest(setUpImport, (e) => {
  env = e
})

describe('problems an import reports', () => {
  it('reports each kind of problem with its row, column and reason, including conflicts with what is on file', async () => {
    expectOk(await env.commit(await xlsx(GOOD)))
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
    const { problems } = await env.previewOf(await xlsx(rows))
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
  })

  it('refuses an ID number Excel stored as a number, a missing column and an unreadable file; finds a header under a title row', async () => {
    const numeric = await env.previewOf(
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
    const noArea = await env.previewOf(await xlsx([['1', '1', '101']], ['楼栋', '单元', '房号']))
    expect(noArea.problems).toEqual([
      { row: 1, column: '建筑面积(㎡)', message: '缺少“建筑面积(㎡)”列，请使用导入模板' }
    ])
    const titled = await env.previewOf(
      await xlsx([HEADER, ['1', '', '101', '50', '', '', '', '', '', '', '', '']], ['幸福家园房屋清单'])
    )
    expect(titled).toMatchObject({ rows: 1, newRooms: 1, problems: [] })
    const broken = await env.previewOf(Buffer.from('this is not a workbook').toString('base64'))
    expect(broken.problems).toEqual([
      { row: 1, column: '', message: '无法读取该文件，请确认是 .xlsx 或 .csv 格式且未加密' }
    ])
  })
})
