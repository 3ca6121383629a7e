import { afterEach, beforeEach } from 'vitest'
import type { CheckinView } from '../../../shared/checkin/api'
import { DEFAULT_CHECKIN_SETTINGS } from '../../../shared/checkin/settings'
import type { StepInput } from '../../../shared/checkin/steps'
import type { CheckinStep } from '../../../shared/checkin/rules'
import { clientOf } from '../../helpers/client'
import { expectOk, startTestCore, tempDir } from '../../helpers/core'
import type { ApiResult } from '../../../shared/kernel/errors'
import { setUpFees } from '../../helpers/fees'

/**
 * The check-in tests' estate: the fee items of tests/helpers/fees.ts, a clerk (who runs check-ins)
 * and a supervisor signed in, fresh for every test. 3-2-1502 (张三, 120.35 ㎡) and the company's
 * 5-1-101 are 未交付 as built. The clock stands at 2026-11-22 09:00 (Fuzhou).
 */
export let tmp: ReturnType<typeof tempDir>
export let env: Awaited<ReturnType<typeof setUpFees>>
export let clerkApi: ReturnType<typeof env.clientFor>
export let supervisorApi: ReturnType<typeof env.clientFor>

export const TODAY = '2026-11-22'

beforeEach(async () => {
  tmp = tempDir()
  env = await setUpFees(tmp.dir)
  await env.addStaff('clerk1', 'clerk')
  clerkApi = env.clientFor(await env.signIn('clerk1', 'pass1234'))
  await env.addStaff('super1', 'supervisor')
  supervisorApi = env.clientFor(await env.signIn('super1', 'pass1234'))
})
let restarted: { close(): void } | undefined
afterEach(() => {
  restarted?.close()
  restarted = undefined
  env.core.close()
  tmp.cleanup()
})

export const sqlite = () => env.core.store.sqlite
export const count = (table: string, where = '1 = 1', ...params: unknown[]) =>
  (
    sqlite()
      .prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`)
      .get(...params) as { n: number }
  ).n

const verified = (...keys: string[]) => keys.map((key) => ({ key, verified: true }))

export const identity = {
  owner: (): StepInput['identity'] => ({
    case: 'owner',
    documents: verified('ownerId', 'moveInNotice', 'purchaseContract')
  }),
  agent: (): StepInput['identity'] => ({
    case: 'agent',
    documents: verified('ownerId', 'moveInNotice', 'purchaseContract', 'powerOfAttorney', 'agentId'),
    poa: { scope: '代为办理入住', from: '2026-11-01', to: '2026-12-31' }
  }),
  company: (): StepInput['identity'] => ({
    case: 'company',
    documents: verified('moveInNotice', 'purchaseContract', 'companyCertificate', 'handlerId')
  })
}

/** Every checklist line of the default settings passed, except the given defects. */
export function inspectionData(defects: { area: string; item: string; description: string }[] = []) {
  const lines = DEFAULT_CHECKIN_SETTINGS.inspection.flatMap((a) =>
    a.items.map((item) => {
      const defect = defects.find((d) => d.area === a.area && d.item === item)
      return defect
        ? { area: a.area, item, result: 'defect' as const, category: '土建', description: defect.description }
        : { area: a.area, item, result: 'pass' as const }
    })
  )
  return { lines, inspector: '林师傅', ownerConfirmed: true }
}

/** A complete answer to each step for an owner in person with no defects and no trusteeship. */
export function completeData(): StepInput {
  return {
    identity: identity.owner(),
    registration: { confirmed: true },
    agreements: {
      signed: DEFAULT_CHECKIN_SETTINGS.agreements
        .filter((a) => a.required)
        .map((a) => ({ key: a.key, signedOn: TODAY }))
    },
    items: {
      items: DEFAULT_CHECKIN_SETTINGS.items.map((i) => ({ key: i.key, count: i.defaultCount, received: true }))
    },
    meters: {
      readings: [
        { kind: 'water', meterNumber: 'W-1502', reading: '12.50' },
        { kind: 'electricity', meterNumber: 'E-1502', reading: '305.2' }
      ],
      ownerConfirmed: true
    },
    inspection: inspectionData(),
    fees: { receiptIds: [], skippedReason: '开发商已代收' },
    trusteeship: { wanted: false }
  }
}

export const save = <S extends CheckinStep>(checkinId: number, step: S, data: StepInput[S], complete = true) =>
  clerkApi.attempt.checkin.saveStep({ checkinId, save: { step, data } as never, complete })

/** Saves every step complete (with `overrides` in place of the defaults) and returns the last view. */
export async function completeAll(checkinId: number, overrides: Partial<StepInput> = {}): Promise<CheckinView> {
  const data = { ...completeData(), ...overrides }
  let view: CheckinView | undefined
  for (const step of Object.keys(data) as CheckinStep[]) {
    const result = await save(checkinId, step, data[step] as never)
    if (!result.ok) throw new Error(`${step}: ${result.error.code} ${result.error.message}`)
    view = result.data
  }
  return view!
}

export const start = (roomId = env.rooms.r3_2_1502) => clerkApi.checkin.start({ roomId })

/** The app closed and started again on the same data folder; the clerk signs in to the new core. */
export async function restart() {
  env.core.close()
  const { core } = await startTestCore(tmp.dir, env.clock)
  restarted = core
  const signIn = await core.call('staff.signIn', { username: 'clerk1', password: 'pass1234' })
  return clientOf(core, expectOk(signIn as ApiResult<{ token: string }>).token)
}
