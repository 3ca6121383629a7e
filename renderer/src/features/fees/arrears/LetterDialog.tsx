import { useMemo, useState } from 'react'
import { Alert, App, Button, Col, Descriptions, Modal, Result, Row, Space, Spin } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { formatFen } from '@shared/domain/money'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { demandLetterJob } from './demand-letter-print'
import { PagePreview } from './PagePreview'
import { usePrint } from '@renderer/lib/print/use-print'
import { RemindDialog, type RemindTarget } from './RemindDialog'
import { colors } from '@renderer/lib/colors'

/**
 * 催缴函 of one room: the letter as printed (A4, the overdue lines, every reminder so far and a
 * 15-day deadline), printed on request; once printed, the clerk may record it as a letter reminder.
 */
export function LetterDialog({ target, onClose }: { target: RemindTarget; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const letter = useApiQuery(api.arrears.demandLetter, { roomId: target.roomId }, { staleTime: 0 })
  const job = useMemo(
    () => (letter.data && letter.data.lines.length > 0 ? demandLetterJob(letter.data) : null),
    [letter.data]
  )
  const [printing, setPrinting] = useState(false)
  const { print: send } = usePrint()
  const [printed, setPrinted] = useState(false)
  const [recording, setRecording] = useState(false)

  async function print() {
    if (!job) return
    setPrinting(true)
    try {
      const sent = await send(job, { confirmPrinted: true, failedKey: 'arrears.printFailed' })
      if (!sent) return
      message.success(
        sent.pdfPath
          ? `${t('arrears.letter.printed')}；${t('printing.pdfKept', { path: sent.pdfPath })}`
          : t('arrears.letter.printed')
      )
      setPrinted(true)
    } finally {
      setPrinting(false)
    }
  }

  const data = letter.data
  const body = !data ? (
    letter.isPending ? (
      <Spin />
    ) : (
      <Alert type="error" title={letter.error?.message} />
    )
  ) : !job ? (
    <Result status="success" title={t('arrears.letter.nothing')} />
  ) : (
    <Row gutter={20} wrap={false}>
      <Col flex="300px">
        <Space orientation="vertical" size={14} style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('arrears.col.owners')}>{data.ownerNames || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('arrears.col.amount')}>
              <span style={{ color: colors.owed, fontWeight: 600 }}>¥{formatFen(data.totalFen)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('arrears.col.age')}>
              {t('arrears.ageValue', { n: data.ageMonths })}
            </Descriptions.Item>
            <Descriptions.Item label={t('arrears.remind.history')}>{data.reminders.length}</Descriptions.Item>
          </Descriptions>
          <Alert type="info" title={t('arrears.letter.deadline', { date: data.deadline })} />
          {!data.demandLetterDue && <Alert type="warning" title={t('arrears.letter.notDue')} />}
          <Button
            type="primary"
            size="large"
            block
            icon={<PrinterOutlined />}
            loading={printing}
            onClick={print}
            autoFocus
            data-testid="letter-print"
          >
            {t('arrears.letter.print')}
          </Button>
          {printed && (
            <Alert
              type="success"
              title={t('arrears.letter.recordPrompt')}
              data-testid="letter-record-prompt"
              description={
                <Space style={{ marginTop: 8 }}>
                  <Button type="primary" onClick={() => setRecording(true)} data-testid="letter-record">
                    {t('arrears.letter.record')}
                  </Button>
                  <Button onClick={onClose}>{t('arrears.letter.later')}</Button>
                </Space>
              }
            />
          )}
        </Space>
      </Col>
      <Col flex="auto">
        <PagePreview job={job} widthPx={500} testId="letter-preview" />
      </Col>
    </Row>
  )

  return (
    <Modal
      open
      title={t('arrears.letter.title', { room: target.roomCode })}
      onCancel={onClose}
      footer={null}
      width={880}
      destroyOnHidden
      data-testid="letter-dialog"
    >
      {body}
      {recording && data && (
        <RemindDialog
          target={target}
          initial={{ kind: 'letter', outcome: t('arrears.letter.outcome', { deadline: data.deadline }) }}
          onClose={(saved) => {
            setRecording(false)
            if (saved) onClose()
          }}
        />
      )}
    </Modal>
  )
}
