import { createContext, useContext } from 'react'

export interface Route {
  /** The menu entry the page belongs to ('households'). */
  section: string
  /** What follows it in the address: '#/households/42' → ['42']. */
  params: string[]
  navigate: (path: string) => void
}

export const RouteContext = createContext<Route | null>(null)

export function useRoute(): Route {
  const route = useContext(RouteContext)
  if (!route) throw new Error('useRoute outside the signed-in layout')
  return route
}
