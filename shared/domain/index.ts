/**
 * Pure domain helpers of the counter: identity documents, phone numbers, room codes, areas and
 * money. Every module exports its own `reasonMessages`; they are listed by name here (with a
 * module prefix) because `export *` would make the identical names ambiguous.
 */
export {
  normalizeIdNumber,
  idCheckDigit,
  validateResidentId,
  reasonMessages as idCardReasonMessages,
  type IdCardReason,
  type ResidentIdResult
} from './id-card'

export {
  normalizeCreditCode,
  creditCodeCheckChar,
  validateCreditCode,
  CREDIT_CODE_CHARSET,
  reasonMessages as creditCodeReasonMessages,
  type CreditCodeReason,
  type CreditCodeResult
} from './credit-code'

export {
  normalizePhone,
  validatePhone,
  maskPhone,
  reasonMessages as phoneReasonMessages,
  type PhoneReason,
  type PhoneResult
} from './phone'

export { maskIdNumber } from './mask'

export {
  parseRoomQuery,
  formatRoomCode,
  displayRoom,
  floorOf,
  reasonMessages as roomCodeReasonMessages,
  type RoomParts,
  type RoomCodeReason
} from './room-code'

export {
  parseArea,
  formatArea,
  MAX_AREA_CENTI,
  reasonMessages as areaReasonMessages,
  type AreaReason,
  type AreaResult
} from './area'

export {
  toHalfWidth,
  parseHundredths,
  parseYuan,
  formatFen,
  toChineseCapital,
  sumFen,
  DEFAULT_MAX_FEN,
  reasonMessages as moneyReasonMessages,
  type DecimalResult,
  type MoneyReason,
  type ParseYuanOptions,
  type ParseYuanResult,
  type FormatFenOptions
} from './money'
