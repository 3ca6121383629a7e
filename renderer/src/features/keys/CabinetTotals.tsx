import type { CabinetCount } from '@shared/keys/api'
import { useI18n } from '../../lib/i18n'
import { STATE_STYLE } from './key-labels'
import { colors } from '@renderer/lib/colors'

/** What the cabinets should hold now: counted at every handover. */
export function Totals({ counts, free }: { counts: CabinetCount[]; free: number }) {
  const { t } = useI18n()
  const sum = (k: 'setsIn' | 'piecesIn' | 'setsOut' | 'piecesOut' | 'overdue') => counts.reduce((s, c) => s + c[k], 0)
  const item = (label: string, value: string, sub: string, color?: string) => (
    <div style={{ minWidth: 110 }}>
      <div style={{ color: colors.textSecondary, fontSize: 13 }}>{label}</div>
      <div style={{ fontSize: 22, fontWeight: 600, color, fontVariantNumeric: 'tabular-nums' }}>
        {value}
        <span style={{ fontSize: 13, fontWeight: 400, color: colors.textSecondary, marginLeft: 6 }}>{sub}</span>
      </div>
    </div>
  )
  return (
    <div
      style={{
        display: 'flex',
        gap: 24,
        flexWrap: 'wrap',
        marginTop: 16,
        paddingTop: 12,
        borderTop: `1px solid ${colors.divider}`
      }}
      data-testid="keys-totals"
    >
      {item(
        t('keys.total.in'),
        t('keys.total.sets', { n: sum('setsIn') }),
        t('keys.total.pieces', { n: sum('piecesIn') }),
        STATE_STYLE.in.color
      )}
      {item(
        t('keys.total.out'),
        t('keys.total.sets', { n: sum('setsOut') }),
        t('keys.total.pieces', { n: sum('piecesOut') }),
        STATE_STYLE.out.color
      )}
      {item(
        t('keys.total.overdue'),
        t('keys.total.sets', { n: sum('overdue') }),
        '',
        sum('overdue') > 0 ? STATE_STYLE.overdue.color : undefined
      )}
      {item(t('keys.total.free'), String(free), '')}
    </div>
  )
}
