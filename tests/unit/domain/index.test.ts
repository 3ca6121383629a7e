import { describe, expect, it } from 'vitest'
import * as domain from '../../../shared/domain'
import { reasonMessages as area } from '../../../shared/domain/area'
import { reasonMessages as creditCode } from '../../../shared/domain/credit-code'
import { reasonMessages as idCard } from '../../../shared/domain/id-card'
import { reasonMessages as money } from '../../../shared/domain/money'
import { reasonMessages as phone } from '../../../shared/domain/phone'
import { reasonMessages as roomCode } from '../../../shared/domain/room-code'

describe('the domain entry point', () => {
  it('offers every helper from one import', () => {
    const helpers = [
      'normalizeIdNumber',
      'idCheckDigit',
      'validateResidentId',
      'normalizeCreditCode',
      'creditCodeCheckChar',
      'validateCreditCode',
      'normalizePhone',
      'validatePhone',
      'maskPhone',
      'maskIdNumber',
      'parseRoomQuery',
      'formatRoomCode',
      'displayRoom',
      'floorOf',
      'parseArea',
      'formatArea',
      'toHalfWidth',
      'parseHundredths',
      'parseYuan',
      'formatFen',
      'toChineseCapital',
      'sumFen'
    ] as const
    for (const name of helpers) expect(typeof domain[name], name).toBe('function')
  })

  it("offers each module's reason messages under a prefixed name", () => {
    expect(domain.idCardReasonMessages).toBe(idCard)
    expect(domain.creditCodeReasonMessages).toBe(creditCode)
    expect(domain.phoneReasonMessages).toBe(phone)
    expect(domain.roomCodeReasonMessages).toBe(roomCode)
    expect(domain.areaReasonMessages).toBe(area)
    expect(domain.moneyReasonMessages).toBe(money)
  })

  it('works end to end on a typical counter entry', () => {
    const id = domain.validateResidentId('11010519491231002x', '2025-06-01')
    expect(id.ok && domain.maskIdNumber(id.id)).toBe('1101**********002X')
    const fee = domain.parseYuan('¥1,234.56')
    expect(fee.ok && domain.toChineseCapital(fee.fen)).toBe('壹仟贰佰叁拾肆元伍角陆分')
    const room = domain.parseRoomQuery('3栋2单元1502室')
    expect(room && domain.formatRoomCode(room)).toBe('3-2-1502')
  })
})
