import type { CSSProperties } from 'react'
import { Space } from 'antd'
import type { CabinetView, HookState, HookView } from '@shared/keys/api'
import { useI18n } from '../../lib/i18n'
import { STATE_STYLE, when } from './key-labels'
import { colors, keySelected } from '@renderer/lib/colors'

interface Props {
  cabinet: CabinetView
  /** 'view': every set opens on click; 'pick': only empty hooks can be chosen (the deposit's hook). */
  mode?: 'view' | 'pick'
  selected?: { row: number; column: number } | null
  onHook: (hook: HookView) => void
}

const FULL: Record<'view' | 'pick', { width: number; height: number }> = {
  view: { width: 104, height: 62 },
  pick: { width: 52, height: 38 }
}

/**
 * One cabinet as it hangs on the wall: rows × columns of hooks, numbered row-column. Readable
 * from a step away: empty grey, in green with the tag code, out blue with the borrower, overdue red.
 */
export function CabinetGrid({ cabinet, mode = 'view', selected, onHook }: Props) {
  const { t } = useI18n()
  const size = FULL[mode]
  const byPlace = new Map(cabinet.hooks.map((h) => [`${h.row}-${h.column}`, h]))
  const head: CSSProperties = { color: colors.textSecondary, fontSize: 13, textAlign: 'center', alignSelf: 'center' }
  const cells = []
  cells.push(<div key="corner" />)
  for (let c = 1; c <= cabinet.columns; c++)
    cells.push(
      <div key={`c${c}`} style={head}>
        {c}
      </div>
    )
  for (let r = 1; r <= cabinet.rows; r++) {
    cells.push(
      <div key={`r${r}`} style={{ ...head, paddingRight: 4 }}>
        {r}
      </div>
    )
    for (let c = 1; c <= cabinet.columns; c++) {
      const hook: HookView = byPlace.get(`${r}-${c}`) ?? {
        row: r,
        column: c,
        state: 'empty',
        keySetId: null,
        tagCode: null,
        roomCode: null,
        pieces: null,
        borrowerName: null,
        expectedReturnAt: null
      }
      const isSelected = selected?.row === r && selected.column === c
      cells.push(
        <HookTile
          key={`${r}-${c}`}
          cabinetId={cabinet.id}
          hook={hook}
          mode={mode}
          selected={isSelected}
          size={size}
          onClick={() => onHook(hook)}
        />
      )
    }
  }
  return (
    <div style={{ overflowX: 'auto' }}>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `24px repeat(${cabinet.columns}, minmax(${size.width}px, 1fr))`,
          gap: mode === 'view' ? 6 : 4,
          width: 'max-content',
          minWidth: mode === 'view' ? '100%' : undefined
        }}
        role="grid"
        aria-label={cabinet.name}
        data-testid={`cabinet-${cabinet.id}`}
      >
        {cells}
      </div>
      {mode === 'view' && (
        <Space size={16} style={{ marginTop: 10, fontSize: 13, color: colors.textSecondary }}>
          {(['empty', 'in', 'out', 'overdue'] as HookState[]).map((s) => (
            <span key={s}>
              <span
                style={{
                  display: 'inline-block',
                  width: 12,
                  height: 12,
                  borderRadius: 3,
                  marginRight: 6,
                  verticalAlign: -1,
                  background: STATE_STYLE[s].background,
                  border: `2px solid ${STATE_STYLE[s].border}`
                }}
              />
              {t(`keys.hook.${s}`)}{' '}
              {cabinet.hooks.filter((h) => h.state === s).length +
                (s === 'empty' ? cabinet.rows * cabinet.columns - cabinet.hooks.length : 0)}
            </span>
          ))}
        </Space>
      )}
    </div>
  )
}

function HookTile(props: {
  cabinetId: number
  hook: HookView
  mode: 'view' | 'pick'
  selected: boolean
  size: { width: number; height: number }
  onClick: () => void
}) {
  const { t } = useI18n()
  const { hook, mode, selected, size } = props
  const style = STATE_STYLE[hook.state]
  const disabled = mode === 'pick' && hook.state !== 'empty'
  const place = `${hook.row}-${hook.column}`
  const second =
    hook.state === 'out' || hook.state === 'overdue'
      ? (hook.borrowerName ?? '')
      : hook.state === 'in' && hook.pieces
        ? t('keys.pieceCount', { n: hook.pieces })
        : ''
  const title =
    hook.state === 'empty'
      ? `${place} ${t('keys.hook.empty')}`
      : `${place} ${hook.tagCode ?? ''} ${hook.roomCode ?? ''} ${t(`keys.hook.${hook.state}`)}${hook.borrowerName ? ` · ${hook.borrowerName}` : ''}${hook.expectedReturnAt ? ` · ${t('keys.dueBack')} ${when(hook.expectedReturnAt)}` : ''}`
  return (
    <button
      type="button"
      onClick={props.onClick}
      disabled={disabled}
      title={title}
      aria-label={title}
      aria-pressed={mode === 'pick' ? selected : undefined}
      data-testid={`hook-${props.cabinetId}-${place}`}
      data-state={hook.state}
      style={{
        minWidth: size.width,
        height: size.height,
        padding: mode === 'view' ? '3px 7px' : 2,
        textAlign: 'left',
        background: selected ? keySelected.background : style.background,
        border: `${selected ? 3 : 2}px solid ${selected ? keySelected.border : style.border}`,
        borderRadius: 6,
        color: style.color,
        cursor: disabled ? 'default' : 'pointer',
        opacity: mode === 'pick' && disabled ? 0.55 : 1,
        font: 'inherit',
        overflow: 'hidden',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: mode === 'view' ? 'space-between' : 'center',
        alignItems: mode === 'pick' ? 'center' : 'stretch'
      }}
    >
      {mode === 'pick' ? (
        <span style={{ fontSize: 13, fontWeight: selected ? 700 : 400 }}>{place}</span>
      ) : (
        <>
          <span
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              gap: 4,
              fontSize: 12,
              lineHeight: '16px',
              opacity: 0.85
            }}
          >
            <span>{place}</span>
            {hook.state === 'overdue' && <span style={{ fontWeight: 700 }}>{t('keys.hook.overdue')}</span>}
          </span>
          {hook.tagCode && (
            <span
              style={{
                fontSize: 15,
                fontWeight: 700,
                lineHeight: '18px',
                fontFamily: 'Consolas, "Roboto Mono", monospace',
                letterSpacing: 0.5
              }}
            >
              {hook.tagCode}
            </span>
          )}
          <span
            style={{
              fontSize: 13,
              lineHeight: '16px',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis'
            }}
          >
            {second}
          </span>
        </>
      )}
    </button>
  )
}
