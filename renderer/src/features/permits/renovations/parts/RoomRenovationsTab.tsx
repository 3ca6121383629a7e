import { api } from '@shared/api'
import { useApiQuery } from '../../../../lib/api/hooks'
import { useRoute } from '../../../../app/shell/route'
import { RenovationsTable } from '../RenovationsTable'

/** The household file's 装修 tab: the room's renovations, newest first; one opens on 证件 (`#/permits/<id>`). */
export function RoomRenovationsTab({ roomId }: { roomId: number }) {
  const { navigate } = useRoute()
  const list = useApiQuery(api.renovations.list, { roomId, limit: 200 }, { staleTime: 0 })
  return (
    <RenovationsTable
      rows={list.data ?? []}
      loading={list.isPending}
      withRoom={false}
      onOpen={(id) => navigate(`permits/${id}`)}
      testId="room-renovations"
    />
  )
}
