import { useCallback, useEffect, useState } from 'react'

/** The page key after `#/` in the address; hash routing works the same from file:// and http://. */
function current(): string {
  return window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? ''
}

export function useHashRoute(fallback: string): [string, (key: string) => void] {
  const [route, setRoute] = useState(() => current() || fallback)
  useEffect(() => {
    const onChange = () => setRoute(current() || fallback)
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [fallback])
  const navigate = useCallback((key: string) => {
    window.location.hash = `#/${key}`
  }, [])
  return [route, navigate]
}
