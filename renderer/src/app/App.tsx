import { useCallback, useState } from 'react'
import { App as AntApp, ConfigProvider } from 'antd'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { isLocale, type Locale } from '@shared/kernel/locale'
import { setClientLocale } from '../lib/api/client'
import { startLive } from '../lib/api/live'
import { antdLocales, I18nProvider } from '../lib/i18n'
import { SessionProvider } from '../features/foundation/auth/session'
import { Boot } from './boot/Boot'
import { ApprovalHost } from '../features/foundation/auth/ApprovalHost'
import { PageErrorBoundary } from './shell/PageErrorBoundary'
import { theme } from './theme'

const queryClient = new QueryClient({
  defaultOptions: {
    // The database answers in milliseconds and nothing else writes it: no background refetching.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false }
  }
})

// Other counters' changes and the office link, for the life of the page (lib/api/live.ts).
startLive(queryClient, window.frontdesk)

const LOCALE_KEY = 'frontdesk.locale'

export function App() {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const stored = localStorage.getItem(LOCALE_KEY)
    return isLocale(stored) ? stored : 'zh-CN'
  })
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(LOCALE_KEY, next)
    setLocaleState(next)
  }, [])
  setClientLocale(locale)
  document.documentElement.lang = locale

  // No space inserted between two Chinese characters on buttons ("抄 表"): labels read as written.
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <I18nProvider locale={locale}>
          <QueryClientProvider client={queryClient}>
            <SessionProvider onLocale={setLocale}>
              {/* The last line before a white screen; each signed-in page has its own inside the layout. */}
              <PageErrorBoundary resetKey="" onReset={() => queryClient.removeQueries({ type: 'inactive' })}>
                <Boot locale={locale} setLocale={setLocale} />
              </PageErrorBoundary>
              <ApprovalHost />
            </SessionProvider>
          </QueryClientProvider>
        </I18nProvider>
      </AntApp>
    </ConfigProvider>
  )
}
