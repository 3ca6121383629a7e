import { Form, Input, Table, Typography } from 'antd'
import type { ToolLine } from '@shared/handover/settings'
import { useI18n } from '../../../lib/i18n'
import { countOf } from './count-model'
import { CountField, ENTER_NEXT, enterNext, LineDiff } from './count-parts'

/**
 * 工具与物品: the settings' checklist (对讲机, 手电筒 …) counted; an item short names who had it
 * (the manual: whoever lost or lent it answers for it) — the field appears when the count is short.
 */
export function ToolsCount({ tools }: { tools: ToolLine[] }) {
  const { t } = useI18n()
  const form = Form.useFormInstance()
  const typed = (Form.useWatch('tools', form) as { counted?: string }[] | undefined) ?? []
  const required = { required: true, message: t('shiftScreen.count.required') }
  if (tools.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="handover-tools">
        {t('shiftScreen.tools.none')}
      </Typography.Text>
    )
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="name"
      data-testid="handover-tools"
      dataSource={tools.map((tool, i) => ({ ...tool, i }))}
      columns={[
        { title: t('shiftScreen.tools.name'), dataIndex: 'name' },
        { title: t('shiftScreen.tools.expected'), dataIndex: 'expected', align: 'right', width: 70 },
        {
          title: t('shiftScreen.tools.counted'),
          key: 'counted',
          align: 'right',
          width: 120,
          render: (_: unknown, row) => (
            <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
              <LineDiff counted={countOf(typed[row.i]?.counted)} expected={row.expected} />
              <CountField name={['tools', row.i, 'counted']} rules={[required]} testId={`handover-tool-${row.i}`} />
            </span>
          )
        },
        {
          title: t('shiftScreen.tools.heldBy'),
          key: 'heldBy',
          render: (_: unknown, row) => {
            const counted = countOf(typed[row.i]?.counted)
            const short = counted !== null && counted < row.expected
            return (
              <Form.Item
                name={['tools', row.i, 'heldBy']}
                dependencies={[['tools', row.i, 'counted']]}
                style={{ marginBottom: 0, display: short ? undefined : 'none' }}
                rules={[
                  {
                    validator: (_r, value: string | undefined) =>
                      short && !value?.trim()
                        ? Promise.reject(new Error(t('shiftScreen.tools.heldByRequired')))
                        : Promise.resolve()
                  }
                ]}
              >
                <Input
                  maxLength={30}
                  autoComplete="off"
                  onKeyDown={enterNext}
                  {...(short ? { [ENTER_NEXT]: '' } : {})}
                  data-testid={`handover-tool-heldBy-${row.i}`}
                />
              </Form.Item>
            )
          }
        }
      ]}
    />
  )
}
