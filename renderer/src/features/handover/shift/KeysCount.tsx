import type { HTMLAttributes } from 'react'
import { Col, Form, Row, Table, Tag, Typography } from 'antd'
import type { KeyOutLine, KeysSection } from '@shared/handover/sections'
import { localDateTime } from '@shared/kernel/calendar'
import { colors, stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { mono } from '../ledger/ledger-labels'
import { countOf } from './count-model'
import { CountField, LineDiff } from './count-parts'

const moment = (at: string | null) => (at ? localDateTime(at).slice(5) : '—')

/**
 * 钥匙清点: each cabinet's sets that should be on their hooks against the count typed (required, empty
 * until counted), and the keys out — overdue first, in red — with who has them since when.
 */
export function KeysCount({ keys }: { keys: KeysSection }) {
  const { t } = useI18n()
  const form = Form.useFormInstance()
  const typed = (Form.useWatch('keys', form) as { counted?: string }[] | undefined) ?? []
  const required = { required: true, message: t('shiftScreen.count.required') }
  return (
    <Row gutter={[16, 12]} data-testid="handover-keys">
      <Col xs={24} xl={9}>
        {keys.cabinets.length === 0 ? (
          <Typography.Text type="secondary">{t('shiftScreen.keys.noCabinets')}</Typography.Text>
        ) : (
          <Table
            size="small"
            pagination={false}
            rowKey="cabinetId"
            dataSource={keys.cabinets.map((c, i) => ({ ...c, i }))}
            columns={[
              { title: t('shiftScreen.keys.cabinet'), dataIndex: 'name' },
              { title: t('shiftScreen.keys.expected'), dataIndex: 'expectedIn', align: 'right', width: 90 },
              {
                title: t('shiftScreen.keys.counted'),
                key: 'counted',
                align: 'right',
                width: 120,
                render: (_: unknown, row) => (
                  <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
                    <LineDiff counted={countOf(typed[row.i]?.counted)} expected={row.expectedIn} />
                    <CountField
                      name={['keys', row.i, 'counted']}
                      rules={[required]}
                      testId={`handover-key-${row.cabinetId}`}
                    />
                  </span>
                )
              }
            ]}
          />
        )}
      </Col>
      <Col xs={24} xl={15}>
        <KeysOut out={keys.out} movements={keys.movements} />
      </Col>
    </Row>
  )
}

function KeysOut({ out, movements }: { out: KeyOutLine[]; movements: number }) {
  const { t } = useI18n()
  return (
    <div>
      <Typography.Text strong>{t('shiftScreen.keys.out', { count: out.length })}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
        {t('shiftScreen.keys.movements', { count: movements })}
      </Typography.Text>
      {out.length > 0 && (
        <Table<KeyOutLine>
          size="small"
          pagination={false}
          rowKey="keySetId"
          style={{ marginTop: 6 }}
          dataSource={out}
          data-testid="handover-keys-out"
          onRow={(row) =>
            ({
              style: row.overdue ? { color: colors.owed } : undefined,
              'data-overdue': row.overdue ? 'true' : 'false'
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('shiftScreen.keys.tag'),
              dataIndex: 'tag',
              render: (v: string) => <span style={mono}>{v}</span>
            },
            { title: t('shiftScreen.keys.room'), dataIndex: 'roomCode' },
            { title: t('shiftScreen.keys.borrower'), dataIndex: 'borrower' },
            { title: t('shiftScreen.keys.since'), dataIndex: 'since', render: moment },
            {
              title: t('shiftScreen.keys.due'),
              dataIndex: 'due',
              render: (due: string | null, row) =>
                row.overdue ? (
                  <span style={{ color: colors.owed, fontWeight: 600 }}>
                    {moment(due)} <Tag color={stateTag.bad}>{t('shiftScreen.keys.overdue')}</Tag>
                  </span>
                ) : (
                  moment(due)
                )
            }
          ]}
        />
      )}
    </div>
  )
}
