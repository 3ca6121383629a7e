import { z } from 'zod'
import { LOCALES } from './locale'
import { ROLES } from './roles'

/**
 * Field schemas shared by the contract files. Every string has a length bound: nothing the
 * counter types is long, and a megabyte of text in a name is an attack, not data.
 * Messages are i18n keys (see shared/i18n/messages.ts), turned into words by the router.
 */
export const text = (max: number) => z.string().trim().min(1, 'field.required').max(max, 'field.tooLong')
export const optionalText = (max: number) => z.string().trim().max(max, 'field.tooLong')

export const username = z
  .string()
  .trim()
  .min(2, 'field.usernameShort')
  .max(32, 'field.tooLong')
  .regex(/^[A-Za-z0-9_.-]+$/, 'field.usernameChars')

/** Passwords are checked for strength by the service; here only bounded. */
export const password = z.string().min(1, 'field.required').max(128, 'field.tooLong')

export const role = z.enum(ROLES)
export const locale = z.enum(LOCALES)
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
export const idleLockMinutes = z.number().int().min(1, 'field.idleRange').max(240, 'field.idleRange')
