import { z } from 'zod'
import { text } from '../kernel/fields'

/** A scan or photo sent with a step (stored as the room's attachment, as households.attach takes it). */
export const upload = z.strictObject({
  fileName: text(200),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
  dataBase64: z
    .string()
    .min(4)
    .max(14_000_000)
    .regex(/^[A-Za-z0-9+/]+=*$/, 'field.invalid')
})
