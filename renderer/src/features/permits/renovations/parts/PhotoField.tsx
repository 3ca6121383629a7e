import { useState } from 'react'
import { App, Button, Image, Space, Upload } from 'antd'
import { CameraOutlined, CloseOutlined, UploadOutlined } from '@ant-design/icons'
import { useI18n } from '../../../../lib/i18n'
import { uploadOf, type UploadValue } from '../renovation-labels'
import { CameraCapture } from './CameraCapture'

const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp']

/** A worker's photo for the pass card: a picture file, or taken with the PC camera; shown as a thumbnail. */
export function PhotoField({
  value,
  onChange
}: {
  value?: UploadValue
  onChange?: (v: UploadValue | undefined) => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [camera, setCamera] = useState(false)
  return (
    <Space size={8} align="center" data-testid="worker-photo">
      {value && (
        <Image
          width={48}
          height={60}
          style={{ objectFit: 'cover' }}
          src={`data:${value.mime};base64,${value.dataBase64}`}
          alt={value.fileName}
          data-testid="worker-photo-preview"
        />
      )}
      <Upload
        accept={PHOTO_MIMES.join(',')}
        showUploadList={false}
        beforeUpload={(file) => {
          void uploadOf(file).then((read) => {
            if (read && PHOTO_MIMES.includes(read.mime)) onChange?.(read)
            else message.error(t('renovationParts.photo.imagesOnly'))
          })
          return false
        }}
      >
        <Button size="small" icon={<UploadOutlined />} data-testid="worker-photo-pick">
          {t('renovationParts.photo.file')}
        </Button>
      </Upload>
      <Button size="small" icon={<CameraOutlined />} onClick={() => setCamera(true)} data-testid="worker-photo-camera">
        {t('renovationParts.photo.camera')}
      </Button>
      {value && (
        <Button
          size="small"
          type="text"
          icon={<CloseOutlined />}
          aria-label={t('renovationParts.photo.remove')}
          onClick={() => onChange?.(undefined)}
        />
      )}
      {camera && <CameraCapture onPhoto={(photo) => onChange?.(photo)} onClose={() => setCamera(false)} />}
    </Space>
  )
}
