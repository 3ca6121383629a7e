import { useState } from 'react'
import { App, Button, Tag, Upload } from 'antd'
import { PaperClipOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { call } from '../../../lib/api/client'
import { readAsBase64 } from '../../../lib/download'
import { useI18n } from '../../../lib/i18n'
import { failureText } from '../failure-text'
import { stateTag } from '../../../lib/colors'

const MIMES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const
type Mime = (typeof MIMES)[number]

/**
 * 扫描件: the photo or scan goes into the household file's attachments (households.attach) at once,
 * under the checklist entry it proves; the step keeps its id.
 */
export function ScanButton({
  roomId,
  typeKey,
  attachmentId,
  onAttached,
  label
}: {
  roomId: number
  typeKey: string | null
  attachmentId: number | null
  onAttached: (attachmentId: number) => void
  label?: string
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  async function attach(file: File) {
    if (!MIMES.includes(file.type as Mime)) return void message.error(t('checkin.scanType'))
    setBusy(true)
    try {
      const saved = await call(api.households.attach, {
        roomId,
        typeKey: typeKey || null,
        fileName: file.name,
        mime: file.type as Mime,
        dataBase64: await readAsBase64(file)
      })
      onAttached(saved.id)
    } catch (failure) {
      message.error(failureText(failure))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Upload
        accept={MIMES.join(',')}
        showUploadList={false}
        beforeUpload={(file) => {
          void attach(file)
          return false
        }}
      >
        <Button size="small" type="link" icon={<PaperClipOutlined />} loading={busy} tabIndex={-1}>
          {label ?? t('checkin.scan')}
        </Button>
      </Upload>
      {attachmentId !== null && <Tag color={stateTag.good}>{t('checkin.scanned')}</Tag>}
    </>
  )
}
