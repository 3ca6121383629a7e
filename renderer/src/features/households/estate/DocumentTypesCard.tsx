import { App, Button, Card, Input, InputNumber, Space, Switch, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { api } from '@shared/api'
import type { DocumentType } from '@shared/households/estate'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'

/** The household file's checklist (一户一档): which papers it holds, which count as required. */
export function DocumentTypesCard() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const types = useApiQuery(api.estate.documentTypes, {})
  const save = useApiMutation(api.estate.saveDocumentType, [api.estate.documentTypes, api.households.get])
  const [name, setName] = useState('')

  async function store(type: Omit<DocumentType, 'key'> & { key?: string }) {
    try {
      await save.mutateAsync(type)
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const list = types.data ?? []
  return (
    <Card title={t('estate.documentTypes')} size="small">
      <Typography.Paragraph type="secondary">{t('estate.documentTypesIntro')}</Typography.Paragraph>
      <Table<DocumentType>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={list}
        data-testid="document-types"
        columns={[
          { title: t('estate.documentName'), dataIndex: 'name' },
          {
            title: t('estate.documentOrder'),
            width: 110,
            render: (_, d) => (
              <InputNumber
                size="small"
                min={0}
                max={10000}
                value={d.sortKey}
                onChange={(v) => v !== null && void store({ ...d, sortKey: v })}
              />
            )
          },
          {
            title: t('estate.documentRequired'),
            width: 110,
            render: (_, d) => (
              <Switch size="small" checked={d.required} onChange={(required) => void store({ ...d, required })} />
            )
          },
          {
            title: t('estate.documentActive'),
            width: 110,
            render: (_, d) => (
              <Switch size="small" checked={d.active} onChange={(active) => void store({ ...d, active })} />
            )
          }
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={30}
          placeholder={t('estate.documentNew')}
          style={{ width: 240 }}
        />
        <Button
          icon={<PlusOutlined />}
          disabled={!name.trim()}
          onClick={() =>
            void store({
              name: name.trim(),
              required: false,
              active: true,
              sortKey: (list.at(-1)?.sortKey ?? 0) + 10
            }).then(() => setName(''))
          }
        >
          {t('estate.documentAdd')}
        </Button>
      </Space>
    </Card>
  )
}
