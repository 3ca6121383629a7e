import type { InputOf } from '../../../shared/kernel/procedure'
import type { api } from '../../../shared/api'
import { DEFAULT_WORK_ORDER_SETTINGS, type WorkOrderSettings } from '../../../shared/workorders/settings'
import { clerkApi, clock, env, later, MANAGER, sqlite } from './workorders-fixture'

/**
 * The complaints' tests run on the work orders' fixture (the small estate, clerk1 signed in, a
 * manager). Times are the counter's (UTC+8): `at('2026-12-28T10:00')` moves the clock there.
 */

export type NewComplaint = InputOf<typeof api.complaints.create>

export const complaint = (extra: Partial<NewComplaint> = {}): NewComplaint => ({
  channel: 'phone',
  customer: '张先生',
  contact: '13912345678',
  roomId: env.rooms.r3_2_1502,
  description: '保安态度恶劣',
  request: '道歉并处理相关人员',
  category: 'attitude',
  severity: 'major',
  ...extra
})

/** Moves the clock to a local moment 'YYYY-MM-DDTHH:mm' (forward only) and signs the clerk in again. */
export async function at(local: string) {
  const target = Date.parse(`${local}:00+08:00`)
  const minutes = (target - clock.now().getTime()) / 60_000
  if (minutes < 0) throw new Error(`the clock only moves forward: ${local}`)
  await later(minutes)
}

/** A local moment as the stored ISO string. */
export const iso = (local: string) => new Date(`${local}+08:00`).toISOString()

/** Saves the settings as the settings page does: repairs.saveSettings, signed in as the manager. */
export async function saveSettings(change: (s: WorkOrderSettings) => WorkOrderSettings) {
  const manager = env.clientFor(await env.signIn(MANAGER.username, MANAGER.password))
  await manager.repairs.saveSettings(change(structuredClone(DEFAULT_WORK_ORDER_SETTINGS)))
}

export const dueOf = (view: { deadlines: { step: string; dueAt: string }[] }, step: string) =>
  view.deadlines.find((d) => d.step === step)?.dueAt

export const register = (extra: Partial<NewComplaint> = {}) => clerkApi.complaints.create(complaint(extra))

export const complaintCount = () => (sqlite().prepare('SELECT count(*) AS n FROM complaints').get() as { n: number }).n
