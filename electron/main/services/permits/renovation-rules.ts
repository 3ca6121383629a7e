import { addDays, localDate } from '../../../../shared/kernel/calendar'
import { message, type MessageKey } from '../../../../shared/messages'
import type { MessageParams } from '../../../../shared/kernel/i18n'
import type { PermitSettings, RenovationWork } from '../../../../shared/permits/settings'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { insertAttachment, writeAttachmentFile, type StoredFile } from '../households/permit-room'

/**
 * The checks apply and amend share (works from the settings, the dates within the allowed length)
 * and the scans they bring: written to the data folder in `prepare`, recorded in `run`.
 */

export const todayOf = (ctx: ServiceContext) => localDate(ctx.now())

/** VALIDATION with one field's message in the caller's language. */
export const fieldError = (ctx: ServiceContext, field: string, key: MessageKey, params: MessageParams = {}) =>
  new AppError('VALIDATION', {}, { fields: { [field]: message(ctx.locale, key, params) } })

/** The chosen works as the settings name them now (a snapshot kept on the renovation), each once. */
export function chosenWorks(ctx: ServiceContext, settings: PermitSettings, keys: readonly string[]): RenovationWork[] {
  return [...new Set(keys)].map((key, i) => {
    const work = settings.works.find((w) => w.key === key)
    if (!work) throw fieldError(ctx, `works.${i}`, 'permits.renovation.field.unknownWork', { work: key })
    return { ...work }
  })
}

/**
 * The planned dates: the end not before the start, at most maxDays in all (both ends counted);
 * `startCheckedAgainstToday` when the start is new (an application, or an amended start).
 */
export function checkDates(
  ctx: ServiceContext,
  settings: PermitSettings,
  dates: { startsOn: string; endsOn: string },
  startCheckedAgainstToday: boolean
): void {
  const today = todayOf(ctx)
  if (startCheckedAgainstToday && dates.startsOn < today)
    throw fieldError(ctx, 'startsOn', 'permits.renovation.field.startsBeforeToday', { today })
  if (dates.endsOn < dates.startsOn) throw fieldError(ctx, 'endsOn', 'permits.renovation.field.endsBeforeStart')
  if (dates.endsOn > latestEnd(dates.startsOn, settings))
    throw fieldError(ctx, 'endsOn', 'permits.renovation.field.tooLong', { days: settings.maxDays })
}

/** The last day a renovation starting on `startsOn` may run to. */
export const latestEnd = (startsOn: string, settings: PermitSettings) => addDays(startsOn, settings.maxDays - 1)

export interface Upload {
  fileName: string
  mime: string
  dataBase64: string
}

/** Writes each upload given (before the transaction); the stored files by the same names. */
export async function storeUploads<K extends string>(
  ctx: ServiceContext,
  uploads: Partial<Record<K, Upload>>
): Promise<Partial<Record<K, StoredFile>>> {
  const stored: Partial<Record<K, StoredFile>> = {}
  for (const [name, upload] of Object.entries(uploads) as [K, Upload | undefined][]) {
    if (upload) stored[name] = await writeAttachmentFile(ctx, upload.mime, upload.dataBase64)
  }
  return stored
}

/** The attachment row of an upload written in `prepare` (the room's household file); its id, or null. */
export function attachUpload(
  ctx: ServiceContext,
  roomId: number,
  typeKey: string | null,
  upload: Upload | undefined,
  stored: StoredFile | undefined
): number | null {
  if (!upload || !stored) return null
  return insertAttachment(ctx, { roomId, typeKey, fileName: upload.fileName, mime: upload.mime }, stored).id
}
