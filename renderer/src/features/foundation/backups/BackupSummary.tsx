import { Alert, Descriptions, Space, Tag } from 'antd'
import type { BackupStatus } from '@shared/foundation/backups'
import { reasonKey } from '@shared/kernel/i18n'
import { useI18n, type Translate } from '../../../lib/i18n'
import { now } from '../../../lib/clock'

/** "3 小时前": the age of a backup on the core's clock, in the largest whole unit that fits. */
export function backupAge(t: Translate, createdAt: string): string {
  const minutes = Math.max(0, Math.floor((now().valueOf() - Date.parse(createdAt)) / 60_000))
  if (minutes < 60) return t('backups.age.minutes', { n: minutes })
  if (minutes < 48 * 60) return t('backups.age.hours', { n: Math.floor(minutes / 60) })
  return t('backups.age.days', { n: Math.floor(minutes / 1440) })
}

export interface BackupWarning {
  key: string
  type: 'error' | 'warning' | 'info'
  text: string
}

/**
 * What the person at the counter should do something about, most urgent first: a backups folder that
 * cannot be written (its own message, never a database error), no backup for a day, a second location
 * that is unreachable, stale or on the same disk; `notSet` only where asked (the supervisor's view).
 */
export function backupWarnings(
  status: BackupStatus,
  t: Translate,
  core: ReturnType<typeof useI18n>['core'],
  withNotSet: boolean
): BackupWarning[] {
  const warnings: BackupWarning[] = []
  const { local, second } = status
  if (local.problem) {
    const code = local.problem.problem === 'full' ? 'BACKUP_FOLDER_FULL' : 'BACKUP_FOLDER_UNWRITABLE'
    warnings.push({
      key: 'local',
      type: 'error',
      text: core(reasonKey('error', code), { folder: local.problem.folder })
    })
  } else if (status.stale) {
    warnings.push({ key: 'stale', type: 'warning', text: t('backups.staleLocal') })
  }
  const folder = status.settings.secondDir
  if (second.state === 'unreachable') {
    warnings.push({ key: 'second', type: 'warning', text: t('backups.second.unreachable', { folder }) })
  } else if (second.state === 'stale') {
    const text = second.newestAt
      ? t('backups.second.stale', { age: backupAge(t, second.newestAt), folder })
      : t('backups.second.never', { folder })
    warnings.push({ key: 'second', type: 'warning', text })
  } else if (second.state === 'notSet' && withNotSet) {
    warnings.push({ key: 'second', type: 'info', text: t('backups.second.notSet') })
  }
  if (second.sameDisk) warnings.push({ key: 'sameDisk', type: 'warning', text: t('backups.second.sameDisk') })
  return warnings
}

/** The newest verified backup with its age, the second location's state, and the warnings. */
export function BackupSummary({ status, withNotSet = true }: { status: BackupStatus; withNotSet?: boolean }) {
  const { t, core } = useI18n()
  const { newest, second } = status
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="backup-summary">
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('backups.newest')}>
          {newest ? (
            <span data-testid="backup-newest-age">
              {backupAge(t, newest.createdAt)} <Tag color="green">{t('backups.verified')}</Tag>
            </span>
          ) : (
            <span data-testid="backup-newest-age">{t('backups.none')}</span>
          )}
        </Descriptions.Item>
        {second.state === 'ok' && second.newestAt && (
          <Descriptions.Item label={t('backups.second')}>
            <span data-testid="backup-second-state">
              {t('backups.second.ok', { age: backupAge(t, second.newestAt) })}
            </span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {backupWarnings(status, t, core, withNotSet).map((w) => (
        <Alert key={w.key} type={w.type} showIcon title={w.text} data-testid={`backup-warning-${w.key}`} />
      ))}
    </Space>
  )
}
