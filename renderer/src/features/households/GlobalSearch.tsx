import { useCallback, useEffect, useRef, useState } from 'react'
import { Alert, Input, type InputRef } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { keepPreviousData } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { SearchHit } from '@shared/households/search'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { useHotkeys } from '../../lib/keyboard'
import { SearchResults } from './SearchResults'
import { colors } from '@renderer/lib/colors'

const DROPDOWN: React.CSSProperties = {
  position: 'absolute',
  top: 'calc(100% + 4px)',
  left: 0,
  zIndex: 1050,
  padding: 6,
  background: colors.bgContainer,
  borderRadius: 8,
  boxShadow: colors.shadowPopup
}

/** The arrows move the highlight within the hits; false for any other key. */
function moveHighlight(key: string, count: number, setActive: (move: (i: number) => number) => void): boolean {
  if (key === 'ArrowDown') setActive((i) => Math.min(i + 1, count - 1))
  else if (key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
  else return false
  return true
}

/**
 * The search in the header: F3 or Ctrl+K from anywhere, results as you type, arrows and Enter
 * open the household (or the key set, for a key borrower). The core answers in a few
 * milliseconds, so every keystroke asks it; the previous answer stays on screen until the next
 * one arrives (no "没有找到" flashing while typing), and the dropdown is a plain element kept
 * mounted, so a keystroke costs one small redraw and no popup machinery.
 */
export function GlobalSearch() {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const input = useRef<InputRef>(null)
  const [q, setQ] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const query = q.trim()
  const results = useApiQuery(
    api.search.global,
    { q: query, limit: 12 },
    { enabled: query.length > 0, placeholderData: keepPreviousData, staleTime: 0 }
  )
  // The query the shown hits answer (data-query): also the UI benchmark's finish line.
  const answered = useRef('')
  const settled = results.isSuccess && !results.isPlaceholderData
  if (settled) answered.current = query
  const hits = query ? results.data : undefined
  // A refusal (the paused number search, SEARCH_LIMITED) is said in the core's words, not shown as 没有找到.
  const refusal = query && results.isError && !results.isFetching ? results.error.message : null

  const focusSearch = () => {
    input.current?.focus({ cursor: 'all' })
    setOpen(true)
  }
  useHotkeys({ F3: focusSearch, 'Ctrl+K': focusSearch }, { scope: 'app' })

  useEffect(() => setActive(0), [query])

  const choose = useCallback(
    (hit: SearchHit | undefined) => {
      if (!hit?.roomId) return
      navigate(hit.keySetId ? `keys/${hit.keySetId}` : `households/${hit.roomId}`)
      setOpen(false)
      setQ('')
      input.current?.blur()
    },
    [navigate]
  )

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      setOpen(false)
      input.current?.blur()
      return
    }
    if (event.key === 'Enter') choose(hits?.[active])
    else if (!moveHighlight(event.key, hits?.length ?? 0, setActive)) return
    event.preventDefault()
  }

  const shown = open && query.length > 0 && (settled || refusal !== null || (hits?.length ?? 0) > 0)
  return (
    <div style={{ position: 'relative' }}>
      <Input
        ref={input}
        value={q}
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('search.placeholder')}
        onChange={(e) => {
          setQ(e.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        style={{ width: 'clamp(240px, 26vw, 400px)' }}
        data-testid="global-search"
      />
      <div style={{ ...DROPDOWN, display: shown ? 'block' : 'none' }}>
        {refusal ? (
          <Alert type="warning" showIcon title={refusal} style={{ width: 400 }} data-testid="global-search-refusal" />
        ) : (
          <SearchResults
            hits={hits}
            answeredQuery={answered.current}
            settled={settled}
            active={active}
            onHover={setActive}
            onChoose={choose}
          />
        )}
      </div>
    </div>
  )
}
