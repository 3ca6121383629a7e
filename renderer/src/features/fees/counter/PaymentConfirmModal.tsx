import { Modal, Table, Typography } from 'antd'
import type { PaymentMethod, ReceivableView } from '@shared/fees/fees'
import { formatFen, toChineseCapital } from '@shared/domain/money'
import { useI18n } from '../../../lib/i18n'
import { fenOf } from './money'

interface Props {
  open: boolean
  busy: boolean
  onOk: () => void
  onCancel: () => void
  roomLabel: string
  payerName: string
  totalFen: number
  chosen: ReceivableView[]
  prepay: { itemId: number; months: number; name: string; amountFen: number }[]
  payments: { method: PaymentMethod; amount: string }[]
  /** Cash tendered minus cash due; null when nothing was tendered. */
  changeFen: number | null
}

/** The payer's last look before the receipt is issued: what is paid, the total in figures and words, how. */
export function PaymentConfirmModal(props: Props) {
  const { t } = useI18n()
  return (
    <Modal
      open={props.open}
      title={t('fees.confirmTitle')}
      okText={t('fees.confirmOk')}
      cancelText={t('common.cancel')}
      onOk={props.onOk}
      onCancel={props.onCancel}
      confirmLoading={props.busy}
      // Mounted afresh at each opening, so a retry after an error has the OK button focused again (F9, Enter).
      destroyOnHidden
      okButtonProps={{ autoFocus: true, ...({ 'data-testid': 'pay-confirm' } as Record<string, string>) }}
      width={560}
    >
      <Typography.Paragraph>
        {t('fees.confirmIntro', { room: props.roomLabel, payer: props.payerName })}
      </Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={[
          ...props.chosen.map((r) => ({
            key: `r${r.id}`,
            name: r.itemName,
            period: r.period ?? r.periodTo,
            amount: r.amountFen
          })),
          ...props.prepay.map((p) => ({
            key: `p${p.itemId}`,
            name: `${p.name}（${t('fees.prepay')}）`,
            period: t('fees.months', { n: p.months }),
            amount: p.amountFen
          }))
        ]}
        columns={[
          { title: t('fees.item'), dataIndex: 'name' },
          { title: t('fees.period'), dataIndex: 'period' },
          { title: t('fees.amount'), dataIndex: 'amount', align: 'right', render: (v: number) => formatFen(v) }
        ]}
      />
      <div style={{ marginTop: 12, fontSize: 22, fontWeight: 700 }}>¥{formatFen(props.totalFen)}</div>
      <div>{toChineseCapital(props.totalFen)}</div>
      <div style={{ marginTop: 8 }}>
        {props.payments.map(
          (p, i) =>
            p?.method && (
              <span key={i} style={{ marginRight: 12 }}>
                {t(`fees.method.${p.method}`)} ¥{formatFen(fenOf(p.amount) ?? 0)}
              </span>
            )
        )}
        {props.changeFen !== null && props.changeFen > 0 && (
          <span>
            {t('fees.change')} ¥{formatFen(props.changeFen)}
          </span>
        )}
      </div>
    </Modal>
  )
}
