import { z } from 'zod'
import { mutation, query } from '../kernel/procedure'
import { ADMINS, SUPERVISORS } from '../kernel/roles'
import { id, text } from '../kernel/fields'
import type { LinkStatus, OfficeStatus, PairingCode, PairingResult } from './types'

/**
 * 多前台 (issue 14): the office server's side. An administrator makes a one-time pairing code for
 * a counter name; the counter PC proves it knows the code (bound to the certificate it sees) and
 * gets its device credential; a device can be revoked. The pairing itself reaches the core only
 * through the server's pairing request (the server adds its fingerprint to the call's origin).
 */
const counterName = text(20)
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'field.invalid')

export const officeApi = {
  status: query<OfficeStatus>()('office.status', z.strictObject({}), [...ADMINS, ...SUPERVISORS]),
  createPairingCode: mutation<PairingCode>()('office.createPairingCode', z.strictObject({ counterName }), ADMINS, {
    // The answer holds the code: it is not kept in the request log (a repeat makes another code).
    noReplay: true
  }),
  revoke: mutation<{ deviceId: number; revokedAt: string }>()(
    'office.revoke',
    z.strictObject({ deviceId: id, reason: text(100) }),
    ADMINS
  ),
  pair: mutation<PairingResult>()(
    'office.pair',
    z.strictObject({ proof: hex64, nonce: z.string().regex(/^[0-9a-f]{32}$/, 'field.invalid') }),
    'public',
    { noReplay: true }
  )
} as const

export const officeContract = { office: officeApi } as const

/**
 * The counter's own link (handled by the shell's desk backend before anything reaches a core):
 * where its data lives, and pairing with a server. Not part of the core's contract.
 */
export const linkApi = {
  status: query<LinkStatus>()('link.status', z.strictObject({}), 'public'),
  pair: mutation<LinkStatus>()(
    'link.pair',
    z.strictObject({
      address: z.string().trim().min(1, 'field.required').max(200, 'field.tooLong'),
      code: z.string().trim().min(10, 'office.field.code').max(20, 'office.field.code')
    }),
    'public'
  ),
  /** Switches this standalone PC's office server on (where to listen) or off (null); it takes effect at the next start. */
  serve: mutation<LinkStatus>()(
    'link.serve',
    z.strictObject({
      listen: z
        .string()
        .trim()
        .regex(/^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'office.field.listen')
        .nullable()
    }),
    ADMINS
  )
} as const
