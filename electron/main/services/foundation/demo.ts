import { staff } from '../../../../db/schema'
import type { Store } from '../../../../db/open'
import type { Role } from '../../../../shared/kernel/roles'
import { writeAudit } from './audit'
import type { PasswordHasher } from '../../core/passwords'
import { initializeInstallation } from './setup'
import { writeSetting } from './settings'

/** Demo accounts; the password exists only in demo data. */
export const DEMO_PASSWORD = 'demo1234'
export const DEMO_STAFF: { username: string; displayName: string; role: Role }[] = [
  { username: 'clerk1', displayName: '李晓梅', role: 'clerk' },
  { username: 'clerk2', displayName: '赵雨婷', role: 'clerk' },
  { username: 'cashier', displayName: '陈建华', role: 'cashier' },
  { username: 'super', displayName: '刘敏', role: 'supervisor' },
  { username: 'manager', displayName: '张国强', role: 'manager' },
  // 夜班 is staffed by the on-duty repairers (manual 000's 值班制度), taking turns.
  { username: 'night1', displayName: '陈建国', role: 'night' },
  { username: 'night2', displayName: '王志刚', role: 'night' }
]

/** The company, estate, counter and staff every demo database starts with. */
export async function seedFoundation(store: Store, passwords: PasswordHasher, now: Date): Promise<void> {
  const hashes = await Promise.all([...DEMO_STAFF, { username: 'admin' }].map(() => passwords.hash(DEMO_PASSWORD)))
  store.sqlite
    .transaction(() => {
      const { adminId } = initializeInstallation(
        store.db,
        {
          companyName: '安居物业服务有限公司',
          estateName: '锦绣家园',
          counterName: '一号前台',
          admin: { username: 'admin', displayName: '系统管理员', passwordHash: hashes[DEMO_STAFF.length]! }
        },
        now
      )
      writeSetting(store.db, 'demo', true)
      DEMO_STAFF.forEach((person, i) => {
        store.db
          .insert(staff)
          .values({ ...person, passwordHash: hashes[i]!, createdAt: now.toISOString() })
          .run()
      })
      writeAudit(store.db, {
        at: now,
        procedure: 'demo.generate',
        staffId: adminId,
        entityType: 'settings',
        summaryKey: 'audit.setup',
        summaryParams: { companyName: '安居物业服务有限公司', estateName: '锦绣家园', counterName: '一号前台' }
      })
    })
    .immediate()
}
