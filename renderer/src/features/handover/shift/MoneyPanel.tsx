import type { ReactNode } from 'react'
import { Descriptions, Typography } from 'antd'
import type { MoneySection } from '@shared/handover/sections'
import { useI18n, type TranslateKey } from '../../../lib/i18n'
import { mono } from '../ledger/ledger-labels'
import { Money } from './count-parts'

/** Codes listed after a count, cut to a few so a busy shift's line stays one line. */
function Codes({ codes }: { codes: readonly string[] }) {
  if (codes.length === 0) return null
  const shown = codes.slice(0, 6).join('、')
  return (
    <Typography.Text type="secondary" style={{ ...mono, marginInlineStart: 8 }}>
      {codes.length > 6 ? `${shown} …` : shown}
    </Typography.Text>
  )
}

/** "3 笔 · ¥300.00", or 无. */
function CountAmount({ count, fen, testId }: { count: number; fen: number; testId: string }) {
  const { t } = useI18n()
  return (
    <span data-testid={testId}>
      {count === 0 ? (
        t('shiftScreen.money.none')
      ) : (
        <>
          {t('shiftScreen.money.count', { count })} · <Money fen={fen} />
        </>
      )}
    </span>
  )
}

function receiptRange(money: MoneySection, none: string): string {
  const { firstCode, lastCode } = money.receipts
  if (firstCode === null) return none
  return firstCode === lastCode || lastCode === null ? firstCode : `${firstCode} – ${lastCode}`
}

/**
 * 收费 as the shift did it: receipts (count, the number range, total), each payment method, voids,
 * refunds, spoiled paper forms and the paper books with their next numbers. Shown, not counted:
 * the cash count beside it is what the outgoing person checks.
 */
export function MoneyPanel({ money }: { money: MoneySection }) {
  const { t } = useI18n()
  const none = t('shiftScreen.money.none')
  const line = (key: string, label: string, children: ReactNode) => ({ key, label, children })
  const items = [
    line(
      'receipts',
      t('shiftScreen.money.receipts'),
      <CountAmount count={money.receipts.count} fen={money.receipts.totalFen} testId="handover-money-receipts" />
    ),
    line(
      'range',
      t('shiftScreen.money.range'),
      <span style={mono} data-testid="handover-money-range">
        {receiptRange(money, none)}
      </span>
    ),
    ...money.byMethod.map((m) =>
      line(
        `method-${m.method}`,
        t(`fees.method.${m.method}` as TranslateKey),
        <CountAmount count={m.count} fen={m.totalFen} testId={`handover-money-method-${m.method}`} />
      )
    ),
    line(
      'voids',
      t('shiftScreen.money.voids'),
      <>
        <CountAmount count={money.voids.count} fen={money.voids.totalFen} testId="handover-money-voids" />
        <Codes codes={money.voids.codes} />
      </>
    ),
    line(
      'refunds',
      t('shiftScreen.money.refunds'),
      <>
        <CountAmount count={money.refunds.count} fen={money.refunds.totalFen} testId="handover-money-refunds" />
        <Codes codes={money.refunds.codes} />
      </>
    ),
    line(
      'spoiled',
      t('shiftScreen.money.spoiled'),
      <span data-testid="handover-money-spoiled">
        {money.spoiled.count === 0 ? none : t('shiftScreen.money.sheets', { count: money.spoiled.count })}
        <Codes codes={money.spoiled.numbers} />
      </span>
    ),
    line('books', t('shiftScreen.money.paperBooks'), <PaperBooks books={money.paperBooks} />),
    line('net', t('shiftScreen.money.cashNet'), <Money fen={money.cashNetFen} testId="handover-money-cash-net" />)
  ]
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { width: 132 } }}
      data-testid="handover-money"
      items={items}
    />
  )
}

function PaperBooks({ books }: { books: MoneySection['paperBooks'] }) {
  const { t } = useI18n()
  if (books.length === 0) return <>{t('shiftScreen.money.none')}</>
  return (
    <div data-testid="handover-money-books">
      {books.map((b) => (
        <div key={b.book}>
          <span style={mono}>{b.book}</span>{' '}
          {b.nextNumber === null
            ? t('shiftScreen.money.bookUsedUp')
            : t('shiftScreen.money.nextNumber', { number: b.nextNumber, remaining: b.remaining })}
        </div>
      ))}
    </div>
  )
}
