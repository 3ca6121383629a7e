import { useEffect, useState } from 'react'
import { Alert, App, Button, Descriptions, Form, Input, Space, Switch, Typography } from 'antd'
import { api } from '@shared/api'
import { linkApi } from '@shared/office/api'
import type { LinkStatus } from '@shared/office/types'
import { ApiFailure } from '../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../lib/api/hooks'
import { useOfficeOnline } from '../../lib/api/live'
import { useI18n } from '../../lib/i18n'
import { useMe } from '../foundation/auth/session'
import { ServerPanel } from './ServerPanel'

/** 设置 → 多前台: the office server's codes and counters, a counter's connection, or a standalone PC's switch. */
export function OfficeTab() {
  const me = useMe()
  const link = useApiQuery(linkApi.status, {}, { staleTime: 0 })
  const office = useApiQuery(api.office.status, {})
  if (!link.data || !office.data) return null
  if (link.data.mode === 'connected') return <CounterPanel link={link.data} />
  if (office.data.server) return <ServerPanel status={office.data} isAdmin={me.role === 'admin'} />
  return <StandalonePanel link={link.data} isAdmin={me.role === 'admin'} />
}

function CounterPanel({ link }: { link: LinkStatus }) {
  const { t } = useI18n()
  const online = useOfficeOnline() ?? link.online
  return (
    <Descriptions title={t('officeScreen.counter.title')} column={1} bordered size="small" data-testid="office-counter">
      <Descriptions.Item label={t('officeScreen.counter.name')}>{link.counterName}</Descriptions.Item>
      <Descriptions.Item label={t('officeScreen.counter.address')}>{link.address}</Descriptions.Item>
      <Descriptions.Item label={t('officeScreen.counter.fingerprint')}>
        <Typography.Text code style={{ fontSize: 12 }}>
          {link.fingerprint}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('officeScreen.counter.state')}>
        <Typography.Text type={online ? 'success' : 'danger'}>
          {t(online ? 'officeScreen.counter.online' : 'officeScreen.counter.offline')}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  )
}

function StandalonePanel({ link, isAdmin }: { link: LinkStatus; isAdmin: boolean }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const serve = useApiMutation(linkApi.serve, [linkApi.status])
  const [enabled, setEnabled] = useState(Boolean(link.serving))
  const [listen, setListen] = useState(link.serving?.listen ?? '0.0.0.0:8443')
  useEffect(() => setEnabled(Boolean(link.serving)), [link.serving])

  async function save() {
    try {
      await serve.mutateAsync({ listen: enabled ? listen : null })
      message.success(t('officeScreen.serve.pending'))
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const state = link.serving
    ? link.serving.running
      ? t('officeScreen.serve.running', { listen: link.serving.listen })
      : t('officeScreen.serve.pending')
    : t('officeScreen.serve.off')
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 720 }} data-testid="office-standalone">
      <Alert
        type="info"
        showIcon
        title={t('officeScreen.standalone.title')}
        description={t('officeScreen.standalone.intro')}
      />
      <Form layout="vertical" disabled={!isAdmin}>
        <Form.Item label={t('officeScreen.serve.switch')} extra={state}>
          <Switch checked={enabled} onChange={setEnabled} data-testid="office-serve" />
        </Form.Item>
        {enabled && (
          <Form.Item label={t('officeScreen.serve.listen')}>
            <Input value={listen} onChange={(e) => setListen(e.target.value)} maxLength={60} style={{ width: 240 }} />
          </Form.Item>
        )}
        <Button type="primary" onClick={save} loading={serve.isPending} data-testid="office-serve-save">
          {t('officeScreen.serve.save')}
        </Button>
      </Form>
    </Space>
  )
}
