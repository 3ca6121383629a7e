import { App, Form, Input, type FormInstance } from 'antd'
import type { Dayjs } from 'dayjs'
import { METER_KINDS, type MeterKind } from '@shared/checkin/rules'
import type { TrusteeshipView } from '@shared/checkin/trusteeship'
import { ApiFailure } from '../../../lib/api/client'
import { useI18n } from '../../../lib/i18n'
import { centiText, useMeterName } from './trusteeship-kit'

/**
 * The meter fields of the 抄表 and 结束托管 dialogs, one per meter read at the start (with the
 * start and latest readings beside it), and the core's refusals put back beside them: the core
 * names a reading by its place in the list sent (`readings.1.reading`), the form by its meter.
 */

type FieldErrors = Parameters<FormInstance<MeterValues>['setFields']>[0]

export interface MeterValues {
  date?: Dayjs
  meter?: Partial<Record<MeterKind, string>>
  note?: string
}

/** The meters of the trusteeship: those read at the start (water and electricity when none were). */
export function metersOf(view: TrusteeshipView | undefined): MeterKind[] {
  const started = new Set(view?.readings.filter((r) => r.phase === 'start').map((r) => r.kind))
  const kinds = METER_KINDS.filter((k) => started.has(k))
  return kinds.length > 0 ? kinds : ['water', 'electricity']
}

export function MeterFields({ view, autoFocus }: { view: TrusteeshipView | undefined; autoFocus?: boolean }) {
  const { t } = useI18n()
  const meterName = useMeterName()
  return (
    <>
      {metersOf(view).map((kind, i) => {
        const of = view?.readings.filter((r) => r.kind === kind) ?? []
        const start = of.find((r) => r.phase === 'start')
        const latest = of.at(-1)
        return (
          <Form.Item
            key={kind}
            name={['meter', kind]}
            label={t('trusteeship.readingOf', { meter: meterName(kind) })}
            extra={
              start && latest
                ? t('trusteeship.startWas', {
                    value: centiText(start.readingCenti),
                    latest: centiText(latest.readingCenti)
                  })
                : undefined
            }
            rules={[{ pattern: /^\s*\d{1,9}(\.\d{1,2})?\s*$/, message: t('field.invalid') }]}
          >
            <Input
              autoFocus={autoFocus && i === 0}
              inputMode="decimal"
              maxLength={12}
              style={{ width: 200, fontVariantNumeric: 'tabular-nums' }}
              data-testid={`trusteeship-meter-${kind}`}
            />
          </Form.Item>
        )
      })}
    </>
  )
}

/** The readings filled in, in the order sent; null (and the field marked) when none is. */
export function readingsOf(
  form: FormInstance<MeterValues>,
  values: MeterValues,
  kinds: MeterKind[],
  emptyText: string
): { kind: MeterKind; reading: string }[] | null {
  const readings = kinds.flatMap((kind) => {
    const reading = values.meter?.[kind]?.trim() ?? ''
    return reading === '' ? [] : [{ kind, reading }]
  })
  if (readings.length > 0) return readings
  form.setFields([{ name: ['meter', kinds[0]!], errors: [emptyText] }])
  return null
}

/** Puts a refusal beside the meter or date it names; anything else is said in a message. */
export function useMeterFailure(form: FormInstance<MeterValues>, dateField: string) {
  const { message } = App.useApp()
  return (error: unknown, sent: readonly { kind: MeterKind }[]) => {
    if (!(error instanceof ApiFailure)) return void message.error(String(error))
    const named = Object.entries(error.fields)
    const single = error.error.details?.field
    if (typeof single === 'string') named.push([single, error.message])
    const placed = named.flatMap(([path, text]): FieldErrors => {
      const index = /^readings\.(\d+)\./.exec(path)?.[1]
      const kind = index === undefined ? undefined : sent[Number(index)]?.kind
      if (kind) return [{ name: ['meter', kind], errors: [text] }]
      return path === dateField ? [{ name: ['date'], errors: [text] }] : []
    })
    if (placed.length > 0) form.setFields(placed)
    else message.error(error.message)
  }
}
