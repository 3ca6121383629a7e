import { useState, type ReactNode } from 'react'
import { App, Button } from 'antd'
import { failureText } from '../failure-text'

/** A paper of the check-in: pressed, it prints (and keeps its PDF copy); a refusal says why. */
export function PrintButton({
  icon,
  label,
  print,
  testId,
  disabled
}: {
  icon: ReactNode
  label: string
  print: () => Promise<void>
  testId: string
  disabled?: boolean
}) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  return (
    <Button
      icon={icon}
      loading={busy}
      disabled={disabled}
      data-testid={testId}
      onClick={async () => {
        setBusy(true)
        try {
          await print()
        } catch (failure) {
          message.error(failureText(failure))
        } finally {
          setBusy(false)
        }
      }}
    >
      {label}
    </Button>
  )
}
