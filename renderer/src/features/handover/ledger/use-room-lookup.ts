import { useState } from 'react'
import type { FormInstance } from 'antd'
import { api } from '@shared/api'
import { call } from '../../../lib/api/client'
import { useI18n } from '../../../lib/i18n'

export interface FoundRoom {
  id: number
  code: string
}

/**
 * The room typed (房号 or a name) found by the global search, as the work orders' new-order dialog
 * finds it: a room-code hit first, else any hit with a room. Blank means no room (the ledger allows it).
 */
export function useRoomLookup(form: FormInstance, field = 'room') {
  const { t } = useI18n()
  const [room, setRoom] = useState<FoundRoom | null>(null)
  async function find(q: string): Promise<FoundRoom | null> {
    const text = q.trim()
    if (!text) {
      setRoom(null)
      return null
    }
    if (text === room?.code) return room
    const hits = await call(api.search.global, { q: text, limit: 5 }).catch(() => [])
    const hit =
      hits.find((h) => h.roomId !== null && (h.match === 'roomCode' || h.match === 'roomNumber')) ??
      hits.find((h) => h.roomId !== null)
    if (!hit?.roomId || !hit.roomCode) {
      setRoom(null)
      form.setFields([{ name: field, errors: [t('ledgerScreen.form.roomNotFound')] }])
      return null
    }
    const found = { id: hit.roomId, code: hit.roomCode }
    setRoom(found)
    form.setFields([{ name: field, value: hit.roomCode, errors: [] }])
    return found
  }
  return { room, find, clear: () => setRoom(null) }
}
