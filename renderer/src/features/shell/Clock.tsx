import { useEffect, useState } from 'react'
import dayjs from 'dayjs'

/** Date, weekday and time in the header: the counter stamps times on paper all day. */
export function Clock() {
  const [now, setNow] = useState(() => dayjs())
  useEffect(() => {
    const timer = setInterval(() => setNow(dayjs()), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <span data-testid="header-clock" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {now.format('YYYY-MM-DD dddd HH:mm:ss')}
    </span>
  )
}
