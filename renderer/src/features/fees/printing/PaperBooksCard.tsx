import { useState } from 'react'
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import { MAX_BOOK_SIZE, MAX_SPOIL_RUN, type PaperBookView } from '@shared/fees/printing'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'

interface BookValues {
  label: string
  from: number
  to: number
  holderId: number
}

/** 收据本: registered books of pre-printed forms, how far each is used, and registering a new one. */
export function PaperBooksCard() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<BookValues>()
  const books = useApiQuery(api.printing.books, {})
  const register = useApiMutation(api.printing.registerBook, [api.printing.books, api.printing.nextPaperNumber])
  const [spoiling, setSpoiling] = useState<PaperBookView | null>(null)

  async function submit(values: BookValues) {
    if (values.to < values.from || values.to - values.from >= MAX_BOOK_SIZE) {
      form.setFields([{ name: 'to', errors: [t('printing.book.rangeOrder', { max: MAX_BOOK_SIZE })] }])
      return
    }
    try {
      const book = await register.mutateAsync(values)
      message.success(t('printing.book.registered', { label: book.label }))
      form.resetFields()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  return (
    <Card title={t('printing.books.title')} data-testid="paper-books">
      <Typography.Paragraph type="secondary">{t('printing.books.intro')}</Typography.Paragraph>
      <Table<PaperBookView>
        rowKey="id"
        size="small"
        loading={books.isPending}
        dataSource={books.data?.books ?? []}
        pagination={false}
        data-testid="paper-books-table"
        columns={[
          { title: t('printing.book.label'), dataIndex: 'label' },
          { title: t('printing.book.range'), render: (_, b) => `${b.from}–${b.to}` },
          { title: t('printing.book.holder'), render: (_, b) => b.holderName ?? '—' },
          { title: t('printing.book.used'), dataIndex: 'used', align: 'right' },
          { title: t('printing.book.spoiled'), dataIndex: 'spoiled', align: 'right' },
          { title: t('printing.book.remaining'), dataIndex: 'remaining', align: 'right' },
          {
            title: t('printing.book.next'),
            render: (_, b) => (b.nextNumber === null ? <Tag>{t('printing.book.finished')}</Tag> : b.nextNumber)
          },
          { title: t('printing.book.registeredAt'), render: (_, b) => dayjs(b.registeredAt).format('YYYY-MM-DD') },
          {
            title: '',
            render: (_, b) =>
              b.remaining > 0 && (
                <Button type="link" onClick={() => setSpoiling(b)}>
                  {t('printing.spoil.open')}
                </Button>
              )
          }
        ]}
      />
      <Form
        form={form}
        layout="inline"
        onFinish={submit}
        requiredMark={false}
        style={{ marginTop: 16, rowGap: 8 }}
        data-testid="register-book"
      >
        <Form.Item name="label" rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
          <Input
            placeholder={t('printing.book.label')}
            maxLength={40}
            style={{ width: 180 }}
            data-testid="book-label"
          />
        </Form.Item>
        <Form.Item name="from" rules={[{ required: true, message: t('field.required') }]}>
          <InputNumber
            placeholder={t('printing.book.from')}
            min={1}
            max={9_999_999_999}
            precision={0}
            style={{ width: 140 }}
            data-testid="book-from"
          />
        </Form.Item>
        <Form.Item name="to" rules={[{ required: true, message: t('field.required') }]}>
          <InputNumber
            placeholder={t('printing.book.to')}
            min={1}
            max={9_999_999_999}
            precision={0}
            style={{ width: 140 }}
            data-testid="book-to"
          />
        </Form.Item>
        <Form.Item name="holderId" rules={[{ required: true, message: t('field.required') }]}>
          <Select
            placeholder={t('printing.book.holder')}
            style={{ width: 160 }}
            options={(books.data?.holders ?? []).map((h) => ({ value: h.id, label: h.name }))}
            data-testid="book-holder"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<PlusOutlined />}
          loading={register.isPending}
          data-testid="book-register"
        >
          {t('printing.book.register')}
        </Button>
      </Form>
      {spoiling && <SpoilDialog book={spoiling} onClose={() => setSpoiling(null)} />}
    </Card>
  )
}

interface SpoilValues {
  paperNumber: number
  throughNumber?: number | null
  reason: string
}

/** Writing off blank forms by hand (a jam, a book that got wet): from the book's next number by default. */
function SpoilDialog({ book, onClose }: { book: PaperBookView; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<SpoilValues>()
  const spoil = useApiMutation(api.printing.spoilPaper, [api.printing.books, api.printing.nextPaperNumber])

  async function submit(values: SpoilValues) {
    const through = values.throughNumber ?? undefined
    if (through !== undefined && (through < values.paperNumber || through - values.paperNumber >= MAX_SPOIL_RUN)) {
      form.setFields([{ name: 'throughNumber', errors: [t('printing.book.rangeOrder', { max: MAX_SPOIL_RUN })] }])
      return
    }
    try {
      const done = await spoil.mutateAsync({
        paperNumber: values.paperNumber,
        reason: values.reason,
        ...(through === undefined ? {} : { throughNumber: through })
      })
      message.success(t('printing.spoil.done', { count: done.spoiled.length }))
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  return (
    <Modal
      open
      title={`${t('printing.spoil.title')} · ${book.label}`}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={spoil.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ paperNumber: book.nextNumber ?? book.from }}
      >
        <Space>
          <Form.Item
            name="paperNumber"
            label={t('printing.spoil.from')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <InputNumber min={book.from} max={book.to} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="throughNumber" label={t('printing.spoil.through')}>
            <InputNumber min={book.from} max={book.to} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="reason"
          label={t('printing.spoil.reason')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input maxLength={100} placeholder={t('printing.paper.skipReasonHint')} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
