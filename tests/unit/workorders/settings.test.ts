import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WORK_ORDER_SETTINGS as DEFAULTS,
  workOrderSettingsInput,
  type WorkOrderSettings
} from '../../../shared/workorders/settings'

/** The first issue of a refused document: its path and message key. */
function refusal(doc: unknown) {
  const parsed = workOrderSettingsInput.safeParse(doc)
  expect(parsed.success).toBe(false)
  const issue = parsed.error!.issues[0]!
  return { path: issue.path.join('.'), message: issue.message }
}

const withCategories = (repairCategories: unknown): unknown => ({ ...DEFAULTS, repairCategories })

describe('DEFAULT_WORK_ORDER_SETTINGS', () => {
  it('parses with the settings schema unchanged', () => {
    expect(workOrderSettingsInput.parse(DEFAULTS)).toEqual(DEFAULTS)
  })
  it('holds the manuals’ numbers', () => {
    const d: WorkOrderSettings = DEFAULTS
    expect(d.serviceHours).toEqual({ from: '09:00', to: '21:00' })
    expect(d.repairRules.dispatch).toEqual({ measure: 'workingMinutes', amount: 30 })
    expect(d.repairRules.urgentArrival).toEqual({ measure: 'minutes', amount: 15 })
    expect(d.repairCategories.find((c) => c.key === 'leak')).toMatchObject({
      name: '渗漏水',
      followUp: { measure: 'days', amount: 3 },
      followUpFrom: 'leakTest'
    })
    expect(d.complaintRules.reply72).toEqual({ enabled: false, rule: { measure: 'minutes', amount: 72 * 60 } })
    expect(d.repairCategories.some((c) => c.key === 'other')).toBe(true)
  })
})

describe('refusals', () => {
  it.each(['Leak', '1leak', 'leak-test', '渗漏', '', 'a'.repeat(25)])('a bad key %j', (bad) => {
    const categories = DEFAULTS.repairCategories.map((c, k) => (k === 0 ? { ...c, key: bad } : c))
    expect(refusal(withCategories(categories))).toEqual({ path: 'repairCategories.0.key', message: 'field.settingKey' })
  })
  it('a bad complaint category key', () => {
    const complaintCategories = [{ key: 'Bad key', name: '其他' }]
    expect(refusal({ ...DEFAULTS, complaintCategories })).toMatchObject({ message: 'field.settingKey' })
  })
  it('empty lists of categories and departments', () => {
    expect(refusal(withCategories([]))).toMatchObject({ path: 'repairCategories' })
    expect(refusal({ ...DEFAULTS, complaintCategories: [] })).toMatchObject({ path: 'complaintCategories' })
    expect(refusal({ ...DEFAULTS, departments: [] })).toMatchObject({ path: 'departments' })
  })
  it('an empty or too long name', () => {
    const blank = DEFAULTS.repairCategories.map((c, k) => (k === 0 ? { ...c, name: '  ' } : c))
    expect(refusal(withCategories(blank))).toEqual({ path: 'repairCategories.0.name', message: 'field.required' })
    expect(refusal({ ...DEFAULTS, departments: ['部'.repeat(21)] })).toEqual({
      path: 'departments.0',
      message: 'field.tooLong'
    })
  })
  it.each([
    ['09:00', '09:00'],
    ['21:00', '09:00']
  ])('service hours from %s to %s', (from, to) => {
    expect(refusal({ ...DEFAULTS, serviceHours: { from, to } })).toEqual({
      path: 'serviceHours.to',
      message: 'field.serviceHours'
    })
  })
  it('an unknown field, a bad rule, a follow-up counted from elsewhere', () => {
    expect(workOrderSettingsInput.safeParse({ ...DEFAULTS, extra: 1 }).success).toBe(false)
    const badRule = { ...DEFAULTS.repairRules, dispatch: { measure: 'workingMinutes', amount: 0 } }
    expect(refusal({ ...DEFAULTS, repairRules: badRule }).path).toBe('repairRules.dispatch.amount')
    const elsewhere = DEFAULTS.repairCategories.map((c, k) => (k === 0 ? { ...c, followUpFrom: 'dispatch' } : c))
    expect(refusal(withCategories(elsewhere)).path).toBe('repairCategories.0.followUpFrom')
  })
  it('soon minutes and the recurring window out of range', () => {
    expect(refusal({ ...DEFAULTS, soonMinutes: 4 }).path).toBe('soonMinutes')
    expect(refusal({ ...DEFAULTS, recurring: { count: 1, windowDays: 90 } }).path).toBe('recurring.count')
  })
})
