import { Button, Space, Table, Tag, Timeline, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import type { FeeLine, PaperView, RenovationEvent, RenovationView } from '@shared/permits/api'
import { stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { usePermitPrints } from '../paper/use-permit-prints'
import { Section } from './drawer-sections'
import { KeyHint, mono, StandingTag, when, yuanText } from './renovation-labels'

/** 费用: the garbage fee and the deposit with the receipt that paid each; 收费 (F6) charges or takes the money. */
export function FeesSection({
  renovation: r,
  canCharge,
  onCharge
}: {
  renovation: RenovationView
  canCharge: boolean
  onCharge: () => void
}) {
  const { t } = useI18n()
  const lines: [string, FeeLine | null][] = [
    ['garbage', r.fees.garbage],
    ['deposit', r.fees.deposit]
  ]
  return (
    <Section
      title={t('renovationScreen.fees')}
      testId="renovation-fees"
      extra={
        <Button size="small" disabled={!canCharge} onClick={onCharge} data-testid="renovation-fees-charge">
          {t('renovationScreen.step.charge')}
          <KeyHint keys="F6" />
        </Button>
      }
    >
      <Table
        size="small"
        rowKey={([kind]) => kind}
        pagination={false}
        dataSource={lines}
        columns={[
          {
            title: t('renovationScreen.feeItem'),
            key: 'item',
            render: (_: unknown, [kind, l]) => l?.itemName ?? t(`renovationScreen.fee.${kind as 'garbage' | 'deposit'}`)
          },
          {
            title: t('renovationScreen.amount'),
            key: 'amount',
            render: (_: unknown, [, l]) => (l ? yuanText(l.amountFen) : '—')
          },
          {
            title: t('renovationScreen.receipt'),
            key: 'receipt',
            render: (_: unknown, [kind, l]) => (
              <span data-testid={`renovation-fee-${kind}`}>
                {!l ? (
                  <Tag>{t('renovationScreen.notCharged')}</Tag>
                ) : l.receiptCode ? (
                  <Tag color={stateTag.good} style={mono}>
                    {l.receiptCode}
                  </Tag>
                ) : (
                  <Tag color={stateTag.attention}>{t('renovationScreen.unpaid')}</Tag>
                )}
              </span>
            )
          }
        ]}
      />
      {r.refund && (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="renovation-refund">
          {t('renovationScreen.refunded', {
            amount: yuanText(r.refund.amountFen),
            code: r.refund.receiptCode,
            at: when(r.refund.at)
          })}
        </Typography.Paragraph>
      )}
    </Section>
  )
}

/** An edition's number, validity, standing (with its note), check code and issue. */
function usePermitColumns() {
  const { t } = useI18n()
  return [
    {
      title: t('renovationScreen.permitNumber'),
      dataIndex: 'number',
      render: (v: string) => (
        <span style={mono} data-testid="renovation-permit-number">
          {v}
        </span>
      )
    },
    { title: t('renovationScreen.edition'), dataIndex: 'edition', width: 60 },
    {
      title: t('renovationScreen.validity'),
      key: 'validity',
      render: (_: unknown, p: PaperView) => `${p.validFrom} ~ ${p.validTo}`
    },
    {
      title: t('renovationScreen.standing'),
      key: 'standing',
      render: (_: unknown, p: PaperView) => (
        <span>
          <StandingTag paper={p} testId={`renovation-permit-standing-${p.edition}`} />
          {p.standingNote && <Typography.Text type="secondary">{p.standingNote}</Typography.Text>}
        </span>
      )
    },
    {
      title: t('renovationScreen.checkCode'),
      dataIndex: 'checkCode',
      render: (v: string) => <span style={mono}>{v}</span>
    },
    {
      title: t('renovationScreen.issued'),
      key: 'issued',
      render: (_: unknown, p: PaperView) => `${when(p.issuedAt)} · ${p.issuedBy}`
    }
  ]
}

/** 施工许可证: every edition (newest first) with where it stands and its check code; the prints. */
export function PermitSection({ renovation: r, onPrint }: { renovation: RenovationView; onPrint: () => void }) {
  const { t } = useI18n()
  const prints = usePermitPrints()
  const columns = usePermitColumns()
  const printable = r.permits.length > 0
  return (
    <Section
      title={t('papers.kind.permit')}
      testId="renovation-permit"
      extra={
        <Space size={6}>
          <Button
            size="small"
            icon={<PrinterOutlined />}
            disabled={!printable}
            onClick={onPrint}
            data-testid="renovation-print-permit"
          >
            {t('renovationScreen.printPermitA4')}
            <KeyHint keys="Ctrl+P" />
          </Button>
          <Button
            size="small"
            disabled={!printable}
            onClick={() => void prints.permit(r, 'A5')}
            data-testid="renovation-print-permit-a5"
          >
            A5
          </Button>
          <Button
            size="small"
            disabled={!printable}
            onClick={() => void prints.notice(r)}
            data-testid="renovation-print-notice"
          >
            {t('renovationScreen.printNotice')}
          </Button>
        </Space>
      }
    >
      {r.noticeAt && (
        <Typography.Paragraph type="secondary" data-testid="renovation-notice">
          {t('renovationScreen.noticeSent', { at: when(r.noticeAt), departments: r.notifyDepartments.join('、') })}
        </Typography.Paragraph>
      )}
      <Table<PaperView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.permits}
        locale={{ emptyText: t('renovationScreen.noPermit') }}
        onRow={(p) => ({ 'data-testid': `renovation-permit-${p.edition}` }) as React.HTMLAttributes<HTMLElement>}
        columns={columns}
      />
    </Section>
  )
}

/** The renovation's history, newest first as the core keeps it; each event with its note. */
export function EventsTimeline({ events }: { events: RenovationEvent[] }) {
  const { t } = useI18n()
  return (
    <Section title={t('renovationScreen.history')} testId="renovation-history">
      <Timeline
        data-testid="renovation-events"
        items={events.map((e) => ({
          key: e.id,
          content: (
            <div data-testid={`renovation-event-${e.kind}`}>
              <Typography.Text strong>{t(`renovationScreen.event.${e.kind}`)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 10 }}>
                {when(e.at)} · {e.staffName}
              </Typography.Text>
              {e.note && <div>{e.note}</div>}
            </div>
          )
        }))}
      />
    </Section>
  )
}

/** 备注: the notes the desk wrote on the renovation (Alt+M adds one). */
export function NotesSection({
  renovation: r,
  canNote,
  onNote
}: {
  renovation: RenovationView
  canNote: boolean
  onNote: () => void
}) {
  const { t } = useI18n()
  const notes = r.events.filter((e) => e.kind === 'noted')
  return (
    <Section
      title={t('renovationScreen.notes')}
      testId="renovation-notes"
      extra={
        <Button size="small" disabled={!canNote} onClick={onNote} data-testid="renovation-notes-add">
          {t('renovationScreen.step.note')}
          <KeyHint keys="Alt+M" />
        </Button>
      }
    >
      {notes.length === 0 ? (
        <Typography.Text type="secondary">{t('renovationScreen.noNotes')}</Typography.Text>
      ) : (
        notes.map((n) => (
          <Typography.Paragraph key={n.id} style={{ marginBottom: 4 }}>
            {n.note}
            <Typography.Text type="secondary" style={{ marginLeft: 10, fontSize: 12 }}>
              {when(n.at)} · {n.staffName}
            </Typography.Text>
          </Typography.Paragraph>
        ))
      )}
    </Section>
  )
}
