import { counters, staff } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { Db } from '../../../../db/open'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { isStrongPassword } from '../../core/passwords'
import { isSetUp, writeSetting } from './settings'

export interface InitialSetup {
  companyName: string
  estateName: string
  counterName: string
  admin: { username: string; displayName: string; passwordHash: string }
}

/** Writes the first-run records; shared by the setup page and the demo generator. */
export function initializeInstallation(db: Db, setup: InitialSetup, now: Date): { adminId: number; counterId: number } {
  if (isSetUp(db)) throw new AppError('ALREADY_SET_UP')
  const at = now.toISOString()
  const counter = db.insert(counters).values({ name: setup.counterName, createdAt: at }).returning().get()
  writeSetting(db, 'companyName', setup.companyName)
  writeSetting(db, 'estateName', setup.estateName)
  writeSetting(db, 'counterId', counter.id)
  writeSetting(db, 'idleLockMinutes', 10)
  const admin = db
    .insert(staff)
    .values({
      username: setup.admin.username,
      displayName: setup.admin.displayName,
      role: 'admin',
      passwordHash: setup.admin.passwordHash,
      createdAt: at
    })
    .returning()
    .get()
  return { adminId: admin.id, counterId: counter.id }
}

const initialize = handle(api.setup.initialize, {
  async prepare(ctx, input) {
    if (isSetUp(ctx.db)) throw new AppError('ALREADY_SET_UP')
    if (!isStrongPassword(input.admin.password, input.admin.username)) {
      throw new AppError('WEAK_PASSWORD', {}, { field: 'admin.password' })
    }
    return { hash: await ctx.passwords.hash(input.admin.password) }
  },
  run(ctx, input, { hash }) {
    const { adminId } = initializeInstallation(
      ctx.db,
      { ...input, admin: { ...input.admin, passwordHash: hash } },
      ctx.now()
    )
    ctx.audit({
      staffId: adminId,
      entityType: 'settings',
      summaryKey: 'audit.setup',
      summaryParams: { companyName: input.companyName, estateName: input.estateName, counterName: input.counterName }
    })
    return { adminId }
  }
})

export const setupHandlers = [initialize]
