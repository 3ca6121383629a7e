import { z } from 'zod'

/**
 * The office's duty and handover rules (设置 → 交接班), one JSON document (handover_settings). The
 * shift times and the summer period are the manual's (000 值班制度: 午间 12:00–13:30, summer
 * 12:00–14:00; 夜班 17:30–08:30, summer from 18:00); the tools list, the cash float and the outside
 * numbers are ours to start from. A stored document that no longer parses falls back to these.
 */

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'field.time')
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'handover.field.monthDay')
const name = z.string().trim().min(1, 'field.required').max(30, 'field.tooLong')

/** A shift's times; `end` before `start` runs past midnight (夜班 17:30–08:30). */
export const shiftTimes = z.strictObject({ start: hhmm, end: hhmm })
export type ShiftTimes = z.infer<typeof shiftTimes>

export const toolLine = z.strictObject({
  name,
  /** How many belong at the desk (对讲机 2, 手电筒 2 …). */
  expected: z.number().int().min(0).max(999)
})
export type ToolLine = z.infer<typeof toolLine>

export const outsideNumber = z.strictObject({
  name,
  phone: z.string().trim().min(1, 'field.required').max(30, 'field.tooLong'),
  note: z.string().trim().max(60, 'field.tooLong').default('')
})
export type OutsideNumber = z.infer<typeof outsideNumber>

/** A list whose entries must differ: the second of two equal ones is refused with `message`. */
function distinct<T>(key: (item: T) => string, message: string) {
  return (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>()
    list.forEach((item, i) => {
      const k = key(item)
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message, path: typeof item === 'string' ? [i] : [i, 'name'] })
      seen.add(k)
    })
  }
}

export const handoverSettingsInput = z.strictObject({
  winter: z.strictObject({ day: shiftTimes, noon: shiftTimes, night: shiftTimes }),
  summer: z.strictObject({ day: shiftTimes, noon: shiftTimes, night: shiftTimes }),
  /** Summer times apply from this month-day to that one, both included (05-01 … 09-30). */
  summerFrom: monthDay,
  summerTo: monthDay,
  /** The change float kept in the drawer (备用金), in fen: the cash expected is the float plus the shift's net cash. */
  cashFloatFen: z.number().int().min(0).max(10_000_000),
  /** The tools and equipment counted at every handover. */
  tools: z
    .array(toolLine)
    .max(40)
    .superRefine(distinct((t) => t.name, 'handover.field.duplicateTool')),
  /** Outside numbers for enquiries (电视, 电信, 宽带, 派出所, 水电气 …). */
  outsideNumbers: z.array(outsideNumber).max(60),
  /** Departments a ledger entry is referred to. */
  departments: z
    .array(name)
    .min(1)
    .max(20)
    .superRefine(distinct((d: string) => d, 'handover.field.duplicateDepartment')),
  /** A promised answer without a time given is due this many hours after the entry. */
  answerHours: z.number().int().min(1).max(720),
  /** A ledger answer counts as on time up to this many minutes after the promise. */
  graceMinutes: z.number().int().min(0).max(240)
})
export type HandoverSettings = z.infer<typeof handoverSettingsInput>

export const DEFAULT_HANDOVER_SETTINGS: HandoverSettings = {
  winter: {
    day: { start: '08:30', end: '17:30' },
    noon: { start: '12:00', end: '13:30' },
    night: { start: '17:30', end: '08:30' }
  },
  summer: {
    day: { start: '08:30', end: '18:00' },
    noon: { start: '12:00', end: '14:00' },
    night: { start: '18:00', end: '08:30' }
  },
  summerFrom: '05-01',
  summerTo: '09-30',
  cashFloatFen: 0,
  tools: [
    { name: '对讲机', expected: 2 },
    { name: '手电筒', expected: 2 },
    { name: '工具箱', expected: 1 },
    { name: '钥匙柜钥匙', expected: 1 },
    { name: '收据本', expected: 1 },
    { name: '雨伞', expected: 4 }
  ],
  outsideNumbers: [
    { name: '有线电视', phone: '96211', note: '' },
    { name: '中国电信', phone: '10000', note: '固话、宽带' },
    { name: '中国联通', phone: '10010', note: '' },
    { name: '中国移动', phone: '10086', note: '' },
    { name: '辖区派出所', phone: '110', note: '紧急报警' },
    { name: '自来水公司', phone: '96116', note: '' },
    { name: '供电服务', phone: '95598', note: '' },
    { name: '燃气公司', phone: '96777', note: '' }
  ],
  departments: ['客服部', '维修部', '安护部', '保洁部', '绿化部', '财务部', '管理处'],
  answerHours: 24,
  graceMinutes: 0
}
