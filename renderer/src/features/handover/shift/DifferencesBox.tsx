import { Alert, Checkbox, Form } from 'antd'
import type { HandoverSummary } from '@shared/handover/types'
import { useI18n } from '../../../lib/i18n'
import { differencesOf, hasDifferences, type CountValues } from './count-model'
import { DifferenceText } from './count-parts'

/**
 * 差异: the cash difference and every key or tool line that differs, in one box, and the
 * acknowledgement both people give before signing (the core refuses without it:
 * DIFFERENCES_NOT_ACKNOWLEDGED). Nothing to acknowledge when everything matches.
 */
export function DifferencesBox({ summary }: { summary: HandoverSummary }) {
  const { t } = useI18n()
  const form = Form.useFormInstance<CountValues>()
  const values = (Form.useWatch([], form) as Partial<CountValues> | undefined) ?? {}
  const differences = differencesOf(summary, values)
  const any = hasDifferences(differences)
  const lines = differences.lines.map((line) =>
    t(line.kind === 'key' ? 'shiftScreen.diff.key' : 'shiftScreen.diff.tool', {
      name: line.name,
      expected: line.expected,
      counted: line.counted
    })
  )
  return (
    <Alert
      type={any ? 'warning' : 'success'}
      showIcon
      data-testid="handover-differences"
      title={any ? t('shiftScreen.diff.title') : t('shiftScreen.diff.none')}
      description={
        any && (
          <div>
            {differences.cashFen !== 0 && (
              <div data-testid="handover-diff-cash">
                {t('shiftScreen.diff.cash')} <DifferenceText fen={differences.cashFen} />
              </div>
            )}
            {lines.map((text) => (
              <div key={text} data-testid="handover-diff-line">
                {text}
              </div>
            ))}
            <Form.Item
              name="differencesAcknowledged"
              valuePropName="checked"
              style={{ marginTop: 8, marginBottom: 0 }}
              rules={[
                {
                  validator: (_, checked: boolean | undefined) =>
                    hasDifferences(differencesOf(summary, form.getFieldsValue(true) as CountValues)) && !checked
                      ? Promise.reject(new Error(t('shiftScreen.diff.ackRequired')))
                      : Promise.resolve()
                }
              ]}
            >
              <Checkbox data-testid="handover-acknowledge">{t('shiftScreen.diff.acknowledge')}</Checkbox>
            </Form.Item>
          </div>
        )
      }
    />
  )
}
