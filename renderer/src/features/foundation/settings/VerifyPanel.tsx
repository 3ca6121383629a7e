import { Alert, App, Button, Card, List, Space, Typography } from 'antd'
import { SafetyOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { localDateTime } from '@shared/kernel/calendar'
import { reasonKey } from '@shared/kernel/i18n'
import type { ChainBreakInfo, ChainCheckInfo, ChainState, VerifyResult } from '@shared/foundation/verify'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n, type Translate } from '../../../lib/i18n'
import { useMe } from '../auth/session'

/** "收据（号段 SJ2026）", "操作日志": a chain as the reader knows it; `null`: a receipt break of a series not named. */
function chainName(t: Translate, chain: string | null, table: ChainBreakInfo['table']): string {
  if (table !== 'receipts') return t(reasonKey('verify.chain', table))
  return chain ? t('verify.chain.receipts', { prefix: chain.slice('receipts:'.length) }) : t('verify.chain.anyReceipts')
}

/** The first broken link of a chain: the chain, the row it names and its number, and why. */
export function describeBreak(t: Translate, chain: string | null, b: ChainBreakInfo): string {
  const name = chainName(t, chain, b.table)
  const reason = t(reasonKey('verify.reason', b.reason))
  if (b.reason === 'counterMismatch') return t('verify.breakCounter', { chain: name, position: b.position, reason })
  const label = b.label ? t('verify.breakLabel', { label: b.label }) : ''
  return t('verify.break', { chain: name, position: b.position, rowid: b.rowid ?? '—', label, reason })
}

function Problems({ result }: { result: VerifyResult }) {
  const { t } = useI18n()
  const lines = [
    ...result.chains.flatMap((c: ChainState) => (c.broken ? [describeBreak(t, c.chain, c.broken)] : [])),
    ...(result.missingTriggers.length
      ? [
          t('verify.missingTriggers', {
            count: result.missingTriggers.length,
            names: result.missingTriggers.join('、')
          })
        ]
      : []),
    ...(result.settlementBreakCount ? [t('verify.settlement', { count: result.settlementBreakCount })] : []),
    ...result.settlementBreaks.map((s) =>
      t(reasonKey('verify.settlement', s.reason), { id: s.receivableId, code: s.receiptCode })
    )
  ]
  return (
    <Alert
      type="error"
      showIcon
      title={t('verify.foundProblems')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="verify-problems">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      }
    />
  )
}

function Outcome({ result }: { result: VerifyResult }) {
  const { t } = useI18n()
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="verify-result">
      <Typography.Text type="secondary">{t('verify.lastAt', { at: localDateTime(result.at) })}</Typography.Text>
      {result.ok ? <Alert type="success" showIcon title={t('verify.allOk')} /> : <Problems result={result} />}
      <List
        size="small"
        bordered
        dataSource={result.chains}
        renderItem={(c) => (
          <List.Item data-testid="verify-chain">
            {t('verify.chainRows', { chain: chainName(t, c.chain, c.table), rows: c.rows })}
          </List.Item>
        )}
      />
    </Space>
  )
}

/** A break the start-up or daily check found after the last 校验: shown until a 校验 looks again. */
function LaterBreak({ check }: { check: ChainCheckInfo }) {
  const { t } = useI18n()
  const scope = t(reasonKey('verify.scope', check.scope))
  return (
    <Alert
      type="error"
      showIcon
      data-testid="verify-later-break"
      title={t('verify.lastCheck', { scope, at: localDateTime(check.at) })}
      description={check.broken.map((b, i) => (
        <div key={i}>{describeBreak(t, null, b)}</div>
      ))}
    />
  )
}

/**
 * 设置 → 关于 → 数据校验: every hash chain re-computed from its first row, the guard triggers and
 * the settlement of bills (what `npm run verify` checks), with the first broken link of each chain.
 */
export function VerifyPanel() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const me = useMe()
  const checks = useApiQuery(api.system.checks, {}, { staleTime: 0 })
  const verify = useApiMutation(api.system.verify, [api.system.checks, api.audit.recent])
  const mayVerify = me.role === 'supervisor' || me.role === 'manager' || me.role === 'admin'
  const last = checks.data?.lastVerify ?? null
  const later = checks.data?.lastChainCheck
  const laterBreak = later && !later.ok && (!last || later.at > last.at) ? later : null

  async function run() {
    try {
      await verify.mutateAsync({})
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  return (
    <Card
      size="small"
      title={t('verify.title')}
      data-testid="verify-panel"
      extra={
        mayVerify && (
          <Button
            icon={<SafetyOutlined />}
            onClick={() => void run()}
            loading={verify.isPending}
            data-testid="verify-run"
          >
            {t('verify.run')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('verify.intro')}</Typography.Text>
        {laterBreak && <LaterBreak check={laterBreak} />}
        {last ? <Outcome result={last} /> : <Typography.Text>{t('verify.never')}</Typography.Text>}
      </Space>
    </Card>
  )
}
