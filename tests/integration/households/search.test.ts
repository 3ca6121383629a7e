import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/core'
import { setUpEstate, ZHANG_SAN_ID, ZHANG_XIAOLAN_ID } from '../../helpers/estate'

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpEstate>>
beforeAll(async () => {
  tmp = tempDir()
  env = await setUpEstate(tmp.dir)
})
afterAll(() => {
  env.core.close()
  tmp.cleanup()
})

const search = (q: string) => env.admin.search.global({ q })

describe('global search', () => {
  it.each(['3-2-1502', '3栋2单元1502', '3栋2单元1502室', '3－2－1502', ' 3-2-1502 ', '3#2-1502'])(
    'finds the room from %s, exact room first',
    async (q) => {
      const hits = await search(q)
      expect(hits[0]).toMatchObject({ roomCode: '3-2-1502', owners: '张三', match: 'roomCode', status: 'undelivered' })
    }
  )

  it('3-1502 finds the room 1502 in every unit of building 3', async () => {
    const codes = (await search('3-1502')).map((h) => h.roomCode)
    expect(codes).toEqual(expect.arrayContaining(['3-1-1502', '3-2-1502']))
  })

  it('3-101 in a one-unit building goes straight to the room', async () => {
    const hits = await search('5-101')
    expect(hits[0]).toMatchObject({ roomCode: '5-1-101', owners: '福州万达商业管理有限公司' })
  })

  it('a partial room code lists rooms as you type', async () => {
    const codes = (await search('3-2-15')).map((h) => h.roomCode)
    expect(codes).toContain('3-2-1501')
    expect(codes).toContain('3-2-1502')
  })

  it('finds a person by full name, surname, part of the name, pinyin initials and full pinyin', async () => {
    expect((await search('张三'))[0]).toMatchObject({ personName: '张三', roomCode: '3-2-1502' })
    expect((await search('张')).map((h) => h.personName)).toEqual(expect.arrayContaining(['张三', '张晓兰']))
    expect((await search('晓兰'))[0]).toMatchObject({ personName: '张晓兰', roomCode: '3-1-101' })
    expect((await search('zs'))[0]).toMatchObject({ personName: '张三', match: 'pinyin' })
    expect((await search('zxl'))[0]).toMatchObject({ personName: '张晓兰' })
    expect((await search('ZXL'))[0]).toMatchObject({ personName: '张晓兰' })
    expect((await search('zhangxiaolan'))[0]).toMatchObject({ personName: '张晓兰' })
    expect((await search('zhangx'))[0]).toMatchObject({ personName: '张晓兰' })
  })

  it('finds by a whole phone number or its last four digits, showing it masked', async () => {
    expect((await search('13912345678'))[0]).toMatchObject({
      personName: '张三',
      match: 'phone',
      matchedText: '139****5678'
    })
    const tail = await search('5678')
    expect(tail.find((h) => h.personName === '张三')).toMatchObject({ match: 'phoneTail', matchedText: '139****5678' })
    expect((await search('0591-87654321'))[0]).toMatchObject({ personName: '张晓兰' })
  })

  it('finds by the last 4–6 characters of an ID number, and by the whole number, showing it masked', async () => {
    const tail = ZHANG_SAN_ID.slice(-6)
    const hit = (await search(tail)).find((h) => h.personName === '张三')
    expect(hit).toMatchObject({
      match: 'idTail',
      matchedText: `${ZHANG_SAN_ID.slice(0, 4)}**********${ZHANG_SAN_ID.slice(-4)}`
    })
    expect((await search(ZHANG_XIAOLAN_ID))[0]).toMatchObject({ personName: '张晓兰', match: 'idNumber' })
    expect((await search(ZHANG_SAN_ID.toLowerCase()))[0]).toMatchObject({ personName: '张三' })
  })

  it('finds a company by name and by credit code', async () => {
    expect((await search('万达'))[0]).toMatchObject({ personName: '福州万达商业管理有限公司', roomCode: '5-1-101' })
  })

  it('a tenant leads to the room they rent', async () => {
    expect((await search('李四'))[0]).toMatchObject({ roomCode: '3-1-101', owners: '张晓兰' })
  })

  it('nothing found is an empty list, not an error; blank queries are refused', async () => {
    expect(await search('无此人')).toEqual([])
    expect(await env.admin.attempt.search.global({ q: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
  })
})
