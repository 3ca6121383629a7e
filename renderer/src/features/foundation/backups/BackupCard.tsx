import { Card } from 'antd'
import { SUPERVISORS } from '@shared/kernel/roles'
import { api } from '@shared/api'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useMe } from '../auth/session'
import { BackupSummary, backupWarnings } from './BackupSummary'

/**
 * 自动备份 on the 工作台: the supervisors (and the administrator) always see the age of the newest
 * verified backup and the second location; everyone else only when something needs doing (a
 * backups folder that cannot be written, no backup for a day, the USB drive not plugged in).
 */
export function BackupCard({ style }: { style?: React.CSSProperties }) {
  const { t, core } = useI18n()
  const me = useMe()
  const status = useApiQuery(api.backups.status, {}, { staleTime: 0, refetchInterval: 5 * 60_000 })
  const supervises = SUPERVISORS.includes(me.role) || me.role === 'admin'
  if (!status.data) return null
  if (!supervises && backupWarnings(status.data, t, core, false).length === 0) return null
  return (
    <Card size="small" style={style} title={t('backups.title')} data-testid="backup-card">
      <BackupSummary status={status.data} withNotSet={supervises} />
    </Card>
  )
}
