import { Descriptions, Image, Space, Typography, theme as antdTheme } from 'antd'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { GateResult } from '@shared/permits/gate-api'
import type { GateVerdict } from '@shared/permits/gate-verdict'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n, type Translate } from '../../../lib/i18n'
import { theme } from '../../../app/theme'
import { mono } from '../renovations/renovation-labels'

const token = antdTheme.getDesignToken(theme)

/** The verdict's colour, seen across the gatehouse: go, look again, stop, already out, not ours. */
export const VERDICT_COLOR: Record<GateVerdict, string> = {
  valid: token.green6,
  expired: token.orange6,
  revoked: token.red6,
  forged: token.red6,
  used: token.purple6,
  unknown: token.colorTextTertiary
}

const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

/** The line under the verdict that says why: the event behind it, the dates, what is missing. */
export function verdictReason(t: Translate, r: GateResult): string {
  const event = r.event
  if (r.verdict === 'revoked' && event) {
    const standing = t(`papers.standing.${event.kind === 'resumed' ? 'revoked' : event.kind}`)
    if (r.byPermit) return t('gateScreen.reason.byPermit', { number: r.permitNumber ?? '', standing, at: at(event.at) })
    return t('gateScreen.reason.revoked', { standing, at: at(event.at), by: event.by, note: event.note || '—' })
  }
  if (r.verdict === 'used' && event) return t('gateScreen.reason.used', { at: at(event.at), by: event.by })
  if (r.verdict === 'expired') return t('gateScreen.reason.expired', { from: r.validFrom ?? '', to: r.validTo ?? '' })
  if (r.verdict === 'unknown' && r.needsCheckCode) return t('gateScreen.reason.needsCheckCode')
  if (r.verdict === 'unknown') return t('gateScreen.reason.unknown')
  if (r.verdict === 'forged') return t('gateScreen.reason.forged')
  if (r.notInRegister) return t('gateScreen.reason.notInRegister')
  return t('gateScreen.reason.valid', { to: r.validTo ?? '' })
}

/** A pass's photo for the guard to compare with the face in front of him. */
function Photo({ attachmentId }: { attachmentId: number }) {
  const file = useApiQuery(api.households.attachment, { attachmentId })
  if (!file.data?.mime.startsWith('image/')) return null
  return (
    <Image
      width={140}
      src={`data:${file.data.mime};base64,${file.data.dataBase64}`}
      preview={false}
      data-testid="gate-photo"
    />
  )
}

/** The verdict in very large letters in its colour, why, and whose paper it is. */
export function VerdictPanel({ result }: { result: GateResult }) {
  const { t } = useI18n()
  const color = VERDICT_COLOR[result.verdict]
  const items = [
    result.kind && { key: 'kind', label: t('gateScreen.kind'), children: t(`papers.kind.${result.kind}`) },
    result.number && {
      key: 'number',
      label: t('gateScreen.number'),
      children: (
        <span
          style={mono}
        >{`${result.number}${result.edition && result.edition > 1 ? ` #${result.edition}` : ''}`}</span>
      )
    },
    result.holderName && { key: 'holder', label: t('gateScreen.holder'), children: result.holderName },
    result.roomCode && { key: 'room', label: t('renovationScreen.room'), children: result.roomCode },
    result.contractorName && { key: 'contractor', label: t('gateScreen.contractor'), children: result.contractorName },
    result.permitNumber && { key: 'permit', label: t('gateScreen.permitNumber'), children: result.permitNumber },
    result.validFrom && {
      key: 'valid',
      label: t('gateScreen.validity'),
      children: result.validFrom === result.validTo ? result.validFrom : `${result.validFrom} ~ ${result.validTo}`
    },
    result.items.length > 0 && {
      key: 'items',
      label: t('gateScreen.items'),
      children: result.items.map((i) => `${i.name} × ${i.quantity}`).join('，')
    },
    result.plate && { key: 'plate', label: t('gateScreen.plate'), children: result.plate }
  ].filter((item) => !!item)
  return (
    <div
      data-testid="gate-verdict"
      data-verdict={result.verdict}
      data-offline={result.offline}
      style={{ border: `4px solid ${color}`, borderRadius: 12, padding: 24 }}
    >
      <div
        data-testid="gate-verdict-word"
        style={{ color, fontSize: 96, fontWeight: 800, lineHeight: 1.1, letterSpacing: 4 }}
      >
        {t(`gate.verdict.${result.verdict}`)}
      </div>
      <Typography.Paragraph style={{ fontSize: 24, color, margin: '8px 0 16px' }} data-testid="gate-verdict-reason">
        {verdictReason(t, result)}
      </Typography.Paragraph>
      <Space align="start" size={24}>
        {result.photoAttachmentId !== null && <Photo attachmentId={result.photoAttachmentId} />}
        {items.length > 0 && (
          <Descriptions
            column={1}
            size="small"
            items={items}
            styles={{ label: { fontSize: 18 }, content: { fontSize: 18 } }}
            data-testid="gate-verdict-details"
          />
        )}
      </Space>
    </div>
  )
}
