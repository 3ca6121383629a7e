import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Button, Result, Typography } from 'antd'
import { ReloadOutlined } from '@ant-design/icons'
import { useI18n } from '../../lib/i18n'

interface Props {
  /** The page's address: going elsewhere (and back) opens the page afresh. */
  resetKey: string
  /** Before the page is opened again: forget what it had loaded (a fault may sit in cached data). */
  onReset: () => void
  children: ReactNode
}

interface State {
  error: Error | null
  /** Bumped by 重试 so the page mounts from scratch. */
  attempt: number
}

/**
 * Around each page: a fault while drawing one page shows a message in that page's place and
 * leaves the header, the search and the menu working. React only catches render faults in a
 * class component, hence the one class of the renderer.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The renderer has no log channel to the main process: the console is where a supervisor's
    // developer tools (and the Electron log) will find the stack.
    console.error('[page] a page failed and was replaced by its error message', error, info.componentStack)
  }

  override componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.retry()
  }

  retry = () => {
    this.props.onReset()
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))
  }

  override render() {
    if (this.state.error) return <PageError error={this.state.error} onRetry={this.retry} />
    return (
      <div key={this.state.attempt} style={{ display: 'contents' }}>
        {this.props.children}
      </div>
    )
  }
}

function PageError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n()
  return (
    <Result
      status="error"
      title={t('shell.pageError.title')}
      subTitle={t('shell.pageError.body')}
      data-testid="page-error"
      extra={
        <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry} autoFocus data-testid="page-error-retry">
          {t('common.retry')}
        </Button>
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable data-testid="page-error-detail">
        {error.message}
      </Typography.Text>
    </Result>
  )
}
