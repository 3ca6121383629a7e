import { parseYuan } from '@shared/domain/money'

/** Fen from what was typed, or null while it is not (yet) an amount. */
export function fenOf(text: string | undefined): number | null {
  if (!text) return null
  const parsed = parseYuan(text, { allowZero: true })
  return parsed.ok ? parsed.fen : null
}

/** Fen as the text a clerk would type back ('1234.50'), for prefilling inputs. */
export const yuanText = (fen: number) => `${Math.trunc(fen / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`
