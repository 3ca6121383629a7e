import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { Me, SignInResult } from '@shared/foundation/staff'
import type { Locale } from '@shared/kernel/locale'
import { call, hasSessionToken, onSessionEvent, setSessionToken } from '../../../lib/api/client'

interface SessionValue {
  me: Me | null
  locked: boolean
  /** True until a session kept across a page reload has been checked. */
  resuming: boolean
  signedIn(result: SignInResult): void
  unlocked(me: Me): void
  lockNow(): void
  signOut(): Promise<void>
  updateMe(patch: Partial<Me>): void
}

const SessionContext = createContext<SessionValue | null>(null)

export function SessionProvider({ children, onLocale }: { children: ReactNode; onLocale: (l: Locale) => void }) {
  const queryClient = useQueryClient()
  const [me, setMe] = useState<Me | null>(null)
  const [locked, setLocked] = useState(false)
  const [resuming, setResuming] = useState(hasSessionToken())

  const forget = useCallback(() => {
    setSessionToken(undefined)
    setMe(null)
    setLocked(false)
    queryClient.clear()
  }, [queryClient])

  // A reload keeps the session token for this window: pick the session up again if it lives.
  useEffect(() => {
    if (!hasSessionToken()) return
    call(api.staff.me, {})
      .then((found) => setMe(found))
      .catch(() => undefined)
      .finally(() => setResuming(false))
  }, [])

  useEffect(
    () =>
      onSessionEvent((code) => {
        if (code === 'SESSION_LOCKED') setLocked(true)
        else forget()
      }),
    [forget]
  )

  useEffect(() => {
    if (me) onLocale(me.locale)
  }, [me, onLocale])

  const value = useMemo<SessionValue>(
    () => ({
      me,
      locked,
      resuming,
      signedIn(result) {
        setSessionToken(result.token)
        setMe(result.me)
        setLocked(false)
      },
      unlocked(fresh) {
        setMe(fresh)
        setLocked(false)
      },
      lockNow() {
        setLocked(true)
        call(api.staff.lock, {}).catch(() => undefined)
      },
      async signOut() {
        await call(api.staff.signOut, {}).catch(() => undefined)
        forget()
      },
      updateMe(patch) {
        setMe((current) => (current ? { ...current, ...patch } : current))
      }
    }),
    [me, locked, resuming, forget]
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession outside SessionProvider')
  return value
}

/** The signed-in person; only for pages rendered inside the signed-in layout. */
export function useMe(): Me {
  const { me } = useSession()
  if (!me) throw new Error('useMe without a session')
  return me
}
