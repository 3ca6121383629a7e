import type { FormInstance } from 'antd'
import { ApiFailure } from './client'

/**
 * Puts the core's refusal beside the fields it names (validation `details.fields`, or a single
 * `details.field`); returns false when no field was named so the caller shows the message itself.
 */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiFailure)) return false
  const named: [string, string][] = Object.entries(error.fields)
  const single = error.error.details?.field
  if (typeof single === 'string') named.push([single, error.message])
  if (named.length === 0) return false
  form.setFields(named.map(([path, message]) => ({ name: path.split('.'), errors: [message] })))
  return true
}
