import { z } from 'zod'
import { id, optionalText, text } from '../kernel/fields'
import { METER_KINDS } from './rules'

/**
 * The office's check-in settings (设置 → 入住办理): what owners sign, what they are handed, what
 * the inspection checks, which meters must be read, where defects go, what is charged at move-in,
 * the trusteeship limits, and the office's hours, place and phone for the 入住通知单. Stored by the
 * checkin capability; supervisors and up change them.
 */

const key = z
  .string()
  .trim()
  .min(1, 'field.required')
  .max(40, 'field.tooLong')
  .regex(/^[A-Za-z0-9_-]+$/, 'field.invalid')

export const checkinSettingsInput = z.strictObject({
  /** 管理规约, 消防安全责任书…; `typeKey` marks the household file's checklist entry when signed. */
  agreements: z
    .array(z.strictObject({ key, name: text(40), required: z.boolean(), typeKey: optionalText(40).default('') }))
    .max(20),
  /** 入户门钥匙, 单元门禁卡, 信报箱钥匙, 住户手册, 房屋水电图…, with the usual count. */
  items: z
    .array(z.strictObject({ key, name: text(30), defaultCount: z.number().int().min(0).max(50) }))
    .min(1)
    .max(30),
  /** The house quality checklist: each area (客厅, 厨房…) with its items (墙面, 地面…). */
  inspection: z
    .array(z.strictObject({ area: text(20), items: z.array(text(20)).min(1).max(30) }))
    .min(1)
    .max(30),
  /** Defect categories (土建, 水电, 门窗…). */
  defectCategories: z.array(text(20)).min(1).max(20),
  requiredMeters: z.array(z.enum(METER_KINDS)).max(3),
  /** Who repairs move-in defects: the developer (保修期内) or the office's maintenance team. */
  defectRoute: z.enum(['developer', 'maintenance']),
  /** Months of property fee usually paid in advance at move-in. */
  prepayMonths: z.number().int().min(0).max(36),
  /** The fee items whose monthly fee is prepaid at move-in (usually the property fee). */
  prepayItemIds: z.array(id).max(10),
  /** One-off items charged at move-in (信报箱, 停车卡…). */
  oneOffItemIds: z.array(id).max(20),
  /** Use allowed in a trusteeship home since it started, in units (water 5 t, electricity 20 kWh). */
  trusteeshipLimits: z.strictObject({
    water: z.number().int().min(0).max(100_000),
    electricity: z.number().int().min(0).max(100_000),
    gas: z.number().int().min(0).max(100_000)
  }),
  /**
   * Where and when the office receives owners, printed on the 入住通知单. Added after the first
   * release: a settings row saved before it has no `office` and reads as empty lines (the defaults).
   */
  office: z
    .strictObject({
      hours: optionalText(40).default(''),
      place: optionalText(60).default(''),
      phone: optionalText(30).default('')
    })
    .default({ hours: '', place: '', phone: '' })
})

export type CheckinSettings = z.output<typeof checkinSettingsInput>

/** What an office starts with (the manuals' lists; the limits are BRIEF §1's). */
export const DEFAULT_CHECKIN_SETTINGS: CheckinSettings = {
  agreements: [
    { key: 'estateRules', name: '管理规约', required: true, typeKey: 'estateRules' },
    { key: 'residenceConvention', name: '住宅使用公约', required: true, typeKey: '' },
    { key: 'fireSafety', name: '消防安全责任书', required: true, typeKey: '' },
    { key: 'decorationNotice', name: '装修须知', required: false, typeKey: '' }
  ],
  items: [
    { key: 'doorKey', name: '入户门钥匙', defaultCount: 3 },
    { key: 'unitCard', name: '单元门禁卡', defaultCount: 2 },
    { key: 'mailboxKey', name: '信报箱钥匙', defaultCount: 2 },
    { key: 'handbook', name: '住户手册', defaultCount: 1 },
    { key: 'drawings', name: '房屋水电图', defaultCount: 1 }
  ],
  inspection: [
    { area: '客厅', items: ['墙面', '地面', '天花', '门窗', '电源插座'] },
    { area: '卧室', items: ['墙面', '地面', '天花', '门窗', '电源插座'] },
    { area: '厨房', items: ['墙面', '地面', '给排水', '燃气管道', '门窗'] },
    { area: '卫生间', items: ['墙面', '地面', '给排水', '防水', '门窗'] },
    { area: '阳台', items: ['地面', '栏杆', '排水'] },
    { area: '入户', items: ['入户门', '门禁对讲', '电表箱', '水表'] }
  ],
  defectCategories: ['土建', '渗漏水', '水电', '门窗', '其他'],
  requiredMeters: ['water', 'electricity'],
  defectRoute: 'developer',
  prepayMonths: 3,
  prepayItemIds: [],
  oneOffItemIds: [],
  trusteeshipLimits: { water: 5, electricity: 20, gas: 5 },
  office: { hours: '', place: '', phone: '' }
}
