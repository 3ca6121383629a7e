import { useState } from 'react'
import { Alert, Card, Empty, Segmented, Space, Spin, Tag, Tooltip, Typography } from 'antd'
import { api } from '@shared/api'
import { ROOM_STATUSES } from '@shared/domain/person-fields'
import type { RoomRow } from '@shared/households/estate'
import { formatArea } from '@shared/domain/area'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { STATUS_COLORS, StatusTag } from './StatusTag'
import { colors, roomTileBg, roomTileBorder } from '@renderer/lib/colors'

const TILE = roomTileBg

/** 住户: pick a building, see every room by unit and floor, coloured by status; click opens the household. */
export function EstateBrowser() {
  const { t } = useI18n()
  const buildings = useApiQuery(api.estate.buildings, {})
  const [buildingId, setBuildingId] = useState<number | null>(null)
  const current = buildings.data?.find((b) => b.id === buildingId) ?? buildings.data?.[0]
  if (buildings.isPending) return <Spin />
  if (!current) return <Alert type="info" showIcon title={t('households.noBuildings')} />
  return (
    <Card
      title={
        <Space wrap>
          <span>{t('households.pickBuilding')}</span>
          <Segmented
            value={current.id}
            onChange={(v) => setBuildingId(Number(v))}
            options={buildings.data!.map((b) => ({ value: b.id, label: `${b.code}` }))}
            data-testid="building-picker"
          />
        </Space>
      }
      extra={
        <Space size={4} wrap>
          {ROOM_STATUSES.map((s) => (
            <StatusTag key={s} status={s} />
          ))}
        </Space>
      }
    >
      <BuildingRooms buildingId={current.id} />
    </Card>
  )
}

function BuildingRooms({ buildingId }: { buildingId: number }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const rooms = useApiQuery(api.estate.rooms, { buildingId })
  if (rooms.isPending) return <Spin />
  const list = rooms.data ?? []
  if (list.length === 0) return <Empty />
  const byUnit = new Map<string, RoomRow[]>()
  for (const r of list) byUnit.set(r.unitCode, [...(byUnit.get(r.unitCode) ?? []), r])
  return (
    // Units wrap onto the next row rather than sitting in a horizontal scroller: on a 1366×768
    // counter screen that scroller's bar is far below the fold, so the last units looked missing.
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }} data-testid="estate-grid">
      {[...byUnit.entries()].map(([unit, unitRooms]) => {
        const floors = [...new Set(unitRooms.map((r) => r.floor ?? 0))].sort((a, b) => b - a)
        return (
          <div key={unit} data-testid={`estate-unit-${unit}`}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('households.unit', { unit })}{' '}
              <Typography.Text type="secondary">{t('households.rooms', { count: unitRooms.length })}</Typography.Text>
            </Typography.Title>
            {floors.map((floor) => (
              <div key={floor} style={{ display: 'flex', gap: 4, marginBottom: 4 }}>
                {unitRooms
                  .filter((r) => (r.floor ?? 0) === floor)
                  .map((r) => (
                    <Tooltip
                      key={r.id}
                      title={`${r.code} · ${formatArea(r.areaCenti)} ㎡ · ${t(`status.${r.status}`)}${r.owners ? ` · ${r.owners}` : ''}`}
                    >
                      <button
                        type="button"
                        onClick={() => navigate(`households/${r.id}`)}
                        data-testid={`room-${r.code}`}
                        style={{
                          width: 92,
                          height: 46,
                          border: `1px solid ${roomTileBorder}`,
                          borderRadius: 6,
                          background: TILE[STATUS_COLORS[r.status]],
                          cursor: 'pointer',
                          textAlign: 'left',
                          padding: '2px 6px',
                          lineHeight: 1.25
                        }}
                      >
                        <div style={{ fontWeight: 600 }}>
                          {r.number}{' '}
                          {r.vip && (
                            <Tag
                              color="gold"
                              style={{ fontSize: 10, lineHeight: '14px', padding: '0 3px', marginInlineEnd: 0 }}
                            >
                              {t('household.vipTag')}
                            </Tag>
                          )}
                        </div>
                        <div
                          style={{
                            fontSize: 12,
                            color: colors.textSecondary,
                            overflow: 'hidden',
                            whiteSpace: 'nowrap',
                            textOverflow: 'ellipsis'
                          }}
                        >
                          {r.owners || '—'}
                        </div>
                      </button>
                    </Tooltip>
                  ))}
              </div>
            ))}
          </div>
        )
      })}
    </div>
  )
}
