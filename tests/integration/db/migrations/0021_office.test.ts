import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyChains } from '../../../../db/chain-verify'
import { CHAINS, sealRow } from '../../../../db/chain'
import { tempDir } from '../../../helpers/core'
import { columnsOf, insertFoundation, insertRow, MIGRATION_AT, migrationStep } from '../../../helpers/migrations'

const step = migrationStep('0021_office')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const auditRow = (extra: Record<string, unknown> = {}) => ({
  at: MIGRATION_AT,
  procedure: 'staff.signIn',
  summary_key: 'audit.signIn',
  summary_params: '{}',
  ...extra
})

describe('0021_office', () => {
  it('keeps the audit chain of older rows whole and hashes the counter of new ones', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter } = insertFoundation(old.sqlite)
    sealRow(old.sqlite, 'audit_log', insertRow(old.sqlite, 'audit_log', auditRow({ staff_id: staff })))
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(columnsOf(sqlite, 'audit_log').filter((c) => c !== 'hash')).toEqual([
      ...CHAINS.audit_log.columns,
      ...(CHAINS.audit_log.trailing ?? [])
    ])
    const newer = insertRow(sqlite, 'audit_log', auditRow({ staff_id: staff, counter_id: counter }))
    sealRow(sqlite, 'audit_log', newer)
    expect(verifyChains(sqlite).ok).toBe(true)

    // The counter is append-only like every other column, and hashed: a changed one breaks the chain.
    expect(() => sqlite.prepare('UPDATE audit_log SET counter_id = NULL WHERE id = ?').run(newer)).toThrow(
      /append-only/
    )
    sqlite.prepare('DROP TRIGGER audit_log_no_update').run()
    sqlite.prepare('UPDATE audit_log SET counter_id = NULL WHERE id = ?').run(newer)
    expect(verifyChains(sqlite).ok).toBe(false)
    sqlite.close()
  })

  it('lets a counter have one working device: a replaced PC pairs once the old one is revoked', async () => {
    const { sqlite } = await step.after(tmp.dir)
    const { staff, counter } = insertFoundation(sqlite)
    const device = { counter_id: counter, credential_hash: 'x', paired_at: MIGRATION_AT, paired_by: staff }
    const first = insertRow(sqlite, 'office_devices', device)
    expect(() => insertRow(sqlite, 'office_devices', device)).toThrow(/UNIQUE/)
    sqlite.prepare('UPDATE office_devices SET revoked_at = ? WHERE id = ?').run(MIGRATION_AT, first)
    expect(insertRow(sqlite, 'office_devices', device)).toBeGreaterThan(first)
    expect(columnsOf(sqlite, 'counters')).toContain('receipt_prefix')
    sqlite.close()
  })
})
