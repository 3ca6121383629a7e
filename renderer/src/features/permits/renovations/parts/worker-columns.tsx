import { Button, Space, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { RenovationView, WorkerView } from '@shared/permits/api'
import { useI18n } from '../../../../lib/i18n'
import { mono, StandingTag } from '../renovation-labels'
import { PaperButtons } from './PaperButtons'
import { currentPass, isOut, mayIssuePass } from './part-rules'
import { WorkerPhoto } from './WorkerPhoto'

/** The worker register's columns: photo, name, masked ID, phone, trade, the current pass, its steps. */
export function useWorkerColumns(
  r: RenovationView,
  counter: boolean,
  onIssue: (worker: WorkerView) => void
): ColumnsType<WorkerView> {
  const { t } = useI18n()
  return [
    {
      title: t('renovationParts.worker.photo'),
      key: 'photo',
      width: 56,
      render: (_: unknown, w) => <WorkerPhoto attachmentId={w.photoAttachmentId} name={w.name} />
    },
    { title: t('renovationParts.worker.name'), dataIndex: 'name' },
    {
      title: t('person.idNumber'),
      key: 'id',
      render: (_: unknown, w) => <span style={mono}>{w.idNumber}</span>
    },
    { title: t('renovationParts.worker.phone'), dataIndex: 'phone' },
    { title: t('renovationParts.worker.trade'), dataIndex: 'trade' },
    {
      title: t('renovationParts.pass'),
      key: 'pass',
      render: (_: unknown, w) => {
        const pass = currentPass(w)
        if (!pass) return <Typography.Text type="secondary">{t('renovationParts.noPass')}</Typography.Text>
        return (
          <Space orientation="vertical" size={0} data-testid={`worker-pass-${w.name}`}>
            <span style={mono}>{pass.number}</span>
            <Space size={4}>
              <StandingTag paper={pass} />
              <Typography.Text type="secondary">{t('renovationParts.until', { date: pass.validTo })}</Typography.Text>
            </Space>
          </Space>
        )
      }
    },
    {
      title: '',
      key: 'steps',
      render: (_: unknown, w) => {
        const pass = currentPass(w)
        const canPass = counter && mayIssuePass(r) && (!pass || !isOut(pass))
        return (
          <Space size={4} wrap>
            {canPass && (
              <Button
                size="small"
                type="primary"
                ghost
                onClick={() => onIssue(w)}
                data-testid={`worker-issue-${w.name}`}
              >
                {t('renovationParts.issuePass')}
              </Button>
            )}
            {pass && (
              <PaperButtons
                paper={pass}
                holder={w.name}
                canRevoke
                disabled={!counter}
                testId={`worker-pass-${w.name}`}
              />
            )}
          </Space>
        )
      }
    }
  ]
}
