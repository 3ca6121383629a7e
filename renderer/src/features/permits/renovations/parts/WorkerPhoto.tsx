import { Image } from 'antd'
import { UserOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { useApiQuery } from '../../../../lib/api/hooks'
import { colors } from '../../../../lib/colors'

/** The worker's photo as a thumbnail (the room's attachment); a placeholder when there is none. */
export function WorkerPhoto({ attachmentId, name }: { attachmentId: number | null; name: string }) {
  const file = useApiQuery(
    api.households.attachment,
    { attachmentId: attachmentId ?? 0 },
    { enabled: attachmentId !== null, staleTime: Infinity }
  )
  if (attachmentId === null || !file.data || !file.data.mime.startsWith('image/'))
    return <UserOutlined style={{ fontSize: 24, color: colors.textMuted }} aria-label={name} />
  return (
    <Image
      width={32}
      height={40}
      style={{ objectFit: 'cover' }}
      src={`data:${file.data.mime};base64,${file.data.dataBase64}`}
      alt={name}
      data-testid="worker-photo-thumb"
    />
  )
}
