import { Button, Descriptions, Modal, Result, Space } from 'antd'
import type { ReceiptView } from '@shared/api/fees'
import { formatFen, toChineseCapital } from '@shared/domain/money'
import { useI18n } from '../../i18n'
import { PrintReceiptButton } from './PrintReceiptButton'

/** After the money is taken: the receipt's number and total, and the paper. */
export function ReceiptResult({ receipt, onClose }: { receipt: ReceiptView; onClose: () => void }) {
  const { t } = useI18n()
  return (
    <Modal open footer={null} onCancel={onClose} width={560} data-testid="receipt-result">
      <Result
        status="success"
        title={t('fees.issued', { code: receipt.code })}
        subTitle={`¥${formatFen(receipt.totalFen)}　${toChineseCapital(receipt.totalFen)}`}
        extra={
          <Space>
            <PrintReceiptButton receiptId={receipt.id} />
            <Button onClick={onClose} data-testid="next-payment">{t('fees.nextPayment')}</Button>
          </Space>
        }
      />
      <Descriptions size="small" column={1} bordered>
        {receipt.lines.map((l, i) => (
          <Descriptions.Item key={i} label={l.itemName}>
            {l.periodLabel}　¥{formatFen(l.amountFen)}
            {l.monthlyFen !== null && l.months && l.months > 1 ? `（${t('fees.monthly', { amount: formatFen(l.monthlyFen) })} × ${l.months}）` : ''}
          </Descriptions.Item>
        ))}
        {receipt.payments.map((p, i) => (
          <Descriptions.Item key={`p${i}`} label={t(`fees.method.${p.method}`)}>
            ¥{formatFen(p.amountFen)}
            {p.changeFen ? `　${t('fees.tendered')} ¥${formatFen(p.tenderedFen ?? 0)}，${t('fees.change')} ¥${formatFen(p.changeFen)}` : ''}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Modal>
  )
}
