import type { KeyboardEvent, ReactNode } from 'react'
import { Card, Form, Input, type FormItemProps } from 'antd'
import { formatFen, toHalfWidth } from '@shared/domain/money'
import { colors } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { KeyHint } from '../ledger/ledger-labels'

/** The screen's keys: one per place to jump to, shown on its title; F3 stays the global search's. */
export const SHIFT_KEYS = {
  cash: 'F2',
  keys: 'F4',
  tools: 'F6',
  notes: 'F7',
  incoming: 'F8',
  accept: 'Ctrl+Enter',
  closeAlone: 'F10'
} as const

/** The inputs Enter walks through, in the page's order: cash pieces, the reason, key and tool counts. */
export const ENTER_NEXT = 'data-enter-next'

/**
 * Enter in a count goes to the next count (as Tab does), so a drawer is counted with the number
 * keys and Enter only; the last count goes on to the notes.
 */
export function enterNext(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
  event.preventDefault()
  const all = Array.from(document.querySelectorAll<HTMLElement>(`[${ENTER_NEXT}]`))
  const at = all.indexOf(event.currentTarget)
  const next = all[at + 1] ?? document.querySelector<HTMLElement>('[data-testid="handover-notes"]')
  next?.focus()
  if (next instanceof HTMLInputElement) next.select()
}

/** Only digits stay in a count (a full-width ３ typed by the IME becomes 3). */
export const digitsOnly = (value: unknown) => toHalfWidth(String(value ?? '')).replace(/\D/g, '')

/** One count: digits only, Enter to the next, right-aligned figures. */
export function CountField({
  name,
  rules,
  testId,
  maxLength = 4,
  width = 88,
  ...item
}: {
  name: (string | number)[]
  rules?: FormItemProps['rules']
  testId: string
  maxLength?: number
  width?: number
} & Omit<FormItemProps, 'name' | 'rules' | 'children'>) {
  return (
    <Form.Item name={name} rules={rules} normalize={digitsOnly} style={{ marginBottom: 0 }} {...item}>
      <Input
        inputMode="numeric"
        autoComplete="off"
        maxLength={maxLength}
        onKeyDown={enterNext}
        style={{ width, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
        {...{ [ENTER_NEXT]: '' }}
        data-testid={testId}
      />
    </Form.Item>
  )
}

/** A section's card with its jump key on the title. */
export function SectionCard({
  title,
  hotkey,
  extra,
  testId,
  children
}: {
  title: ReactNode
  hotkey?: string
  extra?: ReactNode
  testId: string
  children: ReactNode
}) {
  return (
    <Card
      size="small"
      title={
        <span>
          {title}
          {hotkey && <KeyHint keys={hotkey} />}
        </span>
      }
      extra={extra}
      data-testid={testId}
    >
      {children}
    </Card>
  )
}

/** ¥ amounts, with tabular figures so columns line up. */
export const Money = ({ fen, testId }: { fen: number; testId?: string }) => (
  <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={testId}>
    ¥{formatFen(fen)}
  </span>
)

/** A difference in words and colour: short red, over orange, even green. */
export function DifferenceText({ fen, testId }: { fen: number; testId?: string }) {
  const { t } = useI18n()
  const amount = `¥${formatFen(Math.abs(fen))}`
  const [text, color] =
    fen < 0
      ? [t('shiftScreen.cash.short', { amount }), colors.owed]
      : fen > 0
        ? [t('shiftScreen.cash.over', { amount }), colors.attention]
        : [t('shiftScreen.cash.even'), colors.paid]
  return (
    <span style={{ color, fontWeight: 600, whiteSpace: 'nowrap' }} data-testid={testId} data-difference={fen}>
      {text}
    </span>
  )
}

/** A line's difference (keys, tools) beside its count: fewer in red, more in orange, nothing when it matches. */
export function LineDiff({ counted, expected }: { counted: number | null; expected: number }) {
  if (counted === null || counted === expected) return null
  const diff = counted - expected
  return (
    <span style={{ color: diff < 0 ? colors.owed : colors.attention, fontWeight: 600 }} data-testid="line-diff">
      {diff > 0 ? `+${diff}` : diff}
    </span>
  )
}
