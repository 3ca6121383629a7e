import { describe, expect, it } from 'vitest'
import { displayRoom, floorOf, formatRoomCode, parseRoomQuery, reasonMessages } from '../../../shared/domain/room-code'

const b3u2 = { building: '3', unit: '2', room: '1502' }
const b3 = { building: '3', unit: null, room: '1502' }

describe('reading a room code typed at the counter', () => {
  it.each([
    '3-2-1502',
    '3－2－1502',
    '3—2—1502',
    '3栋2单元1502',
    '3栋2单元1502室',
    '3幢2单元1502',
    '3号楼2单元1502',
    '3号2单元1502号',
    '3#2-1502',
    '3＃2－1502',
    '3 2 1502',
    '3/2/1502',
    '3_2_1502',
    ' 3 栋 2 单元 1502 室 ',
    '3栋-2单元-1502',
    '3栋2单1502',
    '３栋２单元１５０２'
  ])('reads %s as building 3, unit 2, room 1502', (text) => {
    expect(parseRoomQuery(text)).toEqual(b3u2)
  })

  it('reads traditional characters typed on a zh-TW keyboard', () => {
    expect(parseRoomQuery('3棟2單元1502')).toEqual(b3u2)
    expect(parseRoomQuery('3號樓2單元1502')).toEqual(b3u2)
  })

  it.each(['3-1502', '3栋1502', '3#1502', '3号楼1502室', '3 1502'])(
    'reads %s without a unit (single-unit building, or the clerk skipped it)',
    (text) => {
      expect(parseRoomQuery(text)).toEqual(b3)
    }
  )

  it('uppercases letters in building codes', () => {
    expect(parseRoomQuery('A-2-1502')).toEqual({ building: 'A', unit: '2', room: '1502' })
    expect(parseRoomQuery('a座2单元1502')).toEqual({ building: 'A', unit: '2', room: '1502' })
    expect(parseRoomQuery('A座2单元1502')).toEqual({ building: 'A', unit: '2', room: '1502' })
  })

  it('reads a building code made of a letter and digits', () => {
    expect(parseRoomQuery('B1-101')).toEqual({ building: 'B1', unit: null, room: '101' })
    expect(parseRoomQuery('b1-2-101')).toEqual({ building: 'B1', unit: '2', room: '101' })
  })

  it('reads a room with a letter prefix, such as a basement room', () => {
    expect(parseRoomQuery('3-B101')).toEqual({ building: '3', unit: null, room: 'B101' })
  })

  it('reads buildings of up to 3 digits and units of up to 2', () => {
    expect(parseRoomQuery('103-12-2301')).toEqual({ building: '103', unit: '12', room: '2301' })
  })

  it('drops leading zeros of building, unit and room, as codes are stored without them', () => {
    expect(parseRoomQuery('03-02-1502')).toEqual(b3u2)
    expect(parseRoomQuery('3-2-0101')).toEqual({ building: '3', unit: '2', room: '101' })
    expect(parseRoomQuery('003栋02单元0901室')).toEqual({ building: '3', unit: '2', room: '901' })
  })

  it('refuses building, unit or floor zero', () => {
    expect(parseRoomQuery('0-2-1502')).toBeNull()
    expect(parseRoomQuery('3-0-1502')).toBeNull()
    expect(parseRoomQuery('3-00-1502')).toBeNull()
    expect(parseRoomQuery('3-2-0012')).toBeNull()
    expect(parseRoomQuery('3-2-000')).toBeNull()
  })

  it('refuses a bare number, which could as well be the tail of a phone number', () => {
    expect(parseRoomQuery('1502')).toBeNull()
    expect(parseRoomQuery('321502')).toBeNull()
  })

  it('refuses phone numbers however they are written', () => {
    expect(parseRoomQuery('13912345678')).toBeNull()
    expect(parseRoomQuery('139 1234 5678')).toBeNull()
    expect(parseRoomQuery('139-1234-5678')).toBeNull()
    expect(parseRoomQuery('0591-87654321')).toBeNull()
  })

  it('refuses names, dates and empty text', () => {
    for (const text of ['张三', 'Zhang San', '2025-06-01', '', '   ', '3栋', '3-2', '3-2-15']) {
      expect(parseRoomQuery(text), text).toBeNull()
    }
  })

  it('refuses markers in the wrong order rather than misreading them', () => {
    expect(parseRoomQuery('2单元3栋1502')).toBeNull()
  })

  it('refuses rooms of more than 4 digits', () => {
    expect(parseRoomQuery('3-2-15021')).toBeNull()
  })
})

describe('writing a room code', () => {
  it('joins building, unit and room with hyphens', () => {
    expect(formatRoomCode(b3u2)).toBe('3-2-1502')
  })

  it('leaves the unit out when there is none', () => {
    expect(formatRoomCode(b3)).toBe('3-1502')
  })

  it('gives back the stored form of anything the counter can read', () => {
    for (const text of ['3栋2单元1502室', '03-02-1502', 'A座2单元1502', 'B1-101', '3#1502']) {
      const parts = parseRoomQuery(text)
      expect(parts, text).not.toBeNull()
      if (parts) expect(parseRoomQuery(formatRoomCode(parts))).toEqual(parts)
    }
  })
})

describe('displaying a room', () => {
  it('reads 3栋2单元1502 in simplified Chinese, the default', () => {
    expect(displayRoom(b3u2)).toBe('3栋2单元1502')
    expect(displayRoom(b3u2, 'zh-CN')).toBe('3栋2单元1502')
  })

  it('reads 3棟2單元1502 in traditional Chinese', () => {
    expect(displayRoom(b3u2, 'zh-TW')).toBe('3棟2單元1502')
  })

  it('reads Bldg 3, Unit 2, Rm 1502 in English', () => {
    expect(displayRoom(b3u2, 'en')).toBe('Bldg 3, Unit 2, Rm 1502')
  })

  it('leaves the unit out when there is none, in every language', () => {
    expect(displayRoom(b3)).toBe('3栋1502')
    expect(displayRoom(b3, 'zh-TW')).toBe('3棟1502')
    expect(displayRoom(b3, 'en')).toBe('Bldg 3, Rm 1502')
  })

  it('is read back by the room search', () => {
    expect(parseRoomQuery(displayRoom(b3u2))).toEqual(b3u2)
    expect(parseRoomQuery(displayRoom(b3u2, 'zh-TW'))).toEqual(b3u2)
    expect(parseRoomQuery(displayRoom(b3))).toEqual(b3)
  })
})

describe('floor of a room', () => {
  it('is every digit but the last two', () => {
    expect(floorOf('1502')).toBe(15)
    expect(floorOf('101')).toBe(1)
    expect(floorOf('2301')).toBe(23)
    expect(floorOf('999')).toBe(9)
  })

  it('reads a typed leading zero as part of the floor', () => {
    expect(floorOf('0101')).toBe(1)
  })

  it('is unknown for lettered, too short, too long or floor-zero rooms', () => {
    for (const room of ['B101', '12', '15021', '', '001', '0099', '15A2']) expect(floorOf(room), room).toBeNull()
  })
})

describe('room code reason messages', () => {
  it('give a Chinese message with an example of what is understood', () => {
    expect(reasonMessages.unrecognized).toMatch(/[\u4e00-\u9fff]/)
    expect(reasonMessages.unrecognized).toContain('3-2-1502')
  })
})
