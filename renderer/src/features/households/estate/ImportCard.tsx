import { useState } from 'react'
import { Alert, App, Button, Card, Space, Table, Typography, Upload } from 'antd'
import { DownloadOutlined, ExportOutlined, UploadOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { ImportPreview, ImportProblem } from '@shared/households/estate'
import { ApiFailure, call } from '../../../lib/api/client'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { downloadFile, readAsBase64 } from '../../../lib/download'

/**
 * Import from Excel: the file is checked first and every bad row is listed with its reason;
 * only a clean file can be imported, and the import is all-or-nothing.
 */
export function ImportCard() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [checking, setChecking] = useState(false)
  const commit = useApiMutation(api.estate.importCommit, [api.estate.buildings, api.estate.rooms, api.search.global])

  // A refused request names its reasons (the fields' messages), not only "check the red items":
  // this card has no red items to mark.
  const fail = (error: unknown) => {
    const reasons = error instanceof ApiFailure ? Object.values(error.fields) : []
    message.error(reasons.length ? reasons.join('；') : error instanceof ApiFailure ? error.message : String(error))
  }

  async function choose(chosen: File) {
    setChecking(true)
    setPreview(null)
    try {
      const picked = { fileName: chosen.name, dataBase64: await readAsBase64(chosen) }
      setFile(picked)
      setPreview(await call(api.estate.importPreview, picked))
    } catch (error) {
      fail(error)
    } finally {
      setChecking(false)
    }
  }

  async function importNow() {
    if (!file) return
    try {
      const done = await commit.mutateAsync(file)
      message.success(t('estate.imported', { rooms: done.rooms, persons: done.persons }))
      setFile(null)
      setPreview(null)
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Card title={t('estate.importTitle')} size="small">
      <Typography.Paragraph type="secondary">{t('estate.importIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => call(api.estate.importTemplate, {}).then(downloadFile, fail)}
          data-testid="import-template"
        >
          {t('estate.template')}
        </Button>
        <Upload
          accept=".xlsx,.csv,.txt"
          showUploadList={false}
          beforeUpload={(f) => {
            void choose(f)
            return false
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={checking} data-testid="import-choose">
            {t('estate.chooseFile')}
          </Button>
        </Upload>
        <Button
          icon={<ExportOutlined />}
          onClick={() => call(api.estate.exportWorkbook, {}).then(downloadFile, fail)}
          data-testid="export"
        >
          {t('estate.export')}
        </Button>
      </Space>
      {preview && preview.problems.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            title={t('estate.previewBad', { count: preview.problems.length })}
            style={{ marginBottom: 12 }}
            data-testid="import-problems-alert"
          />
          <Table<ImportProblem>
            size="small"
            rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
            dataSource={preview.problems}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="import-problems"
            columns={[
              { title: t('estate.row'), dataIndex: 'row', width: 70 },
              { title: t('estate.column'), dataIndex: 'column', width: 160 },
              { title: t('estate.problem'), dataIndex: 'message' }
            ]}
          />
        </>
      )}
      {preview && preview.problems.length === 0 && (
        <Space orientation="vertical">
          <Alert
            type="success"
            showIcon
            title={t('estate.previewOk', {
              rows: preview.rows,
              rooms: preview.rooms,
              newRooms: preview.newRooms,
              persons: preview.persons,
              relations: preview.relations
            })}
            description={
              preview.newBuildings.length > 0 &&
              t('estate.previewBuildings', {
                count: preview.newBuildings.length,
                list: preview.newBuildings.join('、')
              })
            }
            data-testid="import-ok"
          />
          <Button type="primary" onClick={importNow} loading={commit.isPending} data-testid="import-commit">
            {t('estate.commit')}
          </Button>
        </Space>
      )}
    </Card>
  )
}
