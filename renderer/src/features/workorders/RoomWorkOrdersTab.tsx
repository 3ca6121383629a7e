import { api } from '@shared/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useRoute } from '../../app/shell/route'
import { WorkOrdersTable } from './WorkOrdersTable'

/** The household file's 维修 tab: the room's work orders; one opens on 报修投诉. */
export function RoomWorkOrdersTab({ roomId }: { roomId: number }) {
  const { navigate } = useRoute()
  const list = useApiQuery(api.workOrders.list, { roomId }, { staleTime: 0 })
  return (
    <WorkOrdersTable
      orders={list.data ?? []}
      loading={list.isPending}
      withRoom={false}
      onOpen={(id) => navigate(`workorders/${id}`)}
      testId="room-workorders"
    />
  )
}
