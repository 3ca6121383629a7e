import type { z } from 'zod'
import { isMessageKey, message, type MessageKey } from '../../../shared/messages'
import type { Locale } from '../../../shared/kernel/locale'

/** Words zod's own issues in the caller's language, keyed by field path ("admin.password"). */
export function fieldMessages(error: z.ZodError, locale: Locale): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = message(locale, 'field.unknown')
      continue
    }
    const path = issue.path.join('.') || '_'
    if (fields[path]) continue
    let key: MessageKey = 'field.invalid'
    if (isMessageKey(issue.message)) key = issue.message
    else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) key = 'field.required'
    else if (issue.code === 'too_big') key = 'field.tooLong'
    fields[path] = message(locale, key)
  }
  return fields
}
