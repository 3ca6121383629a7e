import { App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd'
import { CheckCircleFilled, CloseCircleOutlined, FileOutlined, PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { PERMIT_BLOCKERS, type PermitBlocker, type RenovationView } from '@shared/permits/api'
import { ApiFailure, call } from '../../../lib/api/client'
import { colors, stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { usePermitPrints } from '../paper/use-permit-prints'
import { preparing } from './renovation-actions'
import { when } from './renovation-labels'

/** A card of the drawer with its title (and, on the right, what it offers). */
export function Section({
  title,
  extra,
  testId,
  children
}: {
  title: string
  extra?: React.ReactNode
  testId: string
  children: React.ReactNode
}) {
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId}>
      {children}
    </Card>
  )
}

/** What still stops the permit, as a checklist in the contract's order (the approval only where a work needs it). */
export function BlockersList({ renovation: r }: { renovation: RenovationView }) {
  const { t } = useI18n()
  if (!preparing(r)) return null
  const shown = PERMIT_BLOCKERS.filter((b) => b !== 'approvalDoc' || r.needsApproval)
  const open = (b: PermitBlocker) => r.blockers.includes(b)
  return (
    <Section title={t('renovationScreen.blockersTitle')} testId="renovation-blockers">
      <Space orientation="vertical" size={4}>
        {shown.map((b) => (
          <span key={b} data-testid={`renovation-blocker-${b}`} data-open={open(b) ? 'yes' : 'no'}>
            {open(b) ? (
              <CloseCircleOutlined style={{ color: colors.owed }} />
            ) : (
              <CheckCircleFilled style={{ color: colors.paid }} />
            )}
            <span style={{ marginInlineStart: 8 }}>{t(`renovations.blocker.${b}`)}</span>
          </span>
        ))}
        {r.blockers.length === 0 && (
          <Typography.Text type="success" data-testid="renovation-ready">
            {t('renovationScreen.readyToIssue')}
          </Typography.Text>
        )}
      </Space>
    </Section>
  )
}

/** A scan on the household file, opened in a new window (the household file keeps it). */
export function AttachmentButton({
  attachmentId,
  label,
  testId
}: {
  attachmentId: number | null
  label: string
  testId: string
}) {
  const { message } = App.useApp()
  if (attachmentId === null) return null
  async function open() {
    try {
      const file = await call(api.households.attachment, { attachmentId: attachmentId! })
      const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0))
      window.open(URL.createObjectURL(new Blob([bytes], { type: file.mime })), '_blank')
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Button size="small" icon={<FileOutlined />} onClick={() => void open()} data-testid={testId}>
      {label}
    </Button>
  )
}

/** Labels on one line: the drawer is wide enough for the longest (营业执照 / 资质证书号). */
const LABEL = { label: { width: 140, whiteSpace: 'nowrap' as const } }

const dash = (v: React.ReactNode) => (v === null || v === '' || v === undefined ? '—' : v)

/** 申请人与施工单位: who applied (an agent with the POA's end) and the contractor with the qualification scan. */
export function PartiesSection({ renovation: r }: { renovation: RenovationView }) {
  const { t } = useI18n()
  const c = r.contractor
  return (
    <Section title={t('renovationScreen.parties')} testId="renovation-parties">
      <Descriptions column={2} size="small" bordered styles={LABEL}>
        <Descriptions.Item label={t('renovationScreen.owner')}>{dash(r.ownerName)}</Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.applicant')}>
          <span data-testid="renovation-applicant">{r.applicantName}</span>
          <Tag style={{ marginInlineStart: 6 }}>{t(`relation.${r.applicantKind === 'agent' ? 'agent' : 'owner'}`)}</Tag>
          {r.poaTo && t('renovationScreen.poaTo', { date: r.poaTo })}
        </Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.contractorName')}>
          <span data-testid="renovation-contractor">{c.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.licenceNo')}>{c.licenceNo}</Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.leader')}>{c.leader}</Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.leaderPhone')}>{c.phone}</Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.qualification')} span={2}>
          {r.qualificationAttachmentId === null ? (
            <Typography.Text type="secondary">{t('renovationScreen.noScan')}</Typography.Text>
          ) : (
            <AttachmentButton
              attachmentId={r.qualificationAttachmentId}
              label={t('renovationScreen.viewScan')}
              testId="renovation-qualification"
            />
          )}
        </Descriptions.Item>
      </Descriptions>
    </Section>
  )
}

