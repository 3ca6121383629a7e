import { Spin } from 'antd'
import { api } from '@shared/api'
import type { Locale } from '@shared/kernel/locale'
import { useApiQuery } from '../../lib/api/hooks'
import { syncClock } from '@renderer/lib/clock'
import { useSession } from '../../features/foundation/auth/session'
import { SignInPage } from '../../features/foundation/auth/SignInPage'
import { RecoveryPage } from '../../features/foundation/RecoveryPage'
import { SetupPage } from '../../features/foundation/SetupPage'
import { AppLayout } from '../shell/AppLayout'
import { ErrorScreen } from './ErrorScreen'
import { PrintPreviewPage, usePrintPreviewTarget } from '../../features/fees/printing/PrintPreviewPage'

/** Which screen the app opens on: recovery, first-run setup, sign-in, or the counter itself. */
export function Boot({ locale, setLocale }: { locale: Locale; setLocale: (l: Locale) => void }) {
  const status = useApiQuery(api.system.status, {}, { staleTime: Infinity })
  const { me, resuming } = useSession()
  const preview = usePrintPreviewTarget()

  if (status.isPending || resuming) return <Spin fullscreen />
  if (status.isError) return <ErrorScreen message={status.error.message} onRetry={() => status.refetch()} />
  const data = status.data
  syncClock(data.serverTime)
  if (data.mode === 'recovery') return <RecoveryPage status={data} onRestored={() => status.refetch()} />
  if (data.mode === 'setup') return <SetupPage locale={locale} setLocale={setLocale} onDone={() => status.refetch()} />
  if (!me) return <SignInPage status={data} locale={locale} setLocale={setLocale} />
  if (preview) return <PrintPreviewPage {...preview} />
  return <AppLayout status={data} />
}
