import { useCallback, useEffect, useRef, useState } from 'react'
import { Button, Descriptions, Modal, Result, Space } from 'antd'
import { api } from '@shared/api'
import type { ReceiptView } from '@shared/fees/fees'
import { formatFen, toChineseCapital } from '@shared/domain/money'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { PrintReceiptButton } from './PrintReceiptButton'

/** After the money is taken: the receipt's number and total, and the paper. */
export function ReceiptResult({ receipt, onClose }: { receipt: ReceiptView; onClose: () => void }) {
  const { t } = useI18n()
  const actions = useRef<HTMLDivElement>(null)
  const [opened, setOpened] = useState(false)
  // The printer profiles enable 打印收据 (the same query the button asks).
  const profiles = useApiQuery(api.printing.profiles, {})
  // The next keystroke is Enter for the paper, not Esc's ×: focus 打印收据 once the dialog has
  // taken its own focus and the button is enabled (it is the first of the actions).
  const focusPrint = useCallback(
    () => actions.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus(),
    []
  )
  useEffect(() => {
    if (opened && profiles.data) focusPrint()
  }, [opened, profiles.data, focusPrint])
  return (
    <Modal open footer={null} onCancel={onClose} width={560} afterOpenChange={setOpened} data-testid="receipt-result">
      <Result
        status="success"
        title={t('fees.issued', { code: receipt.code })}
        subTitle={`¥${formatFen(receipt.totalFen)}　${toChineseCapital(receipt.totalFen)}`}
        extra={
          <Space ref={actions}>
            <PrintReceiptButton receiptId={receipt.id} />
            <Button onClick={onClose} data-testid="next-payment">
              {t('fees.nextPayment')}
            </Button>
          </Space>
        }
      />
      <Descriptions size="small" column={1} bordered>
        {receipt.lines.map((l, i) => (
          <Descriptions.Item key={i} label={l.itemName}>
            {l.periodLabel}　¥{formatFen(l.amountFen)}
            {l.monthlyFen !== null && l.months && l.months > 1
              ? `（${t('fees.monthly', { amount: formatFen(l.monthlyFen) })} × ${l.months}）`
              : ''}
          </Descriptions.Item>
        ))}
        {receipt.payments.map((p, i) => (
          <Descriptions.Item key={`p${i}`} label={t(`fees.method.${p.method}`)}>
            ¥{formatFen(p.amountFen)}
            {p.changeFen
              ? `　${t('fees.tendered')} ¥${formatFen(p.tenderedFen ?? 0)}，${t('fees.change')} ¥${formatFen(p.changeFen)}`
              : ''}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Modal>
  )
}