/** 装修项目与批准书: the works (those needing approval marked), the dates, the rules the permit restates. */
export function WorksSection({ renovation: r }: { renovation: RenovationView }) {
  const { t } = useI18n()
  return (
    <Section title={t('renovationScreen.worksSection')} testId="renovation-works">
      <Descriptions column={2} size="small" bordered styles={LABEL}>
        <Descriptions.Item label={t('renovationScreen.works')} span={2}>
          <Space wrap size={[4, 4]}>
            {r.works.map((w) => (
              <Tag key={w.key} color={w.needsApproval ? stateTag.attention : undefined}>
                {w.name}
              </Tag>
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.description')} span={2}>
          {dash(r.description)}
        </Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.dates')} span={2}>
          <span data-testid="renovation-dates">
            {r.startsOn} ~ {r.endsOn}
          </span>
        </Descriptions.Item>
        {r.needsApproval && (
          <Descriptions.Item label={t('renovationScreen.approvalDoc')} span={2}>
            <Space>
              <span data-testid="renovation-approval-no">{dash(r.approvalDocNo)}</span>
              <AttachmentButton
                attachmentId={r.approvalAttachmentId}
                label={t('renovationScreen.viewScan')}
                testId="renovation-approval-scan"
              />
            </Space>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('renovationScreen.workingHours')} span={2}>
          {r.workingHours}
        </Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.prohibited')} span={2}>
          {r.prohibited.join('；')}
        </Descriptions.Item>
      </Descriptions>
    </Section>
  )
}

/** 方案审核 and the two signed papers, each printable for signature beside its state. */
export function ReviewAndSigned({ renovation: r }: { renovation: RenovationView }) {
  const { t } = useI18n()
  const prints = usePermitPrints()
  const review = r.review
  const signed = (at: string | null, testId: string) => (
    <span data-testid={testId}>
      {at ? (
        <Tag color={stateTag.good}>{t('renovationScreen.signedAt', { at: when(at) })}</Tag>
      ) : (
        <Tag color={stateTag.attention}>{t('renovationScreen.notSigned')}</Tag>
      )}
    </span>
  )
  return (
    <Section title={t('renovationScreen.reviewAndSigned')} testId="renovation-review-section">
      <Descriptions column={1} size="small" bordered styles={LABEL}>
        <Descriptions.Item label={t('renovationScreen.reviewResult')}>
          {review ? (
            <span data-testid="renovation-review-outcome">
              <Tag color={review.result === 'pass' ? stateTag.good : stateTag.bad}>
                {t(`renovationScreen.review.${review.result}`)}
              </Tag>
              {review.reviewer} · {when(review.at)}
              {review.remarks && <div>{review.remarks}</div>}
            </span>
          ) : (
            <Typography.Text type="secondary">{t('renovationScreen.notReviewed')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.doc.agreement')}>
          <Space>
            {signed(r.agreementSignedAt, 'renovation-agreement')}
            <Button
              size="small"
              icon={<PrinterOutlined />}
              onClick={() => void prints.agreement(r)}
              data-testid="renovation-print-agreement"
            >
              {t('renovationScreen.printAgreement')}
            </Button>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('renovationScreen.doc.safetyLetter')}>
          <Space>
            {signed(r.safetyLetterSignedAt, 'renovation-safety-letter')}
            <Button
              size="small"
              icon={<PrinterOutlined />}
              onClick={() => void prints.safetyLetter(r)}
              data-testid="renovation-print-safety"
            >
              {t('renovationScreen.printSafetyLetter')}
            </Button>
          </Space>
        </Descriptions.Item>
      </Descriptions>
    </Section>
  )
}
