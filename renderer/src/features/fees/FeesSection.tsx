import { useRef, useState } from 'react'
import { Card, Input, Typography, type InputRef } from 'antd'
import { api } from '@shared/api'
import { call } from '../../api/client'
import { useI18n } from '../../i18n'
import { useRoute } from '../shell/route'
import { PaymentPage } from './PaymentPage'

/** 收费: pick the room (typed at once, Enter), then take the payment for it. */
export function FeesSection() {
  const { params } = useRoute()
  const roomId = Number(params[0])
  return Number.isInteger(roomId) && roomId > 0 ? <PaymentPage key={roomId} roomId={roomId} /> : <RoomPicker />
}

function RoomPicker() {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const [missing, setMissing] = useState(false)
  const input = useRef<InputRef>(null)
  async function go(q: string) {
    if (!q.trim()) return
    const hits = await call(api.search.global, { q, limit: 5 })
    const hit = hits.find((h) => h.roomId !== null)
    if (hit?.roomId) navigate(`fees/${hit.roomId}`)
    else setMissing(true)
  }
  return (
    <Card title={t('fees.pickRoom')} style={{ maxWidth: 640 }}>
      <Input.Search
        ref={input}
        autoFocus
        size="large"
        placeholder={t('fees.pickRoomPlaceholder')}
        onSearch={(q) => void go(q)}
        onChange={() => setMissing(false)}
        status={missing ? 'error' : undefined}
        data-testid="fees-room"
      />
      <Typography.Paragraph type={missing ? 'danger' : 'secondary'} style={{ marginTop: 8 }}>
        {missing ? t('fees.noMatch') : t('fees.pickRoomHint')}
      </Typography.Paragraph>
    </Card>
  )
}
