import { useEffect, useState } from 'react'
import { now } from '@renderer/lib/clock'

/** Date, weekday and time in the header: the counter stamps times on paper all day. */
export function Clock() {
  const [current, setCurrent] = useState(() => now())
  useEffect(() => {
    const timer = setInterval(() => setCurrent(now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <span data-testid="header-clock" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {current.format('YYYY-MM-DD dddd HH:mm:ss')}
    </span>
  )
}
