import { useState } from 'react'
import { Button, Card, Space, Table, Tag } from 'antd'
import dayjs from 'dayjs'
import type { ReceiptSummary } from '@shared/fees/fees'
import { formatFen } from '@shared/domain/money'
import { useI18n } from '../../../lib/i18n'
import { PrintReceiptButton } from './PrintReceiptButton'
import { RefundDialog, VoidDialog } from './ReceiptDialogs'
import { stateTag } from '@renderer/lib/colors'

/** The room's recent receipts: reprint (marked 补打), void with a reason, refund a deposit. */
export function RoomReceipts({ roomId, receipts }: { roomId: number; receipts: ReceiptSummary[] }) {
  const { t } = useI18n()
  const [voiding, setVoiding] = useState<ReceiptSummary | null>(null)
  const [refunding, setRefunding] = useState<ReceiptSummary | null>(null)
  return (
    <Card title={t('fees.receipts')} size="small">
      <Table<ReceiptSummary>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={receipts}
        data-testid="room-receipts"
        columns={[
          {
            title: t('fees.receiptCode'),
            dataIndex: 'code',
            render: (code: string, r) => (
              <Space>
                {code}
                {r.kind === 'refund' && <Tag color={stateTag.attention}>{t('fees.kind.refund')}</Tag>}
              </Space>
            )
          },
          {
            title: t('fees.issuedAt'),
            dataIndex: 'issuedAt',
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm')
          },
          { title: t('fees.payer'), dataIndex: 'payerName' },
          { title: t('fees.amount'), dataIndex: 'totalFen', align: 'right', render: (v: number) => formatFen(v) },
          { title: t('fees.cashier'), dataIndex: 'staffName' },
          {
            title: t('fees.status'),
            render: (_, r) =>
              r.status === 'void' ? (
                <Tag color={stateTag.bad}>{t('reports.register.status.void')}</Tag>
              ) : (
                <Tag color={stateTag.good}>{t('reports.register.status.valid')}</Tag>
              )
          },
          {
            title: '',
            width: 280,
            render: (_, r) => (
              <Space size={0}>
                <PrintReceiptButton receiptId={r.id} compact printed={r.printCount > 0} />
                {/* A refunded deposit is voided only after its refund is: no button the core would refuse. */}
                {r.status === 'valid' && !r.refunded && (
                  <Button type="link" danger onClick={() => setVoiding(r)} data-testid="void-open">
                    {t('fees.void')}
                  </Button>
                )}
                {r.refundable && (
                  <Button type="link" onClick={() => setRefunding(r)} data-testid="refund-open">
                    {t('fees.refund')}
                  </Button>
                )}
              </Space>
            )
          }
        ]}
      />
      {voiding && <VoidDialog receipt={voiding} onClose={() => setVoiding(null)} />}
      {refunding && <RefundDialog receipt={refunding} roomId={roomId} onClose={() => setRefunding(null)} />}
    </Card>
  )
}
