import { Alert, Button, Result, Space } from 'antd'
import type { HandoverRecordView } from '@shared/handover/types'
import { useRoute } from '../../../app/shell/route'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n } from '../../../lib/i18n'
import { tabRoute } from '../tabs'

/**
 * The handover made: its number, who has the counter now, the backup's outcome (a failed backup is
 * said plainly: the handover stands, the backup must be taken by hand). Enter goes to the 工作台,
 * where the incoming person starts.
 */
export function HandoverDone({ record }: { record: HandoverRecordView }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const { sheet } = record
  const toWorkbench = () => navigate('workbench')
  useHotkeys({ Enter: toWorkbench }, { whileTyping: false })
  const backup = sheet.backup.file
    ? t('shiftScreen.done.backupOk', { file: sheet.backup.file })
    : t('shiftScreen.done.backupFailed', { problem: sheet.backup.problem })
  return (
    <Result
      status="success"
      data-testid="handover-done"
      title={
        <span>
          {t(sheet.incoming ? 'shiftScreen.done.accepted' : 'shiftScreen.done.closed')}{' '}
          <span data-testid="handover-done-number">{record.number}</span>
        </span>
      }
      subTitle={
        sheet.incoming
          ? t('shiftScreen.done.acceptedSub', { outgoing: sheet.outgoing.name, incoming: sheet.incoming.name })
          : t('shiftScreen.done.closedSub', {
              by: sheet.closedAlone?.by ?? '',
              reason: sheet.closedAlone?.reason ?? ''
            })
      }
      extra={
        <Space orientation="vertical" align="center">
          <Alert
            type={sheet.backup.file ? 'success' : 'error'}
            showIcon
            title={backup}
            data-testid="handover-done-backup"
          />
          <Space>
            <Button type="primary" autoFocus onClick={toWorkbench} data-testid="handover-done-workbench">
              {t('shiftScreen.done.workbench')} (Enter)
            </Button>
            <Button onClick={() => navigate(tabRoute('history', record.id))} data-testid="handover-done-record">
              {t('shiftScreen.done.record')}
            </Button>
          </Space>
        </Space>
      }
    />
  )
}
