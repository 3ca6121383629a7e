import { App, type FormInstance } from 'antd'
import { ApiFailure } from '../../../lib/api/client'

/**
 * The core's refusal, as the work-order dialogs show it: beside the field it names when the form
 * has that field (`rename` maps the contract's name to the form's: `reason` → `text`), else as a
 * message in the core's words — so no refusal is ever put on a field that is not on screen.
 */
export function useStepFailure(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormInstance<any>,
  fields: readonly string[],
  rename: Record<string, string> = {}
) {
  const { message } = App.useApp()
  return (error: unknown) => {
    if (!(error instanceof ApiFailure)) return void message.error(String(error))
    const named: [string, string][] = Object.entries(error.fields)
    const single = error.error.details?.field
    if (typeof single === 'string') named.push([single, error.message])
    const placed = named
      .map(([path, text]): [string, string] => [rename[path] ?? path, text])
      .filter(([path]) => fields.includes(path.split('.')[0]!))
    if (placed.length > 0) form.setFields(placed.map(([path, text]) => ({ name: path.split('.'), errors: [text] })))
    if (placed.length < named.length || named.length === 0) message.error(error.message)
  }
}
