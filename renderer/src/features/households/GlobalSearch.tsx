import { useEffect, useRef, useState } from 'react'
import { Empty, Input, Popover, Tag, Typography, type InputRef } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { keepPreviousData } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { SearchHit } from '@shared/api/search'
import { useApiQuery } from '../../api/hooks'
import { useI18n } from '../../i18n'
import { useRoute } from '../shell/route'
import { hitRoom } from './search-labels'
import { StatusTag } from './StatusTag'

/**
 * The search in the header: F3 or Ctrl+K from anywhere, results as you type, arrows and Enter
 * open the household. The core answers in milliseconds, so every keystroke asks it.
 */
export function GlobalSearch() {
  const { t, locale } = useI18n()
  const { navigate } = useRoute()
  const input = useRef<InputRef>(null)
  const [q, setQ] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const query = q.trim()
  const results = useApiQuery(api.search.global, { q: query, limit: 12 }, { enabled: query.length > 0, placeholderData: keepPreviousData, staleTime: 0 })
  const hits = query ? (results.data ?? []) : []

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'F3' || (event.ctrlKey && event.key.toLowerCase() === 'k')) {
        event.preventDefault()
        input.current?.focus({ cursor: 'all' })
        setOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => setActive(0), [query])

  function choose(hit: SearchHit | undefined) {
    if (!hit?.roomId) return
    navigate(`households/${hit.roomId}`)
    setOpen(false)
    setQ('')
    input.current?.blur()
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1))
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
    else if (event.key === 'Enter') choose(hits[active])
    else if (event.key === 'Escape') {
      setOpen(false)
      input.current?.blur()
      return
    } else return
    event.preventDefault()
  }

  const list = (
    <div style={{ width: 560, maxHeight: 480, overflow: 'auto' }} data-testid="search-results">
      {hits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty')} />
      ) : (
        hits.map((hit, i) => (
          <div
            key={hit.key}
            role="option"
            aria-selected={i === active}
            data-testid="search-hit"
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => {
              e.preventDefault()
              choose(hit)
            }}
            style={{ padding: '8px 12px', borderRadius: 6, cursor: hit.roomId ? 'pointer' : 'default', background: i === active ? '#e8f0fb' : undefined, display: 'flex', gap: 12, alignItems: 'center' }}
          >
            <div style={{ width: 150, fontWeight: 600, fontSize: 16 }}>{hitRoom(hit, locale) ?? t('search.noRoom')}</div>
            <div style={{ flex: 1, minWidth: 0 }}>
              <div>
                {hit.owners && (
                  <span>
                    <Typography.Text type="secondary">{t('search.owners')}：</Typography.Text>
                    {hit.owners}
                  </span>
                )}
                {hit.personName && !hit.owners.split('、').includes(hit.personName) && <span style={{ marginLeft: 8 }}>· {hit.personName}</span>}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t(`search.match.${hit.match}`)}：{hit.matchedText}
              </Typography.Text>
            </div>
            {hit.vip && <Tag color="gold">VIP</Tag>}
            {hit.status && <StatusTag status={hit.status} />}
          </div>
        ))
      )}
    </div>
  )

  return (
    <Popover open={open && query.length > 0} content={list} placement="bottomLeft" arrow={false} styles={{ container: { padding: 6 } }}>
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
        style={{ width: 400 }}
        data-testid="global-search"
      />
    </Popover>
  )
}
