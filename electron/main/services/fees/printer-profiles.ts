import { api } from '../../../../shared/api'
import {
  DATA_LAYOUT_TEMPLATES,
  type PrinterProfile,
  type PrintLayout,
  type PrintTemplate
} from '../../../../shared/fees/printing'
import type { ParsedInputOf } from '../../../../shared/kernel/procedure'
import type { Db } from '../../../../db/open'
import type { CallOrigin, ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { readCounterSetting, writeCounterSetting } from '../foundation/settings'

/** Whose printers: the call's counter. */
type CounterScope = { db: Db; origin?: CallOrigin | null }

/** Until someone saves a printer: the three-part form on the system's default printer. */
export const BUILT_IN_PROFILE: PrinterProfile = {
  name: '默认打印机',
  deviceName: '',
  template: 'form3',
  layout: 'full',
  offsetXmm: 0,
  offsetYmm: 0,
  usePaperBooks: false,
  default: true
}

const MAX_PROFILES = 20

/** This counter's printers (each PC its own, also when several share the office server). */
export function readProfiles(ctx: CounterScope): PrinterProfile[] {
  const stored = readCounterSetting(ctx, 'printerProfiles')
  // Profiles saved before 套打 existed print the whole form, as they always did.
  return stored && stored.length ? stored.map((p) => ({ ...p, layout: p.layout ?? 'full' })) : [BUILT_IN_PROFILE]
}

/** The layout a print uses: data-only only where there is a pre-printed form to print onto. */
export function layoutFor(profile: PrinterProfile, template: PrintTemplate): PrintLayout {
  return profile.layout === 'data' && DATA_LAYOUT_TEMPLATES.includes(template) ? 'data' : 'full'
}

/** The named profile, or the default one (there is always exactly one default). */
export function profileFor(ctx: CounterScope, name?: string): PrinterProfile {
  const profiles = readProfiles(ctx)
  if (name !== undefined) {
    const named = profiles.find((p) => p.name === name)
    if (!named) throw new AppError('NOT_FOUND', {}, { entity: 'printerProfile', field: 'profileName' })
    return named
  }
  return profiles.find((p) => p.default) ?? profiles[0]!
}

/** Offsets are kept to a tenth of a millimetre: finer than any printer's step, and no float noise in the settings. */
const tenth = (mm: number) => Math.round(mm * 10) / 10

/** Exactly one default: a new default takes over; when the default goes, the first profile is it. */
function withOneDefault(profiles: PrinterProfile[], preferred?: string): PrinterProfile[] {
  const chosen = preferred ?? profiles.find((p) => p.default)?.name ?? profiles[0]?.name
  return profiles.map((p) => ({ ...p, default: p.name === chosen }))
}

export function saveProfile(
  ctx: ServiceContext,
  input: ParsedInputOf<typeof api.printing.saveProfile>
): PrinterProfile[] {
  const { previousName, ...fields } = input
  const profile: PrinterProfile = { ...fields, offsetXmm: tenth(fields.offsetXmm), offsetYmm: tenth(fields.offsetYmm) }
  const current = readCounterSetting(ctx, 'printerProfiles') ?? []
  const replacing = previousName ?? profile.name
  if (profile.name !== replacing && current.some((p) => p.name === profile.name))
    throw new AppError('PRINTER_NAME_TAKEN', { name: profile.name }, { field: 'name' })
  const index = current.findIndex((p) => p.name === replacing)
  if (index < 0 && current.length >= MAX_PROFILES) throw new AppError('VALIDATION', {}, { field: 'name' })
  const next = index < 0 ? [...current, profile] : current.map((p, i) => (i === index ? profile : p))
  const wasDefault = index >= 0 && current[index]!.default
  const preferred = profile.default
    ? profile.name
    : wasDefault
      ? next.find((p) => p.name !== profile.name)?.name
      : undefined
  const saved = withOneDefault(next, preferred)
  writeCounterSetting(ctx, 'printerProfiles', saved)
  ctx.audit({
    entityType: 'printerProfile',
    entityId: profile.name,
    summaryKey: 'audit.printerProfile',
    summaryParams: { name: profile.name }
  })
  return saved
}

export function removeProfile(ctx: ServiceContext, name: string): PrinterProfile[] {
  const current = readCounterSetting(ctx, 'printerProfiles') ?? []
  if (!current.some((p) => p.name === name)) throw new AppError('NOT_FOUND', {}, { entity: 'printerProfile' })
  const saved = withOneDefault(current.filter((p) => p.name !== name))
  writeCounterSetting(ctx, 'printerProfiles', saved)
  ctx.audit({
    entityType: 'printerProfile',
    entityId: name,
    summaryKey: 'audit.printerProfileRemove',
    summaryParams: { name }
  })
  return readProfiles(ctx)
}

export const printerProfileHandlers = [
  handle(api.printing.profiles, { run: (ctx) => readProfiles(ctx) }),
  handle(api.printing.saveProfile, { run: (ctx, input) => saveProfile(ctx, input) }),
  handle(api.printing.removeProfile, { run: (ctx, input) => removeProfile(ctx, input.name) })
]
