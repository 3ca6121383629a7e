import { z } from 'zod'
import { id } from '../kernel/fields'

/**
 * The office's renovation and permit rules (设置 → 证件), one JSON document (permit_settings). The
 * manuals name what is restated and checked, not the numbers: every default here is ours, for an
 * ordinary residential estate, and the office changes any of them. A stored document that no
 * longer parses falls back to these defaults, so a counter never stops on a settings page.
 */

const key = z
  .string()
  .trim()
  .regex(/^[a-z][a-zA-Z0-9]{0,23}$/, 'field.settingKey')
const name = z.string().trim().min(1, 'field.required').max(30, 'field.tooLong')
const line = z.string().trim().min(1, 'field.required').max(120, 'field.tooLong')

export const renovationWork = z.strictObject({
  key,
  name,
  /** 拆改主体结构、明显加大荷载: the housing authority's approval document before any permit. */
  needsApproval: z.boolean()
})
export type RenovationWork = z.infer<typeof renovationWork>

export const permitSettingsInput = z.strictObject({
  /** The planned works a renovation chooses from (装修项目). */
  works: z.array(renovationWork).min(1).max(40),
  /** Allowed working hours, restated at the desk and printed on the permit. */
  workingHours: z.string().trim().min(1, 'field.required').max(200, 'field.tooLong'),
  /** Prohibited works (禁止事项), restated and printed. */
  prohibited: z.array(line).max(20),
  /** The completion inspection's checklist (装修验收). */
  inspectionItems: z.array(line).min(1).max(20),
  /** The fees items charged before a permit (装修垃圾清运费, 装修保证金); null until the office names them. */
  garbageItemId: id.nullable(),
  depositItemId: id.nullable(),
  /** A renovation may run at most this many days (ours: 90). */
  maxDays: z.number().int().min(1).max(730),
  /** 工作台 and handover list papers ending within this many days (the 3). */
  expiringDays: z.number().int().min(0).max(30),
  /** Who the start-of-works notice goes to. */
  notifyDepartments: z.array(name).min(1).max(6)
})
export type PermitSettings = z.infer<typeof permitSettingsInput>

export const DEFAULT_PERMIT_SETTINGS: PermitSettings = {
  works: [
    { key: 'plumbing', name: '水电改造', needsApproval: false },
    { key: 'walls', name: '墙面、地面装饰', needsApproval: false },
    { key: 'ceiling', name: '吊顶', needsApproval: false },
    { key: 'kitchenBath', name: '厨卫改造（含防水）', needsApproval: false },
    { key: 'doorsWindows', name: '门窗更换（不改外立面）', needsApproval: false },
    { key: 'partition', name: '拆改非承重墙', needsApproval: false },
    { key: 'structure', name: '拆改主体结构', needsApproval: true },
    { key: 'load', name: '明显加大荷载', needsApproval: true }
  ],
  workingHours: '工作日 8:00–12:00、14:00–18:00；周末及节假日 9:00–12:00、14:00–17:00 不得进行产生噪音的施工',
  prohibited: [
    '拆改房屋主体结构和承重结构',
    '改变房屋外立面及外门窗的颜色、形状',
    '损坏或改动公共设施、烟道、管井',
    '将没有防水要求的房间改为卫生间、厨房',
    '在公共区域堆放装修材料和垃圾',
    '施工时使用明火须事先报备'
  ],
  inspectionItems: ['主体结构及承重墙未拆改', '公共设施完好无损', '外立面未改变', '装修垃圾已清运', '烟道、管井未破坏'],
  garbageItemId: null,
  depositItemId: null,
  maxDays: 90,
  expiringDays: 3,
  notifyDepartments: ['维修部', '安护部']
}
