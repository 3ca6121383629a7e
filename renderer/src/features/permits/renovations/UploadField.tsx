import { App, Button, Space, Typography, Upload } from 'antd'
import { CloseOutlined, UploadOutlined } from '@ant-design/icons'
import { useI18n } from '../../../lib/i18n'
import { UPLOAD_MIMES, uploadOf, type UploadValue } from './renovation-labels'

/**
 * A scan for a form field (资质证书, 委托书, 批准书): the file is read at once as base64 and kept as
 * the field's value until the form is sent; the core files it as the room's attachment.
 */
export function UploadField({
  value,
  onChange,
  testId
}: {
  value?: UploadValue
  onChange?: (value: UploadValue | undefined) => void
  testId: string
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  return (
    <Space size={8} data-testid={testId}>
      <Upload
        accept={UPLOAD_MIMES.join(',')}
        showUploadList={false}
        beforeUpload={(file) => {
          void uploadOf(file).then((read) => {
            if (read) onChange?.(read)
            else message.error(t('renovationScreen.uploadHint'))
          })
          return false
        }}
      >
        <Button size="small" icon={<UploadOutlined />} data-testid={`${testId}-pick`}>
          {t(value ? 'renovationScreen.uploadAgain' : 'renovationScreen.upload')}
        </Button>
      </Upload>
      {value && (
        <>
          <Typography.Text data-testid={`${testId}-name`}>{value.fileName}</Typography.Text>
          <Button
            size="small"
            type="text"
            icon={<CloseOutlined />}
            aria-label={t('renovationScreen.uploadRemove')}
            onClick={() => onChange?.(undefined)}
          />
        </>
      )}
    </Space>
  )
}
