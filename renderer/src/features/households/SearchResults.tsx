import { memo } from 'react'
import { Empty } from 'antd'
import type { SearchHit } from '@shared/households/search'
import { useI18n } from '../../lib/i18n'
import { hitRoom } from './search-labels'
import { STATUS_COLORS } from './StatusTag'
import { colors, presetTagColors } from '@renderer/lib/colors'

/*
 * The search's hits, drawn with plain elements: the list is redrawn on every keystroke, and antd's
 * Tag/Typography per row (each with its own style hooks) made a redraw cost more than the query.
 * Memoized: moving the highlight redraws only the rows that change.
 */
const TAG_COLORS = presetTagColors
const tagStyle = (color: string): React.CSSProperties => ({
  ...TAG_COLORS[color],
  borderStyle: 'solid',
  borderWidth: 1,
  borderRadius: 4,
  padding: '0 7px',
  fontSize: 12,
  lineHeight: '20px',
  whiteSpace: 'nowrap'
})
const SECONDARY = colors.textMuted

const Row = memo(function Row(props: {
  hit: SearchHit
  index: number
  active: boolean
  onHover: (i: number) => void
  onChoose: (hit: SearchHit) => void
}) {
  const { t, locale } = useI18n()
  const { hit } = props
  return (
    <div
      role="option"
      aria-selected={props.active}
      data-testid="search-hit"
      onMouseEnter={() => props.onHover(props.index)}
      onMouseDown={(e) => {
        e.preventDefault()
        props.onChoose(hit)
      }}
      style={{
        padding: '8px 12px',
        borderRadius: 6,
        cursor: hit.roomId ? 'pointer' : 'default',
        background: props.active ? colors.selectedBg : undefined,
        display: 'flex',
        gap: 12,
        alignItems: 'center'
      }}
    >
      <div style={{ width: 150, fontWeight: 600, fontSize: 16 }}>{hitRoom(hit, locale) ?? t('search.noRoom')}</div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div>
          {hit.owners && (
            <span>
              <span style={{ color: SECONDARY }}>{t('search.owners')}：</span>
              {hit.owners}
            </span>
          )}
          {hit.personName && !hit.owners.split('、').includes(hit.personName) && (
            <span style={{ marginLeft: 8 }}>· {hit.personName}</span>
          )}
        </div>
        <span style={{ color: SECONDARY, fontSize: 13 }}>
          {t(`search.match.${hit.match}`)}：{hit.matchedText}
        </span>
      </div>
      {hit.vip && <span style={tagStyle('gold')}>{t('household.vipTag')}</span>}
      {hit.status && <span style={tagStyle(STATUS_COLORS[hit.status])}>{t(`status.${hit.status}`)}</span>}
    </div>
  )
})

/**
 * hits: the answer being shown (the previous one while the next is on its way); answeredQuery:
 * the query it answers. "没有找到" only when the current query's own answer is empty.
 */
export const SearchResults = memo(function SearchResults(props: {
  hits: SearchHit[] | undefined
  answeredQuery: string
  settled: boolean
  active: number
  onHover: (i: number) => void
  onChoose: (hit: SearchHit) => void
}) {
  const { t } = useI18n()
  const hits = props.hits ?? []
  return (
    <div
      role="listbox"
      style={{ width: 560, maxHeight: 480, overflow: 'auto' }}
      data-testid="search-results"
      data-query={props.answeredQuery}
    >
      {hits.length === 0
        ? props.settled && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty')} />
        : hits.map((hit, i) => (
            <Row
              key={hit.key}
              hit={hit}
              index={i}
              active={i === props.active}
              onHover={props.onHover}
              onChoose={props.onChoose}
            />
          ))}
    </div>
  )
})
