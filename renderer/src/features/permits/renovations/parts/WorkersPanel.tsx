import { useState } from 'react'
import { Button, Space, Table } from 'antd'
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons'
import type { RenovationView, WorkerView } from '@shared/permits/api'
import { useHotkeys } from '../../../../lib/keyboard'
import { useI18n } from '../../../../lib/i18n'
import { useMe } from '../../../foundation/auth/session'
import { usePermitPrints } from '../../paper/use-permit-prints'
import { Section } from '../drawer-sections'
import { KeyHint } from '../renovation-labels'
import { AddWorkerDialog } from './AddWorkerDialog'
import { IssuePassDialog } from './PassDialogs'
import { counterMay, currentPass, mayAddWorker, printablePassIds } from './part-rules'
import { useWorkerColumns } from './worker-columns'

type Dialog = { kind: 'add' } | { kind: 'pass'; worker: WorkerView }

/**
 * 施工人员: the worker register with each worker's current pass; Alt+W adds a worker, 发证 gives a
 * pass, 收回 / 挂失 / 作废 end one; Alt+P prints the ticked passes (or every standing one) as cards.
 */
export function WorkersPanel({ renovation: r }: { renovation: RenovationView }) {
  const { t } = useI18n()
  const role = useMe().role
  const prints = usePermitPrints()
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [ticked, setTicked] = useState<number[]>([])
  const counter = counterMay(role)
  const canAdd = counter && mayAddWorker(r)
  const standing = printablePassIds(r)
  const toPrint = ticked.filter((id) => standing.includes(id))
  const print = () => void prints.passes(r, toPrint.length > 0 ? toPrint : standing)

  const columns = useWorkerColumns(r, counter, (worker) => setDialog({ kind: 'pass', worker }))
  useHotkeys({
    'Alt+W': () => (canAdd && !dialog ? setDialog({ kind: 'add' }) : false),
    'Alt+P': () => (standing.length > 0 && !dialog ? print() : false)
  })

  const withWorkers = r.workers.length > 0 || mayAddWorker(r)
  if (!withWorkers) return null
  return (
    <Section
      title={t('renovationParts.workersTitle', { count: r.workers.length, out: r.passesOut })}
      testId="renovation-workers"
      extra={
        <Space size={6}>
          <Button
            size="small"
            icon={<PlusOutlined />}
            disabled={!canAdd}
            onClick={() => setDialog({ kind: 'add' })}
            data-testid="renovation-add-worker"
          >
            {t('renovationParts.addWorker')}
            <KeyHint keys="Alt+W" />
          </Button>
          <Button
            size="small"
            icon={<PrinterOutlined />}
            disabled={standing.length === 0}
            onClick={print}
            data-testid="renovation-print-passes"
          >
            {t(toPrint.length > 0 ? 'renovationParts.printTicked' : 'renovationParts.printPasses', {
              count: toPrint.length
            })}
            <KeyHint keys="Alt+P" />
          </Button>
        </Space>
      }
    >
      <Table<WorkerView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.workers}
        locale={{ emptyText: t('renovationParts.noWorkers') }}
        rowSelection={{
          selectedRowKeys: r.workers.filter((w) => ticked.includes(currentPass(w)?.id ?? -1)).map((w) => w.id),
          getCheckboxProps: (w) => ({ disabled: !standing.includes(currentPass(w)?.id ?? -1) }),
          onChange: (_keys, rows) => setTicked(rows.map((w) => currentPass(w)?.id ?? -1))
        }}
        onRow={(w) => ({ 'data-testid': `worker-row-${w.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={columns}
      />
      {dialog?.kind === 'add' && <AddWorkerDialog renovation={r} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'pass' && (
        <IssuePassDialog renovation={r} worker={dialog.worker} onClose={() => setDialog(null)} />
      )}
    </Section>
  )
}
