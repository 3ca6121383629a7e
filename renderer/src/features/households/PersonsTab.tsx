import { useState } from 'react'
import { Button, Collapse, Empty, Space, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { HouseholdView, RelationView } from '@shared/households/households'
import { useI18n } from '../../lib/i18n'
import { MaskedValue } from './MaskedValue'
import { EndRelationDialog, PersonEditDialog, RelationDialog } from './RelationDialogs'

/** Who is related to the room now, and who was (history is kept, never overwritten). */
export function PersonsTab({ household }: { household: HouseholdView }) {
  const { t } = useI18n()
  const [adding, setAdding] = useState(false)
  const [ending, setEnding] = useState<RelationView | null>(null)
  const [editing, setEditing] = useState<RelationView | null>(null)
  const roomId = household.room.id

  const columns = (withActions: boolean) => [
    {
      title: t('household.relation'),
      width: 100,
      render: (_: unknown, r: RelationView) => (
        <Tag color={r.relation === 'owner' || r.relation === 'coowner' ? 'blue' : undefined}>
          {t(`relation.${r.relation}`)}
        </Tag>
      )
    },
    {
      title: t('person.name'),
      render: (_: unknown, r: RelationView) => (
        <div>
          <div style={{ fontWeight: 600 }}>{r.person.name}</div>
          {r.relation === 'agent' && r.poaScope && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('household.poa')}：{r.poaScope}（{r.poaFrom} {t('estate.to')} {r.poaTo}）
            </Typography.Text>
          )}
        </div>
      )
    },
    {
      title: t('person.idNumber'),
      render: (_: unknown, r: RelationView) =>
        r.person.kind === 'company' ? (
          r.person.creditCode
        ) : (
          <MaskedValue
            masked={r.person.idNumberMasked}
            personId={r.person.id}
            field="idNumber"
            mayReveal={household.mayReveal}
          />
        )
    },
    {
      title: t('person.phones'),
      render: (_: unknown, r: RelationView) => (
        <Space orientation="vertical" size={0}>
          {r.person.phonesMasked.map((p, i) => (
            <MaskedValue
              key={i}
              masked={p}
              personId={r.person.id}
              field="phone"
              index={i}
              mayReveal={household.mayReveal}
            />
          ))}
        </Space>
      )
    },
    { title: t('household.startedOn'), dataIndex: 'startedOn', width: 110 },
    ...(withActions
      ? [
          {
            title: '',
            width: 190,
            render: (_: unknown, r: RelationView) => (
              <Space size={0}>
                <Button type="link" onClick={() => setEditing(r)}>
                  {t('household.editPerson')}
                </Button>
                <Button type="link" danger onClick={() => setEnding(r)} data-testid="end-relation">
                  {t('household.endRelation')}
                </Button>
              </Space>
            )
          }
        ]
      : [
          { title: t('household.endedOn'), dataIndex: 'endedOn', width: 110 },
          { title: t('household.endReason'), dataIndex: 'endReason' }
        ])
  ]

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('household.current')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-relation">
          {t('household.addPerson')}
        </Button>
      </Space>
      <Table<RelationView>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={household.current}
        columns={columns(true)}
        locale={{ emptyText: <Empty description={t('household.none')} /> }}
        data-testid="current-persons"
      />
      {household.past.length > 0 && (
        <Collapse
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'past',
              label: `${t('household.past')}（${household.past.length}）`,
              children: (
                <Table<RelationView>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={household.past}
                  columns={columns(false)}
                />
              )
            }
          ]}
        />
      )}
      {adding && <RelationDialog roomId={roomId} onClose={() => setAdding(false)} />}
      {ending && <EndRelationDialog relation={ending} onClose={() => setEnding(null)} />}
      {editing && <PersonEditDialog relation={editing} onClose={() => setEditing(null)} />}
    </div>
  )
}
