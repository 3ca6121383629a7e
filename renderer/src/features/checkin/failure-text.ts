import { ApiFailure } from '../../lib/api/client'

/** The core's refusal as one line: its message, and each field's own message after it when it names some. */
export function failureText(failure: unknown): string {
  if (!(failure instanceof ApiFailure)) return String(failure)
  const fields = Object.values(failure.fields).filter((m) => m && m !== failure.message)
  return fields.length > 0 ? `${failure.message}：${[...new Set(fields)].join('；')}` : failure.message
}
