import { useEffect, useState } from 'react'
import { Spin } from 'antd'
import { api } from '@shared/api'
import type { Locale } from '@shared/kernel/locale'
import { linkApi } from '@shared/office/api'
import { isUnreachableFailure } from '../../lib/api/client'
import { useApiQuery } from '../../lib/api/hooks'
import { noteLinkStatus } from '../../lib/api/live'
import { syncClock } from '@renderer/lib/clock'
import { useSession } from '../../features/foundation/auth/session'
import { SignInPage } from '../../features/foundation/auth/SignInPage'
import { RecoveryPage } from '../../features/foundation/RecoveryPage'
import { SetupPage } from '../../features/foundation/SetupPage'
import { ConnectPage } from '../../features/office/ConnectPage'
import { AppLayout } from '../shell/AppLayout'
import { ErrorScreen } from './ErrorScreen'
import { UnreachableScreen } from '../../features/office/UnreachableScreen'
import { PrintPreviewPage, usePrintPreviewTarget } from '../../features/fees/printing/PrintPreviewPage'

/** While the office server does not answer at start, it is asked again this often. */
const UNREACHABLE_RETRY_MS = 3_000

/**
 * Which screen the app opens on: recovery, first run (this PC's own data or a counter of the office
 * server, then setup), sign-in, or the counter itself.
 */
export function Boot({ locale, setLocale }: { locale: Locale; setLocale: (l: Locale) => void }) {
  const link = useApiQuery(linkApi.status, {}, { staleTime: Infinity })
  const status = useApiQuery(api.system.status, {}, { staleTime: Infinity })
  const { me, resuming } = useSession()
  const preview = usePrintPreviewTarget()
  const [ownData, setOwnData] = useState(false)
  // Just paired: the page stays on the pairing result (the fingerprint to compare) until the clerk goes on.
  const [showingPaired, setShowingPaired] = useState(false)
  const unreachable = status.isError && isUnreachableFailure(status.error)

  useEffect(() => {
    if (link.data) noteLinkStatus(link.data)
  }, [link.data])
  const refetchStatus = status.refetch
  useEffect(() => {
    if (!unreachable) return
    const retry = setInterval(() => void refetchStatus(), UNREACHABLE_RETRY_MS)
    return () => clearInterval(retry)
  }, [unreachable, refetchStatus])

  if (link.isPending || status.isPending || resuming) return <Spin fullscreen />
  if (unreachable) return <UnreachableScreen message={status.error.message} onRetry={() => status.refetch()} />
  if (status.isError) return <ErrorScreen message={status.error.message} onRetry={() => status.refetch()} />
  const data = status.data
  syncClock(data.serverTime)
  if (data.mode === 'recovery') return <RecoveryPage status={data} onRestored={() => status.refetch()} />
  if (showingPaired || (data.mode === 'setup' && link.data?.mode === 'standalone' && !ownData))
    return (
      <ConnectPage
        locale={locale}
        setLocale={setLocale}
        link={link.data!}
        onLocal={() => setOwnData(true)}
        onPaired={() => setShowingPaired(true)}
        onConnected={() => {
          setShowingPaired(false)
          void Promise.all([link.refetch(), status.refetch()])
        }}
      />
    )
  if (data.mode === 'setup') return <SetupPage locale={locale} setLocale={setLocale} onDone={() => status.refetch()} />
  if (!me) return <SignInPage status={data} locale={locale} setLocale={setLocale} />
  if (preview) return <PrintPreviewPage {...preview} />
  return <AppLayout status={data} />
}
