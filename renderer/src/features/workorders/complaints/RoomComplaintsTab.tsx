import { api } from '@shared/api'
import { useApiQuery } from '../../../lib/api/hooks'
import { useRoute } from '../../../app/shell/route'
import { tabRoute } from '../tabs'
import { ComplaintsTable } from './ComplaintsTable'

/** The household file's 投诉 tab: the room's complaints; one opens on 报修投诉 → 投诉. */
export function RoomComplaintsTab({ roomId }: { roomId: number }) {
  const { navigate } = useRoute()
  const list = useApiQuery(api.complaints.list, { roomId }, { staleTime: 0 })
  return (
    <ComplaintsTable
      complaints={list.data ?? []}
      loading={list.isPending}
      withRoom={false}
      onOpen={(id) => navigate(tabRoute('complaints', id))}
      testId="room-complaints"
    />
  )
}
