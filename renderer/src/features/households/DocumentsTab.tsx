import { useState } from 'react'
import { App, Button, Image, Modal, Space, Switch, Table, Tag, Typography, Upload } from 'antd'
import { FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { AttachmentView, DocumentStatus, HouseholdView } from '@shared/households/households'
import { ApiFailure, call } from '../../lib/api/client'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { stateTag } from '@renderer/lib/colors'

const ACCEPT = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const
type Accepted = (typeof ACCEPT)[number]

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '')
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

/** The household file checklist: each paper on file or missing, with its scans, and how complete it is. */
export function DocumentsTab({ household }: { household: HouseholdView }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const roomId = household.room.id
  const refresh = [api.households.get, api.households.timeline]
  const setDocument = useApiMutation(api.households.setDocument, refresh)
  const attach = useApiMutation(api.households.attach, refresh)
  const [preview, setPreview] = useState<{ name: string; url: string; pdf: boolean } | null>(null)

  async function upload(doc: DocumentStatus, file: File) {
    if (!ACCEPT.includes(file.type as Accepted)) return message.error(t('household.uploadHint'))
    try {
      await attach.mutateAsync({
        roomId,
        typeKey: doc.typeKey,
        fileName: file.name,
        mime: file.type as Accepted,
        dataBase64: await toBase64(file)
      })
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  async function open(a: AttachmentView) {
    const file = await call(api.households.attachment, { attachmentId: a.id })
    const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0))
    setPreview({
      name: a.fileName,
      url: URL.createObjectURL(new Blob([bytes], { type: file.mime })),
      pdf: file.mime === 'application/pdf'
    })
  }

  return (
    <>
      <Table<DocumentStatus>
        rowKey="typeKey"
        size="middle"
        pagination={false}
        dataSource={household.documents}
        data-testid="documents"
        columns={[
          {
            title: t('household.tab.documents'),
            render: (_, d) => (
              <Space>
                <span style={{ fontWeight: 500 }}>{d.name}</span>
                {!d.required && <Tag>{t('household.optional')}</Tag>}
              </Space>
            )
          },
          {
            title: t('household.onFile'),
            width: 190,
            render: (_, d) => (
              <Space>
                <Switch
                  checked={d.onFile}
                  onChange={(onFile) => setDocument.mutate({ roomId, typeKey: d.typeKey, onFile })}
                  data-testid={`doc-${d.typeKey}`}
                />
                {d.onFile ? (
                  <Tag color={stateTag.good}>{t('household.onFile')}</Tag>
                ) : d.required ? (
                  <Tag color={stateTag.bad}>{t('household.missing')}</Tag>
                ) : null}
              </Space>
            )
          },
          {
            title: '',
            render: (_, d) => (
              <Space wrap>
                {d.attachments.map((a) => (
                  <Button
                    key={a.id}
                    size="small"
                    icon={a.mime === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />}
                    onClick={() => void open(a)}
                    data-testid="attachment"
                  >
                    {a.fileName}
                  </Button>
                ))}
                {d.markedBy && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('household.markedBy', { name: d.markedBy, time: dayjs(d.markedAt).format('YYYY-MM-DD HH:mm') })}
                  </Typography.Text>
                )}
              </Space>
            )
          },
          {
            title: '',
            width: 70,
            render: (_, d) => (
              <Upload
                accept={ACCEPT.join(',')}
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload(d, file)
                  return false
                }}
              >
                <Button
                  size="small"
                  icon={<UploadOutlined />}
                  title={t('household.upload')}
                  aria-label={t('household.upload')}
                  data-testid={`upload-${d.typeKey}`}
                />
              </Upload>
            )
          }
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('household.uploadHint')}
      </Typography.Paragraph>
      <Modal
        open={preview !== null}
        title={preview?.name}
        footer={null}
        width={900}
        onCancel={() => {
          if (preview) URL.revokeObjectURL(preview.url)
          setPreview(null)
        }}
        destroyOnHidden
      >
        {preview &&
          (preview.pdf ? (
            <iframe src={preview.url} title={preview.name} style={{ width: '100%', height: '70vh', border: 0 }} />
          ) : (
            <Image src={preview.url} alt={preview.name} preview={false} style={{ maxWidth: '100%' }} />
          ))}
      </Modal>
    </>
  )
}
